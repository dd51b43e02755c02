// /enrollment/ and each kindergarten's 招生 section, on every site the suite builds (shipped content, /xqjy/,
// the fixture counties): expectations come from the content folder the project was built from, through the
// same loader and derivations as the build. With and without JavaScript; axe clean; 怎么报名 finds the page.
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { loadContent } from '../scripts/load-content.ts';
import type { EnrollmentData } from '../src/schemas/enrollment.ts';
import type { KindergartenData } from '../src/schemas/kindergarten.ts';
import { enrollmentHeading, enrollmentPage, kgEnrollmentView } from '../src/lib/kindergartens/enrollment.ts';
import { listsInFull } from '../src/lib/kindergartens/directory-pages.ts';

const contentDir = () => (test.info().project.metadata as { contentDir: string }).contentDir;

function read() {
  const all = loadContent(resolve(import.meta.dirname, '..', contentDir()));
  const file = all.enrollment?.[0]?.data as EnrollmentData | undefined;
  const kgs = (all.kindergartens ?? []).map((e) => ({ id: e.id, data: e.data as KindergartenData })).sort((a, b) => a.id.localeCompare(b.id));
  const site = all.site![0]!.data as { bureau: string; sample: boolean; contact: { phone: string } };
  const page = file ? enrollmentPage(file) : undefined;
  const withView = kgs.filter((k) => kgEnrollmentView(k.data.enrollment));
  return { file, page, kgs, site, withView, withoutView: kgs.filter((k) => !kgEnrollmentView(k.data.enrollment)) };
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const js of [true, false]) {
  test.describe(`enrolment ${js ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled: js });

    test('/enrollment/ shows what the content says, and nothing it does not', async ({ page }) => {
      const c = read();
      await page.goto('enrollment/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.page?.heading ?? enrollmentHeading(undefined));
      const main = page.locator('main');
      const sections: [string, readonly string[]][] = [
        ['[data-enrollment-periods] li', c.page?.hasDetails ? c.page.periods : []],
        ['[data-enrollment-steps] li', c.page?.hasDetails ? c.page.howToApply : []],
        ['[data-enrollment-ages] li', c.page?.hasDetails ? c.page.ages : []],
        ['[data-enrollment-documents] li', c.page?.hasDetails ? c.page.documents : []],
      ];
      for (const [selector, want] of sections) await expect(main.locator(selector), selector).toHaveText([...want]);
      if (c.page?.hasDetails) {
        await expect(main.locator('[data-enrollment-none]')).toHaveCount(0);
        const apply = main.locator('[data-enrollment-apply] a');
        if (c.page.applyUrl) await expect(apply).toHaveAttribute('href', c.page.applyUrl);
        else await expect(apply).toHaveCount(0);
        await expect(main.locator('[data-enrollment-catchment]')).toHaveCount(c.page.catchment ? 1 : 0);
      } else {
        // The honest state: nothing published, with the way to the directory.
        await expect(main.locator('[data-enrollment-none]')).toContainText(`${c.site.bureau}尚未在本站发布`);
        await expect(main.locator('[data-enrollment-none] a')).toHaveAttribute('href', /\/kindergartens\/$/);
        for (const id of ['dates', 'apply', 'who', 'documents', 'catchment', 'note']) await expect(page.locator(`#${id}`), id).toHaveCount(0);
      }
      // Every kindergarten with something to say, by name, and no other (a county-sized list: only their count).
      if (listsInFull(c.withView.length)) await expect(main.locator('[data-enrollment-kgs] h3')).toHaveText(c.withView.map((k) => k.data.name));
      else await expect(main.locator('[data-enrollment-kgs-count]')).toContainText(`${c.withView.length} 所幼儿园`);
      if (!c.withView.length) await expect(page.locator('#kindergartens')).toHaveCount(0);
      const phone = c.page?.phone || c.site.contact.phone;
      if (phone) await expect(main.locator('[data-enrollment-contact] a[href^="tel:"]')).toHaveText(phone);
      // 示例数据: the banner exactly when the site, the file or a listed kindergarten is sample.
      const sample = c.site.sample || Boolean(c.file?.sample) || (listsInFull(c.withView.length) && c.withView.some((k) => k.data.sample));
      await expect(page.locator('[data-sample-banner]')).toHaveCount(sample ? 1 : 0);
    });

    test('a kindergarten page shows its 招生 section only when there is something to say', async ({ page }) => {
      const c = read();
      const county = c.page?.hasDetails ? c.page.heading : undefined;
      for (const kg of [...c.withView.slice(0, 2), ...c.withoutView.slice(0, 1)]) {
        await page.goto(`kindergartens/${kg.id}/`);
        const view = kgEnrollmentView(kg.data.enrollment);
        const section = page.locator('[data-kg-enrollment]');
        if (!view && !county) {
          await expect(section, kg.id).toHaveCount(0);
          continue;
        }
        await expect(section.getByRole('heading', { level: 2 }), kg.id).toHaveText('招生');
        await expect(section.locator('[data-enrollment-plan]')).toHaveText(view?.planText ? [view.planText] : []);
        await expect(section.locator('[data-enrollment-catchment]')).toHaveText(view?.catchment ? [view.catchment] : []);
        await expect(section.locator('[data-enrollment-hours]')).toHaveText(view?.hours ? [view.hours] : []);
        if (county) await expect(section.locator('[data-enrollment-link] a')).toHaveText(county);
        else await expect(section.locator('[data-enrollment-link]')).toHaveCount(0);
      }
    });

    test('the header and the footer lead to /enrollment/', async ({ page }) => {
      await page.goto('');
      await page.locator('footer').getByRole('link', { name: '招生报名' }).click();
      await expect(page).toHaveURL(/\/enrollment\/$/);
      await expect(page.locator('.site-nav a[aria-current="page"]')).toHaveText('招生');
    });
  });
}

test('怎么报名, 报名, 招生 and 入园 find /enrollment/ first', async ({ page, baseURL }) => {
  for (const q of ['怎么报名', '报名', '招生', '入园']) {
    await page.goto(`search/?q=${encodeURIComponent(q)}`);
    const first = page.locator('[data-search-results] li').first();
    await expect(first, q).toBeVisible();
    await expect(first.locator('a').first(), q).toHaveAttribute('href', new URL('enrollment/', baseURL).pathname);
  }
});

test('/enrollment/ and a kindergarten page with a 招生 section are axe clean, in both display modes', async ({ page }) => {
  // Two pages in two modes: ~20 s on an idle machine, longer on a shared one.
  test.setTimeout(120_000);
  const c = read();
  for (const path of ['enrollment/', `kindergartens/${(c.withView[0] ?? c.kgs[0]!).id}/`]) {
    await page.goto(path);
    for (const mode of ['normal', 'dazi'] as const) {
      if (mode === 'dazi') await page.getByLabel('大字模式').check();
      const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`), `${path} (${mode})`).toEqual([]);
    }
    await page.getByLabel('大字模式').uncheck();
  }
});
