// The shipped content's search tuning: each query must lead to its page first. How search behaves (live typing,
// filters, no fetch before focus, the Intl.Segmenter fallback, no JavaScript) is checked on every site by
// e2e/search-live.spec.ts and e2e/search-typing.spec.ts.
import { test, expect } from '../fixtures.ts';
import type { Page } from '@playwright/test';

const PLAN = 'policies/kunqu-puji-puhui-plan-2023/';

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
  ['入园', 'enrollment/'],
  ['招生', 'enrollment/'],
  ['报名', 'enrollment/'],
  ['怎么报名', 'enrollment/'],
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
});
