// 更新于, /updates/ and /rss.xml on every site the suite builds (the e2e builds set SITE_URL, so the feed
// exists). The dates themselves are tested against a repository with chosen commit times in
// tests/build/updated-on.test.ts; here: the pages show them consistently, and the feed is valid RSS whose items
// are the newest entries of /updates/ with working absolute links under the base path.
import { test, expect } from './fixtures.ts';
import { readSite } from './site-content.ts';

const contentDir = () => (test.info().project.metadata as { contentDir: string }).contentDir;

test('every content page shows 更新于 with a real date no later than the home page’s', async ({ page }) => {
  test.setTimeout(120_000);
  const c = readSite(contentDir());
  await page.goto('');
  const home = await page.locator('.updated-on time').getAttribute('datetime');
  expect(home).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(home! <= new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)).toBe(true);
  const paths = ['policies/', `policies/${c.policies[0]}/`, 'progress/', `progress/${c.tasks[0]}/`, 'kindergartens/', `kindergartens/${c.kindergartens[0]!.id}/`, 'fees/', 'seats/', 'updates/'];
  for (const path of paths) {
    await page.goto(path);
    const time = page.locator('.updated-on time');
    await expect(time, path).toHaveCount(1);
    const iso = (await time.getAttribute('datetime'))!;
    const [y, m, d] = iso.split('-').map(Number);
    await expect(page.locator('.updated-on'), path).toHaveText(`更新于 ${y}年${m}月${d}日`);
    expect(iso <= home!, `${path}: ${iso} is after the home page's ${home}`).toBe(true);
  }
  // The search page shows no content of its own, so no date.
  await page.goto('search/');
  await expect(page.locator('.updated-on')).toHaveCount(0);
});

test.describe('the 更新记录 page', () => {
  for (const js of [true, false]) {
    test(`lists changes newest day first, linked from the footer (${js ? 'with' : 'without'} JavaScript)`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: js, baseURL: baseURL! });
      const page = await context.newPage();
      await page.goto('');
      await page.locator('footer').getByRole('link', { name: '更新记录' }).click();
      await expect(page).toHaveURL(/\/updates\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('更新记录');
      const days = await page.locator('.updates-day h2 time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
      expect(days.length).toBeGreaterThan(0);
      expect(days).toEqual([...days].sort().reverse());
      expect(new Set(days).size).toBe(days.length);
      // Every link of the list leads to a page of the site that exists.
      const links = [...new Set(await page.locator('.updates-list a').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href)))];
      for (const href of links.slice(0, 15)) {
        if (!href.startsWith(baseURL!)) continue;
        expect((await page.request.get(href)).status(), href).toBe(200);
      }
      await context.close();
    });
  }
});

test('/rss.xml is valid RSS 2.0 carrying the newest changes with absolute links under the base path', async ({ page, request, baseURL }) => {
  const res = await request.get('rss.xml');
  expect(res.status()).toBe(200);
  const xml = await res.text();
  await page.goto('updates/');
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const items = [...doc.querySelectorAll('channel > item')];
    return {
      error: doc.querySelector('parsererror')?.textContent ?? '',
      root: doc.documentElement.nodeName,
      version: doc.documentElement.getAttribute('version'),
      link: doc.querySelector('channel > link')?.textContent ?? '',
      items: items.map((i) => ({
        title: i.querySelector('title')?.textContent ?? '',
        link: i.querySelector('link')?.textContent ?? '',
        guid: i.querySelector('guid')?.textContent ?? '',
        date: i.querySelector('pubDate')?.textContent ?? '',
      })),
    };
  }, xml);
  expect(feed.error).toBe('');
  expect([feed.root, feed.version, feed.link]).toEqual(['rss', '2.0', baseURL]);
  expect(feed.items.length).toBeGreaterThan(0);
  expect(feed.items.length).toBeLessThanOrEqual(50);
  expect(new Set(feed.items.map((i) => i.guid)).size).toBe(feed.items.length);
  for (const i of feed.items) {
    expect(i.link.startsWith(baseURL!), i.link).toBe(true);
    expect(Number.isNaN(Date.parse(i.date)), i.date).toBe(false);
  }
  // Newest first, and the first item is the first entry of /updates/.
  const dates = feed.items.map((i) => Date.parse(i.date));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  const first = (await page.locator('.updates-list li').first().innerText()).replace(/\s+/g, '');
  expect(first).toContain(feed.items[0]!.title.replace(/^[^：]+：/, '').replace('（示例数据）', '').replace(/\s+/g, ''));
  // The feed is announced in every page's head.
  expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe(`${baseURL}rss.xml`);
  // Its links work (the anchors of /updates/ entries exist when they are listed there).
  for (const link of [...new Set(feed.items.map((i) => i.link))].slice(0, 10)) {
    expect((await request.get(link)).status(), link).toBe(200);
  }
});
