import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { readSite, type SiteContent } from './site-content.ts';

// One page of each type, found in the content the project was built from (playwright.config.ts metadata).
const PAGES: [string, (c: SiteContent) => string][] = [
  ['home', () => ''], ['policies', () => 'policies/'], ['a policy', (c) => `policies/${c.policies[0]}/`], ['about', () => 'about/'],
  ['progress', () => 'progress/'], ['a task', (c) => `progress/${c.tasks[0]}/`], ['indicators', () => 'indicators/'],
  ['kindergartens', () => 'kindergartens/'], ['a kindergarten', (c) => `kindergartens/${c.kindergartens[0]!.id}/`], ['fees', () => 'fees/'], ['seats', () => 'seats/'],
  ['enrollment', () => 'enrollment/'], ['updates', () => 'updates/'], ['open data', () => 'data/'],
];
/** Opens the phone header's 菜单 when the navigation bar is not shown (narrow screens). */
async function openNav(page: Page): Promise<void> {
  const summary = page.locator('[data-nav-menu] > summary');
  if (await summary.isVisible()) await summary.click();
}
const content = () => readSite((test.info().project.metadata as { contentDir: string }).contentDir);

test.describe('every page', () => {
  for (const [name, pathOf] of PAGES) {
    test(`${name} page has head, skip link, navigation, footer`, async ({ page, baseURL }) => {
      const c = content();
      const path = pathOf(c);
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      const title = await page.title();
      expect([...title].length).toBeLessThanOrEqual(40);
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(title);
      // A chat card's fields: description, address and the site image (built, same origin, absolute).
      expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe(await page.locator('meta[name="description"]').getAttribute('content'));
      expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe(new URL(path, baseURL).href);
      const image = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
      expect(image).toBe(new URL('og.png', baseURL).href);
      // The e2e builds set SITE_URL to where they are served: canonical is the page's own URL.
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(new URL(path, baseURL).href);
      await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#main');
      // On a phone the navigation sits in the header's 菜单 (a <details>): open it first.
      await openNav(page);
      await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
      await expect(page.locator('footer')).toContainText(c.site.name);
      // Content CSP without unsafe-inline for scripts, and no inline event handlers.
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toContain('unsafe-inline');
      expect(await page.locator('[onclick],[onload],[onchange],[onsubmit]').count()).toBe(0);
      // Body text is at least 16 px.
      const size = await page.locator('main p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(16);
    });
  }

  test('the share-card image is a PNG of 300 × 300 px', async ({ request, baseURL }) => {
    const res = await request.get(new URL('og.png', baseURL).href);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^image\/png/);
    const png = await res.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([300, 300]);
  });

  // WeChat's own font-size setting enlarges the text of a page (iOS through text-size-adjust, Android by the root
  // font size): at 1.5 × on a 360 px phone nothing may stick out sideways, in normal and 大字模式.
  for (const [name, pathOf] of PAGES) {
    test(`${name} page holds at WeChat's enlarged text (root font 1.5 ×, 360 px)`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(pathOf(content()));
      for (const mode of ['normal', 'dazi'] as const) {
        if (mode === 'dazi') await page.locator('html').evaluate((h) => h.setAttribute('data-dazi', ''));
        // Through the CSSOM: the page's CSP refuses an added <style>.
        await page.locator('html').evaluate((h) => h.style.setProperty('font-size', '150%', 'important'));
        const wide = await page.evaluate(() => {
          const out: string[] = [];
          for (const el of document.querySelectorAll<HTMLElement>('body *')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.right <= 361) continue;
            // Content inside a horizontal scroll box (a wide table) scrolls there, by design.
            if (el.closest('.table-scroll, [data-scroll], .chart-box')) continue;
            out.push(`${el.tagName.toLowerCase()}.${el.className} right ${Math.round(r.right)}`);
          }
          return { scroll: document.documentElement.scrollWidth, out: out.slice(0, 5) };
        });
        expect(wide.scroll, `${mode}: ${wide.out.join('; ')}`).toBeLessThanOrEqual(360);
      }
    });
  }

  test('every internal link resolves and stays under the base path', async ({ page, baseURL, request }) => {
    // A crawl of the whole site: its duration grows with the content, not a per-page budget.
    test.setTimeout(120_000);
    const base = new URL(baseURL!);
    const seen = new Set<string>();
    const queue = [base.href];
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      if (!(res.headers()['content-type'] ?? '').includes('text/html')) continue;
      await page.goto(url);
      const links = await page.locator('a[href], link[href], script[src], img[src]').evaluateAll((els) =>
        els.map((e) => (e as HTMLAnchorElement).href || (e as HTMLScriptElement).src),
      );
      for (const l of links) {
        const u = new URL(l);
        if (u.origin !== base.origin) continue;
        expect(u.pathname.startsWith(base.pathname), `${l} on ${url}`).toBe(true);
        u.hash = '';
        if (!seen.has(u.href)) queue.push(u.href);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(5);
  });

  test('unknown address shows the 404 page with ways on', async ({ page }) => {
    const res = await page.goto('no-such-page/');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    await expect(page.locator('main a').first()).toBeVisible();
  });
});

test.describe('大字模式', () => {
  test('persists across a navigation', async ({ page }) => {
    await page.goto('');
    const fontSize = () => page.locator('main p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await fontSize()).toBeLessThan(18);
    await page.getByLabel('大字模式').check();
    expect(await fontSize()).toBeGreaterThanOrEqual(18);
    await openNav(page);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '政策文件' }).click();
    await expect(page).toHaveURL(/policies\/$/);
    expect(await fontSize()).toBeGreaterThanOrEqual(18);
    await expect(page.getByLabel('大字模式')).toBeChecked();
    await page.getByLabel('大字模式').uncheck();
    await page.reload();
    expect(await fontSize()).toBeLessThan(18);
  });

  test('works without JavaScript on the page where it is set', async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await ctx.newPage();
    await page.goto('policies/');
    await page.getByLabel('大字模式').check();
    const size = await page.locator('main p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(18);
    await ctx.close();
  });
});

test.describe('home page', () => {
  for (const [label, path, heading] of [
    ['查收费', 'fees/', /收费/],
    ['查学位', 'seats/', /学位/],
    ['怎么报名', 'enrollment/', /招生/],
    ['看进度', 'progress/', /进展/],
    ['政策文件', 'policies/', /政策文件/],
  ] as const) {
    test(`quick link “${label}” reaches ${path} in one tap`, async ({ page, baseURL }) => {
      await page.goto('');
      await page.getByRole('navigation', { name: '快捷入口' }).getByRole('link', { name: label }).click();
      await expect(page).toHaveURL(new URL(path, baseURL).href);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    });
  }
});
