// A parent on a phone (360×740, normal and 大字模式, and with WeChat's own font-size setting emulated by a larger
// root font size): the kindergarten page answers on the first screen, the header stays small, the actions are
// plain links, and the lists fit the screen. Expectations come from the content the project was built from
// (playwright.config.ts metadata.contentDir), so the spec runs on the shipped content and on every fixture site.
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { loadContent } from '../scripts/load-content.ts';
import { formatDateZh } from '../src/lib/core/format.ts';
import { splitPhones, telHref } from '../src/lib/core/phone.ts';

interface Kg {
  id: string;
  name: string;
  type: string;
  street: string;
  address: string;
  phone: string;
  capacity: number;
  enrolled: number;
  /** A part is absent when it is not published. */
  fees: { tuition?: { level: string; amount: number }[]; meals?: { amount: number; unit: string } };
  closedOn?: string;
  opensOn?: string;
  status?: string;
}
interface Site {
  kgs: Kg[];
  /** The kindergartens the lists count: not closed, not 新建未开园. */
  counted: Kg[];
  category: (k: Kg) => string;
  /** 伙食费 per month as the page states it: 元/月 as is, 元/天 × the days of fees.json (else 22); undefined when not published. */
  mealsMonth: (k: Kg) => number | undefined;
  streets: { id: string; name: string }[];
  /** The fee-complaint line the content publishes (收费投诉电话, else 服务热线); undefined when none. */
  complaint: { label: string; phone: string } | undefined;
}

const cache = new Map<string, Site>();
function site(): Site {
  const dir = (test.info().project.metadata as { contentDir: string }).contentDir;
  let s = cache.get(dir);
  if (!s) {
    const all = loadContent(resolve(import.meta.dirname, '..', dir));
    const one = <T>(key: string) => all[key]![0]!.data as T;
    const types = one<{ types: { name: string; category: string }[] }>('kindergartenTypes').types;
    const days = one<{ mealDaysPerMonth?: number }>('feeConfig').mealDaysPerMonth ?? 22;
    const kgs = (all.kindergartens ?? []).map((e) => ({ id: e.id, ...(e.data as Omit<Kg, 'id'>) })).sort((a, b) => a.id.localeCompare(b.id));
    s = {
      kgs,
      counted: kgs.filter((k) => !k.closedOn && k.status !== '新建未开园'),
      category: (k) => types.find((t) => t.name === k.type)!.category,
      mealsMonth: (k) => (!k.fees.meals ? undefined : k.fees.meals.unit === '元/月' ? k.fees.meals.amount : Math.round(k.fees.meals.amount * days * 100) / 100),
      streets: one<{ streets: { id: string; name: string }[] }>('streets').streets,
      complaint: (() => {
        const c = one<{ contact: { complaintPhone: string; hotline: string } }>('site').contact;
        if (c.complaintPhone) return { label: '收费投诉电话', phone: c.complaintPhone };
        return c.hotline ? { label: '服务热线', phone: c.hotline } : undefined;
      })(),
    };
    cache.set(dir, s);
  }
  return s;
}

/** Open, with every fee published: the first screen shows every figure. */
const complete = (k: Kg) => !k.closedOn && !k.status && Boolean(k.fees.tuition && k.fees.meals);

/** A few kindergartens that cover the cases: each category, fees by class, a published phone. */
function sampleKgs(s: Site): Kg[] {
  const picks = new Set<Kg>();
  const open = s.kgs.filter(complete);
  for (const c of ['公办', '普惠性民办', '民办']) {
    const k = open.find((x) => s.category(x) === c);
    if (k) picks.add(k);
  }
  const byClass = open.find((k) => k.fees.tuition!.length > 1);
  if (byClass) picks.add(byClass);
  const withPhone = open.find((k) => k.phone);
  if (withPhone) picks.add(withPhone);
  return [...picks];
}

const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const free = (k: Kg) => Math.max(0, k.capacity - k.enrolled);
const MODES = ['normal', 'dazi', 'wechat'] as const;
type Mode = (typeof MODES)[number];

/** 大字模式 through its own checkbox; WeChat's font-size setting as a larger root font size (CSSOM, CSP-safe). */
async function setMode(page: Page, mode: Mode | 'dazi+wechat'): Promise<void> {
  if (mode === 'dazi' || mode === 'dazi+wechat') await page.getByLabel('大字模式').check();
  if (mode === 'wechat' || mode === 'dazi+wechat') await page.evaluate(() => document.documentElement.style.setProperty('font-size', '125%'));
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'page wider than the screen').toBeLessThanOrEqual(360);
}

async function bottomOf(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, `${selector} is laid out`).not.toBeNull();
  return box!.y + box!.height;
}

test.use({ viewport: { width: 360, height: 740 } });

test.describe('kindergarten page: the first screen at 360×740', () => {
  for (const mode of MODES) {
    test(`fee, meals per month, category, free seats and actions (${mode})`, async ({ page }) => {
      const s = site();
      for (const k of sampleKgs(s)) {
        await page.goto(`kindergartens/${k.id}/`);
        await setMode(page, mode);
        const header = await page.locator('.site-header').boundingBox();
        expect(header!.height, 'header and navigation').toBeLessThanOrEqual(120);

        const first = page.locator('[data-first-screen]');
        await expect(first.locator('[data-category]')).toHaveText(s.category(k));
        const tuition = first.locator('[data-fact="tuition"]');
        for (const t of k.fees.tuition!) await expect(tuition).toContainText(fmt.format(t.amount));
        const meals = first.locator('[data-fact="meals"]');
        await expect(meals).toContainText(`${fmt.format(s.mealsMonth(k)!)} 元/月`);
        if (k.fees.meals!.unit === '元/天') await expect(meals).toContainText(`${fmt.format(k.fees.meals!.amount)} 元/天`);
        await expect(first.locator('[data-fact="free"] [data-value]')).toHaveText(fmt.format(free(k)));
        await expect(first.locator('[data-free-note]')).toContainText('不等于招生名额');
        for (const sel of ['[data-category]', '[data-fact="tuition"]', '[data-fact="meals"]', '[data-fact="free"]']) {
          expect(await bottomOf(page, sel), `${k.id}: ${sel} on the first screen`).toBeLessThanOrEqual(740);
        }

        // 地图/导航: a plain link to the map app's public URI (nothing is requested on load: the guard checks).
        const map = new URL((await first.locator('[data-map]').getAttribute('href'))!);
        expect(map.origin + map.pathname).toBe('https://uri.amap.com/search');
        expect(map.searchParams.get('keyword')).toContain(k.address.trim() || k.name);
        // tap-to-call exactly when a phone is published, one link per number, built by telHref (never a space).
        const calls = first.locator('[data-call]');
        const numbers = splitPhones(k.phone);
        await expect(calls).toHaveCount(numbers.length);
        for (const [i, n] of numbers.entries()) {
          await expect(calls.nth(i)).toHaveAttribute('href', telHref(n));
          expect(await calls.nth(i).getAttribute('href')).not.toMatch(/\s/);
        }
        await noSidewaysScroll(page);
      }
    });
  }

  test('大字模式 with WeChat\'s larger font setting: nothing overflows the screen', async ({ page }) => {
    for (const k of sampleKgs(site())) {
      await page.goto(`kindergartens/${k.id}/`);
      await setMode(page, 'dazi+wechat');
      await expect(page.locator('[data-first-screen] [data-fact="meals"]')).toBeVisible();
      await noSidewaysScroll(page);
    }
  });
});

test.describe('kindergarten page: the first screen says every state honestly', () => {
  test('未公布 (never 0) and no monthly total when a part is unknown; 暂停招生 and 新建未开园 offer no seats; 已停办 shows no fees or seats', async ({ page }) => {
    const s = site();
    const cases = s.kgs.filter((k) => !complete(k));
    test.skip(!cases.length, 'every kindergarten of this site is open with every fee published');
    for (const k of cases) {
      const path = `kindergartens/${k.id}/`;
      await page.goto(path);
      const first = page.locator('[data-first-screen]');
      await expect(first.locator('[data-category]'), path).toHaveText(s.category(k));
      if (k.closedOn) {
        await expect(first.locator('[data-kg-state="closed"]'), path).toContainText(`已停办（${formatDateZh(k.closedOn)}）`);
        await expect(first.locator('[data-fact]'), `${path}: no fee or seat tiles`).toHaveCount(0);
        await expect(first.locator('[data-call], [data-map]'), path).toHaveCount(0);
        expect(await bottomOf(page, '[data-first-screen] [data-kg-state]'), `${path}: 已停办 on the first screen`).toBeLessThanOrEqual(740);
        continue;
      }
      const tuition = first.locator('[data-fact="tuition"]');
      const meals = first.locator('[data-fact="meals"]');
      if (k.fees.tuition) for (const t of k.fees.tuition) await expect(tuition, path).toContainText(fmt.format(t.amount));
      else await expect(tuition.locator('dd'), path).toHaveText('未公布');
      if (!k.fees.meals) await expect(meals.locator('dd'), path).toHaveText('未公布');
      else await expect(meals, path).toContainText(`${fmt.format(s.mealsMonth(k)!)} 元/月`);
      for (const fact of ['tuition', 'meals']) expect(await first.locator(`[data-fact="${fact}"] dd`).innerText(), `${path} ${fact}`).not.toMatch(/(^|\s)0(\.0+)?(\s|$)/);
      await expect(first.locator('[data-fact="total"]'), `${path}: a total only when both parts are published`).toHaveCount(k.fees.tuition && k.fees.meals ? 1 : 0);
      const free = first.locator('[data-fact="free"]');
      if (k.status === '暂停招生' || k.status === '新建未开园') {
        await expect(first.locator('[data-kg-state]'), path).toContainText(k.status);
        if (k.opensOn) await expect(first.locator('[data-kg-state]'), path).toContainText(`计划${formatDateZh(k.opensOn)}开园`);
        await expect(free.locator('[data-value]'), `${path}: no free seats offered`).toHaveCount(0);
        await expect(free.locator('[data-no-seats]'), path).toBeVisible();
        await expect(first.locator('[data-free-note]'), path).not.toContainText('空余学位是');
      } else {
        await expect(free.locator('[data-value]'), path).toHaveText(fmt.format(Math.max(0, k.capacity - k.enrolled)));
      }
      await noSidewaysScroll(page);
    }
  });
});

test.describe('the phone header without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('菜单 opens the navigation; the search box and 大字模式 stay in the header', async ({ page }) => {
    await page.goto('');
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav).toBeHidden();
    await expect(page.locator('.site-header [name="q"]')).toBeVisible();
    await expect(page.getByLabel('大字模式')).toBeVisible();
    await page.locator('[data-nav-menu] > summary').click();
    await expect(nav).toBeVisible();
    await nav.getByRole('link', { name: '幼儿园' }).click();
    await expect(page).toHaveURL(/kindergartens\/$/);
  });
});

test.describe('lists on a phone (360 px)', () => {
  /** The lists of a site: the directory and /fees/ when they list every kindergarten, and a group page. */
  async function lists(page: Page): Promise<{ path: string; rows: string }[]> {
    const s = site();
    const street = s.streets.find((st) => s.counted.some((k) => k.street === st.name))!;
    const out = [{ path: `kindergartens/street/${street.id}/`, rows: '[data-dir-table] tr[data-kg]' }];
    await page.goto('kindergartens/');
    if (await page.locator('[data-dir-table]').count()) out.push({ path: 'kindergartens/', rows: '[data-dir-table] tr[data-kg]' });
    await page.goto('fees/');
    if (await page.locator('[data-fee-table]').count()) out.push({ path: 'fees/', rows: '[data-fee-table] tr[data-fee-row]' });
    return out;
  }

  for (const mode of ['normal', 'dazi'] as const) {
    test(`each kindergarten is a card that fits: name, category, fees per month, free seats, subdivision (${mode})`, async ({ page }) => {
      const s = site();
      for (const { path, rows } of await lists(page)) {
        await page.goto(path);
        await setMode(page, mode);
        await noSidewaysScroll(page);
        const row = page.locator(rows).first();
        const box = (await row.boundingBox())!;
        expect(box.x, `${path}: card inside the screen`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${path}: card inside the screen`).toBeLessThanOrEqual(360);
        const name = (await row.locator('th[scope="row"] a').innerText()).trim();
        const k = s.kgs.find((x) => x.name === name)!;
        expect(k, `${path}: ${name} is in the content`).toBeTruthy();
        const month = s.mealsMonth(k);
        await expect(row.locator('[data-col="meals"]')).toContainText(month === undefined ? '未公布' : fmt.format(month));
        // A total only when both parts are published, never a number made of an unknown part.
        if (k.fees.tuition && month !== undefined) await expect(row.locator('[data-col="total"]')).toContainText(fmt.format(Math.min(...k.fees.tuition.map((t) => t.amount)) + month));
        else await expect(row.locator('[data-col="total"]')).not.toContainText(/\d/);
        if (path !== 'fees/') {
          await expect(row.locator('[data-col="type"]')).toContainText(s.category(k));
          await expect(row.locator('[data-col="free"]')).toHaveText(k.status === '暂停招生' ? '暂停招生' : fmt.format(free(k)));
          await expect(row.locator('[data-col="street"]')).toHaveText(k.street);
        }
        // A compact card: 核定学位 stays in the table (wider screens), not on the card.
        if (path !== 'fees/') await expect(row.locator('[data-col="capacity"]')).toBeHidden();
        // Every cell of the card is on screen: nothing hides off to the right.
        for (const cell of await row.locator('td:visible').all()) {
          const c = (await cell.boundingBox())!;
          expect(c.x + c.width, `${path}: ${await cell.getAttribute('data-label')}`).toBeLessThanOrEqual(360);
        }
      }
    });
  }

  test('the directory sorts by monthly total, unknown totals last', async ({ page }) => {
    await page.goto('kindergartens/?sort=total');
    test.skip(!(await page.locator('[data-dir-table]').count()), 'the directory lists groups on this site');
    await expect(page.locator('#dir-sort')).toHaveValue('total');
    const totals = await page.locator('[data-dir-table] tr[data-kg]:visible').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.total ?? ''));
    const known = totals.filter(Boolean).map(Number);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(totals.slice(known.length).every((t) => t === '')).toBe(true);
    const s = site();
    expect(totals.length).toBe(s.counted.length);
  });
});

test.describe('lists without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the directory says that filters and sort need JavaScript and lists everything', async ({ page }) => {
    await page.goto('kindergartens/?sort=total');
    test.skip(!(await page.locator('[data-dir-table]').count()), 'the directory lists groups on this site');
    await expect(page.locator('[data-dir-nojs]')).toContainText('不能筛选和排序');
    await expect(page.locator('[data-dir-table] tr[data-kg]')).toHaveCount(site().counted.length);
  });
});

test.describe('complaint lines', () => {
  test('the page, the fees page and the printed poster name the published line, or none (never a blank)', async ({ page }) => {
    const s = site();
    // A kindergarten whose page has a fee table and a poster: open (or 暂停招生) with some fee published.
    const k = s.kgs.find((x) => !x.closedOn && (x.fees.tuition || x.fees.meals))!;
    await page.goto(`kindergartens/${k.id}/`);
    const line = page.locator('[data-complaint]');
    await page.emulateMedia({ media: 'print' });
    const poster = page.locator('[data-poster-complaint]');
    if (s.complaint) {
      await expect(poster).toContainText(s.complaint.label);
      await expect(poster).toContainText(s.complaint.phone);
      await page.emulateMedia({ media: 'screen' });
      await expect(line).toContainText(`${s.complaint.label} `);
    } else {
      await expect(poster).toHaveCount(0);
      await page.emulateMedia({ media: 'screen' });
      await expect(line.locator('a[href^="tel:"]')).toHaveCount(0);
    }
    expect(await page.locator('[data-poster]').textContent()).not.toMatch(/[＿_]{3,}/);
    await page.goto('fees/');
    const tel = page.locator('#complaint ~ ol [data-complaint-phone]');
    await expect(tel).toHaveCount(s.complaint ? s.complaint.phone.split(/[、,，;；/]/).filter((p) => p.trim()).length : 0);
    await expect(page.locator('#complaint ~ ol')).not.toContainText('尚未公布');
  });
});
