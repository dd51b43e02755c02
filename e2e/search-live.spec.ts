// Search as a visitor uses it, on every site the suite builds: the words searched for come from the project's
// content folder (a kindergarten's name, the district). The shipped content's own query table stays in
// e2e/shipped/search.spec.ts. Moved from e2e/shipped/ so a fork keeps these checks.
import type { Page } from '@playwright/test';
import { holdSearchScript, test, expect } from './fixtures.ts';
import { countedKindergartens, readSite } from './site-content.ts';

const meta = () => test.info().project.metadata as { contentDir: string };
const results = (page: Page) => page.locator('[data-search-results] li');
/** A kindergarten and the page it must lead to, or skip (a site without kindergartens). */
function kindergarten() {
  const k = readSite(meta().contentDir).kindergartens[0];
  test.skip(!k, 'a site without kindergartens');
  return { name: k!.name, href: new RegExp(`kindergartens/${k!.id}/$`) };
}
const firstHref = (page: Page) => results(page).first().locator('a').first().getAttribute('href');

test.describe('search', () => {
  test('typing searches live and keeps a shareable URL', async ({ page }) => {
    const k = kindergarten();
    await page.goto('search/');
    await page.locator('#search-page-q').fill(k.name);
    await expect(results(page).first()).toBeVisible();
    expect(await firstHref(page)).toMatch(k.href);
    await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(k.name)}`));
  });

  test('typed text wins over an older query in the address', async ({ page }) => {
    const k = kindergarten();
    const release = await holdSearchScript(page);
    await page.goto(`search/?q=${encodeURIComponent('收费')}`, { waitUntil: 'commit' });
    // Module scripts delay DOMContentLoaded: the box is there (and usable) long before.
    await page.locator('#search-page-q').fill(k.name);
    release();
    await expect(results(page).first()).toBeVisible({ timeout: 15_000 });
    expect(await firstHref(page)).toMatch(k.href);
    await expect(page.locator('#search-page-q')).toHaveValue(k.name);
  });

  test('the header box on every page leads to results', async ({ page }) => {
    const k = kindergarten();
    await page.goto('about/');
    await page.getByRole('search').getByRole('searchbox').fill(k.name);
    await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/search\/\?q=/);
    await expect(results(page).first()).toContainText(k.name);
  });

  test('results show the page type and a highlighted excerpt; a filter narrows them and survives a reload', async ({ page }) => {
    const { site } = readSite(meta().contentDir);
    // The about page names the district; so do others of other types.
    await page.goto(`search/?q=${encodeURIComponent(site.district)}`);
    await expect(results(page).first()).toBeVisible();
    await expect(results(page).first().locator('.result-type')).not.toHaveText('');
    await expect(results(page).first().locator('mark').first()).toBeVisible();
    const select = page.locator('[data-search-filters] select[name="页面类型"]');
    // Filters sit behind the 筛选 button on the status line.
    await page.locator('[data-search-filters-box] summary').click();
    await expect(select).toBeVisible();
    await select.selectOption('关于');
    await expect(page).toHaveURL(/type=%E5%85%B3%E4%BA%8E/);
    await expect(results(page).first()).toBeVisible();
    const n = await results(page).count();
    expect(await results(page).locator('.result-type').allInnerTexts()).toEqual(Array(n).fill('关于'));
    await page.reload();
    await expect(results(page)).toHaveCount(n);
    await expect(select).toHaveValue('关于');
  });

  test('an unknown word says so and offers the sections', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent('zzqxv')}`);
    await expect(page.locator('[data-search-status]')).toContainText('没有找到');
    await expect(page.locator('[data-search-browse]')).toBeVisible();
  });

  test('no search code or index is fetched before the visitor searches', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto('');
    await page.goto('search/');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await page.locator('#search-page-q').focus();
    await expect.poll(() => fetched.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
  });

  test('works where Intl.Segmenter is missing (old WeChat webviews)', async ({ page }) => {
    const k = kindergarten();
    await page.addInitScript(() => {
      // @ts-expect-error simulating an old browser
      delete Intl.Segmenter;
    });
    await page.goto(`search/?q=${encodeURIComponent(k.name)}`);
    await expect(results(page).first()).toBeVisible();
    expect(await firstHref(page)).toMatch(k.href);
  });

  test('without JavaScript the box lands on a page listing the sections, the policies and every kindergarten', async ({ browser, baseURL }) => {
    const c = readSite(meta().contentDir);
    // The browse list holds the counted kindergartens (closed and not yet open ones have their own short lists).
    const kgs = countedKindergartens(c);
    const k = kgs[0];
    test.skip(!k, 'a site without kindergartens');
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await ctx.newPage();
    await page.goto('');
    await page.getByRole('search').getByRole('searchbox').fill('收费');
    await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/search\/\?q=/);
    const browse = page.locator('[data-search-browse]');
    await expect(browse.getByRole('link', { name: '政策文件' })).toBeVisible();
    await expect(browse.locator('a[href*="/policies/"]').filter({ hasNotText: '政策文件' })).toHaveCount(c.policies.length);
    // The whole directory is there to browse: every kindergarten, linked.
    await expect(browse.locator('.browse-kindergartens a')).toHaveCount(kgs.length);
    await browse.locator('.browse-kindergartens a').getByText(k!.name, { exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`kindergartens/${k!.id}/$`));
    await ctx.close();
  });
});
