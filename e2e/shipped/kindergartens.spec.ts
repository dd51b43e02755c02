import type { Page } from '@playwright/test';
// The shipped kindergartens as their pages must show them. The directory's filters and sorting, the QR code and
// the 收费公示 print view are checked on every site by e2e/directory.spec.ts and e2e/print.spec.ts.
import { test, expect } from '../fixtures.ts';
import { KGS, minFee } from '../content.ts';

/** Numbers as the site prints them: 1,650. */
const num = (n: number) => n.toLocaleString('en-US');

const rows = (page: Page) => page.locator('table[data-dir-table] tr[data-kg]');

test.describe('directory', () => {
  test('lists every kindergarten, with its fees and seats, and the sample banner', async ({ page }) => {
    await page.goto('kindergartens/');
    await expect(page.locator('[data-sample-banner]')).toBeVisible();
    await expect(rows(page)).toHaveCount(KGS.length);
    const texts = Object.fromEntries(await rows(page).evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.kg, (e as HTMLElement).innerText])));
    for (const k of KGS) {
      const row = texts[k.id] as string;
      // The list shows 空余学位 (核定学位 is on the kindergarten's page).
      // 伙食费 per month; a daily rate is shown beside its monthly estimate.
      const meals = k.fees.meals.unit === '元/月' ? num(k.fees.meals.amount) : `${k.fees.meals.amount} ${k.fees.meals.unit}`;
      for (const part of [k.name, k.type, k.street, meals, num(minFee(k)), num(Math.max(0, k.capacity - k.enrolled))]) expect(row, k.id).toContain(part);
    }
  });

});

test.describe('kindergarten page', () => {
  const kg = KGS.find((k) => k.id === 'baogang-17')!;

  test('fees, basis, seats, front-loaded title, sample banner', async ({ page }) => {
    await page.goto(`kindergartens/${kg.id}/`);
    expect(await page.title()).toBe(`${kg.name} 收费标准 · 昆区学前教育`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(kg.name);
    await expect(page.locator('[data-sample-banner]')).toBeVisible();
    const fees = page.locator('table.kg-fees');
    for (const t of kg.fees.tuition) await expect(fees).toContainText(`${num(t.amount)} 元/月`);
    await expect(fees).toContainText(`${kg.fees.meals.amount} ${kg.fees.meals.unit}`);
    const basis = page.locator('[data-fee-basis]');
    await expect(basis).toContainText(kg.fees.basis.docNumber);
    await expect(basis.getByRole('link', { name: kg.fees.basis.docNumber })).toHaveAttribute('href', /fees\/#basis-/);
    await expect(page.locator('[data-project]')).toContainText(`${kg.project!.classes} 个教学班、${kg.project!.seats} 个学位`);
    await expect(page.locator('[data-sample-note]')).toContainText('来自实施方案');
  });

  test('the last fee change with its date and 文号', async ({ page }) => {
    const adjusted = KGS.find((k) => k.fees.history?.length)!;
    const c = adjusted.fees.history![0]!;
    await page.goto(`kindergartens/${adjusted.id}/`);
    const [y, m, d] = c.effectiveOn.split('-').map(Number);
    await expect(page.locator('[data-last-change]')).toHaveText(`${y}年${m}月${d}日起，保教费由 ${num(c.before[0]!.amount)} 元/月 调整为 ${num(c.after[0]!.amount)} 元/月（${c.docNumber}）`);
  });

  test('works without JavaScript', async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await ctx.newPage();
    await page.goto(`kindergartens/${kg.id}/`);
    await expect(page.locator('table.kg-fees')).toContainText(`${kg.fees.meals.amount} ${kg.fees.meals.unit}`);
    await expect(page.locator('[data-qr] img.qr')).toBeVisible();
    await ctx.close();
  });
});
