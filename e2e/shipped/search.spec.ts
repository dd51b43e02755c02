import { readdirSync } from 'node:fs';
import { holdSearchScript, test, expect } from '../fixtures.ts';
import type { Page } from '@playwright/test';

const PLAN = 'policies/kunqu-puji-puhui-plan-2023/';
const KINDERGARTEN_COUNT = readdirSync(new URL('../../content/kindergartens/', import.meta.url)).filter((f) => f.endsWith('.json') && !f.startsWith('_')).length;

/** Query → the page that must come first. Add a row for every search bug found. */
const QUERIES: [string, string | RegExp][] = [
  ['实施方案', PLAN],
  ['方案全文', PLAN],
  ['收费', 'fees/'],
  ['收费标准', 'fees/'],
  ['伙食费', 'fees/'],
  ['学费', 'fees/'],
  ['包发改费字〔2015〕203号', 'fees/'],
  ['2015 203', 'fees/'],
  ['203号', 'fees/'],
  ['教研员', PLAN],
  ['领导小组', PLAN],
  ['shoufei', 'fees/'],
  ['fangan', PLAN],
  ['shishi fangan', PLAN],
  ['无障碍', 'about/'],
  ['wuzhangai', 'about/'],
  ['大字模式', 'about/'],
  ['工作进展', 'progress/'],
  ['评估指标', 'indicators/'],
  ['毛入园率', 'indicators/'],
  ['包钢十七园', 'kindergartens/baogang-17/'],
  ['包钢17园', 'kindergartens/baogang-17/'],
  ['包钢十八园', 'kindergartens/baogang-18/'],
  ['bgsqy', 'kindergartens/baogang-17/'],
  ['学位', 'seats/'],
  ['入园', 'seats/'],
  ['招生', 'seats/'],
  ['餐费', 'fees/'],
  ['托费', 'fees/'],
  // Short names, numerals both ways, full names (best-bet ranking, src/lib/search/names.ts).
  ['十七园', 'kindergartens/baogang-17/'],
  ['包钢十七', 'kindergartens/baogang-17/'],
  ['包钢第十七幼儿园', 'kindergartens/baogang-17/'],
  ['包钢第十八幼儿园', 'kindergartens/baogang-18/'],
  ['包钢第18幼儿园', 'kindergartens/baogang-18/'],
  ['包钢十八园收费', 'kindergartens/baogang-18/'],
  ['示例第三幼儿园', 'kindergartens/sample-jiaoban-03/'],
  ['示例三园', 'kindergartens/sample-jiaoban-03/'],
  ['示例普惠五园', 'kindergartens/sample-puhui-05/'],
  // Pinyin, initials, mixed Chinese and pinyin, misspellings.
  ['baogang', /kindergartens\/baogang-1[78]\/$/],
  ['bgsby', 'kindergartens/baogang-18/'],
  ['shibayuan', 'kindergartens/baogang-18/'],
  ['baogang shiqi', 'kindergartens/baogang-17/'],
  ['包钢shiqi', 'kindergartens/baogang-17/'],
  ['baogang十七园', 'kindergartens/baogang-17/'],
  ['包刚十七园', 'kindergartens/baogang-17/'],
  ['shoufeibiaozhun', 'fees/'],
  ['gongzuojinzhan', 'progress/'],
];

async function search(page: Page, q: string) {
  await page.goto(`search/?q=${encodeURIComponent(q)}`);
  const first = page.locator('[data-search-results] li').first();
  await expect(first, `no result for ${q}`).toBeVisible();
  return first;
}

test.describe('search', () => {
  for (const [q, want] of QUERIES) {
    test(`“${q}” finds ${String(want)} first`, async ({ page, baseURL }) => {
      const first = await search(page, q);
      const href = await first.locator('a').getAttribute('href');
      if (want instanceof RegExp) expect(href).toMatch(want);
      else expect(href).toBe(new URL(want, baseURL).pathname);
    });
  }

  test('results show the page type and a highlighted excerpt', async ({ page }) => {
    const first = await search(page, '教研员');
    await expect(first.locator('.result-type')).toHaveText('政策');
    await expect(first.locator('mark').first()).toBeVisible();
  });

  test('the header box on every page leads to results', async ({ page }) => {
    await page.goto('about/');
    await page.getByRole('search').getByRole('searchbox').fill('领导小组');
    await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/search\/\?q=/);
    await expect(page.locator('[data-search-results] li').first()).toContainText('实施方案');
  });

  test('typing searches live and keeps a shareable URL', async ({ page }) => {
    await page.goto('search/');
    await page.locator('#search-page-q').fill('教研员');
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    await expect(page).toHaveURL(/\?q=%E6%95%99/);
  });

  test('text typed before the search script has run is kept and searched', async ({ page }) => {
    const release = await holdSearchScript(page);
    await page.goto('search/', { waitUntil: 'commit' });
    // Module scripts delay DOMContentLoaded: the box is there (and usable) long before.
    await page.locator('#search-page-q').fill('教研员');
    release();
    await expect(page.locator('[data-search-results] li').first()).toContainText('实施方案');
    await expect(page.locator('#search-page-q')).toHaveValue('教研员');
    await expect(page).toHaveURL(/\?q=%E6%95%99/);
  });

  test('typed text wins over an older query in the address', async ({ page }) => {
    const release = await holdSearchScript(page);
    await page.goto(`search/?q=${encodeURIComponent('收费')}`, { waitUntil: 'commit' });
    // Module scripts delay DOMContentLoaded: the box is there (and usable) long before.
    await page.locator('#search-page-q').fill('领导小组');
    release();
    await expect(page.locator('[data-search-results] li').first()).toContainText('实施方案');
    await expect(page.locator('#search-page-q')).toHaveValue('领导小组');
  });

  test('a filter narrows results and survives a reload', async ({ page }) => {
    await search(page, '昆都仑');
    const select = page.locator('[data-search-filters] select[name="页面类型"]');
    // Filters sit behind the 筛选 button on the status line (opening them is the visitor's own shift).
    await page.locator('[data-search-filters-box] summary').click();
    await expect(select).toBeVisible();
    await select.selectOption('关于');
    await expect(page).toHaveURL(/type=%E5%85%B3%E4%BA%8E/);
    await expect(page.locator('[data-search-results] li')).toHaveCount(1);
    await expect(page.locator('[data-search-results] li .result-type')).toHaveText('关于');
    await page.reload();
    await expect(page.locator('[data-search-results] li')).toHaveCount(1);
    // A chosen filter opens the filters by itself.
    await expect(page.locator('[data-search-filters] select[name="页面类型"]')).toBeVisible();
    await expect(page.locator('[data-search-filters] select[name="页面类型"]')).toHaveValue('关于');
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
    await page.addInitScript(() => {
      // @ts-expect-error simulating an old browser
      delete Intl.Segmenter;
    });
    const first = await search(page, '教研员队伍');
    expect(await first.locator('a').getAttribute('href')).toContain(PLAN);
  });

  test('without JavaScript the box lands on a page listing the sections and policies', async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await ctx.newPage();
    await page.goto('');
    await page.getByRole('search').getByRole('searchbox').fill('收费');
    await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/search\/\?q=/);
    const browse = page.locator('[data-search-browse]');
    await expect(browse.getByRole('link', { name: '政策文件' })).toBeVisible();
    await expect(browse.getByRole('link', { name: /工作实施方案》的通知/ })).toBeVisible();
    // The whole directory is there to browse: every kindergarten, linked.
    await expect(browse.locator('.browse-kindergartens a')).toHaveCount(KINDERGARTEN_COUNT);
    await browse.getByRole('link', { name: '包钢第十七幼儿园' }).click();
    await expect(page).toHaveURL(/kindergartens\/baogang-17\/$/);
    await ctx.close();
  });
});
