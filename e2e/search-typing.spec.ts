// Any county: a name typed before the search script has run (a slow phone on 4G) is kept and searched,
// and the kindergarten it names comes first. Expectations come from the project's content folder.
import { holdSearchScript, test, expect } from './fixtures.ts';
import { readSite } from './site-content.ts';

const meta = () => test.info().project.metadata as { contentDir?: string };

test('a kindergarten name typed before the search script ran is kept, searched, and its page comes first', async ({ page }) => {
  const contentDir = meta().contentDir;
  test.skip(!contentDir, 'needs the content folder the build was made from');
  const kg = readSite(contentDir!).kindergartens[0];
  test.skip(!kg, 'a site without kindergartens');
  const release = await holdSearchScript(page);
  await page.goto('search/', { waitUntil: 'commit' });
  // Module scripts delay DOMContentLoaded: the box is there (and usable) long before.
  await page.locator('#search-page-q').fill(kg!.name);
  release();
  const first = page.locator('[data-search-results] li').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  expect(await first.locator('a').first().getAttribute('href')).toMatch(new RegExp(`kindergartens/${kg!.id}/$`));
  await expect(page.locator('#search-page-q')).toHaveValue(kg!.name);
  await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(kg!.name)}`));
});

// Nothing moves while results arrive: the status line and the 筛选 button share a row of fixed height, the
// filters stay closed, and the browse lists never show before the results (layout shift 0, as Chromium measures it).
test('a search from the address has no layout shift, and the hidden filter box stays hidden', async ({ page }) => {
  const contentDir = meta().contentDir;
  test.skip(!contentDir, 'needs the content folder the build was made from');
  const kg = readSite(contentDir!).kindergartens[0];
  test.skip(!kg, 'a site without kindergartens');
  await page.addInitScript(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`search/?q=${encodeURIComponent(kg!.name)}`);
  await expect(page.locator('[data-search-status]')).toContainText('找到');
  // The filter counts come after the results: wait for them (or for nothing more to come).
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const box = page.locator('[data-search-filters-box]');
  if (await box.evaluate((d) => (d as HTMLElement).hidden)) await expect(box).toBeHidden();
  else await expect(page.locator('[data-search-filters]')).toBeHidden();
  await expect(page.locator('[data-search-browse]')).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
});

// A slip of the pinyin keyboard (慧 for 惠, 元 for 园 …): the kindergarten is still among the first three.
test('a homophone typo of a kindergarten name still finds it in the first three', async ({ page }) => {
  const contentDir = meta().contentDir;
  test.skip(!contentDir, 'needs the content folder the build was made from');
  const { HOMOPHONE_GROUPS } = await import('../src/lib/search/homophones.ts');
  const swap = (name: string) => {
    const chars = [...name];
    for (let i = chars.length - 1; i >= 0; i--) {
      const group = HOMOPHONE_GROUPS.find((g) => g.includes(chars[i]!));
      const other = group && [...group].find((c) => c !== chars[i]);
      if (other) return [...chars.slice(0, i), other, ...chars.slice(i + 1)].join('');
    }
    return undefined;
  };
  const kg = readSite(contentDir!).kindergartens.find((k) => swap(k.name));
  test.skip(!kg, 'no kindergarten name with a character that has a homophone');
  const typo = swap(kg!.name)!;
  await page.goto(`search/?q=${encodeURIComponent(typo)}`);
  await expect(page.locator('[data-search-status]')).toContainText('找到');
  const hrefs = await page.locator('[data-search-results] li h2 a').evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
  expect(hrefs.some((h) => h?.endsWith(`kindergartens/${kg!.id}/`)), `${typo}: ${hrefs.join(' ')}`).toBe(true);
});

// A static page cannot read ?q= without a script: it says so, and offers the lists to browse instead.
test('without JavaScript a search address says that search needs JavaScript and links the lists', async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await ctx.newPage();
  await page.goto(`search/?q=${encodeURIComponent('收费')}`);
  const notice = page.locator('[data-search-nojs]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('搜索需要浏览器开启 JavaScript');
  await expect(notice.getByRole('link', { name: '幼儿园名录' })).toHaveAttribute('href', /kindergartens\/$/);
  await expect(page.locator('[data-search-browse]')).toBeVisible();
  await expect(page.locator('[data-search-filters-box]')).toBeHidden();
  await ctx.close();
});
