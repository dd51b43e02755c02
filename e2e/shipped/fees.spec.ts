import { test, expect, flatText } from '../fixtures.ts';
import { parseCsv } from '../../src/lib/core/figure.ts';
import { CONTACT, FEES, KGS } from '../content.ts';

const num = (n: number) => n.toLocaleString('en-US');

test.describe('fees page', () => {
  test('how fees are set: the plan’s sentences with their source', async ({ page }) => {
    await page.goto('fees/');
    await expect(page.locator('[data-sample-banner]')).toBeVisible();
    const rules = await flatText(page, 'main');
    for (const r of FEES.rules as { quote: string }[]) expect(rules).toContain(r.quote.replace(/\s+/g, ''));
    await expect(page.locator('#rules ~ section').first().getByRole('link', { name: '实施方案全文' })).toHaveAttribute('href', /policies\/kunqu-puji-puhui-plan-2023\/$/);
    await expect(page.locator('main')).toContainText('政府定价');
    await expect(page.locator('main')).toContainText('财政专户');
  });

  test('basis documents have anchors that kindergarten pages link to', async ({ page }) => {
    await page.goto('kindergartens/sample-jiaoban-03/');
    await page.locator('[data-fee-basis] a').first().click();
    await expect(page).toHaveURL(/fees\/#basis-baofagai-2015-203$/);
    const doc = page.locator('#basis-baofagai-2015-203');
    await expect(doc).toContainText('包发改费字〔2015〕203号');
    await expect(doc).toContainText('关于调整包头市公办幼儿园收费标准及有关事宜的通知');
    await expect(doc).not.toContainText('示例');
  });

  test('the unified meal fee standard is shown and flagged as sample', async ({ page }) => {
    await page.goto('fees/');
    const std = page.locator('[data-meal-standard]');
    await expect(std).toContainText(`${FEES.meals.amount} ${FEES.meals.unit}`);
    await expect(std).toContainText('示例');
  });

  test('every kindergarten in the fee table, linked; the CSV holds the same rows', async ({ page, request }) => {
    await page.goto('fees/');
    const table = page.locator('table[data-fee-table]');
    await expect(table.locator('tr[data-fee-row]')).toHaveCount(KGS.length);
    for (const k of KGS) {
      const row = table.locator(`tr[data-fee-row="${k.id}"]`);
      await expect(row.getByRole('link', { name: k.name })).toHaveAttribute('href', new RegExp(`kindergartens/${k.id}/$`));
    }
    const href = await page.getByRole('link', { name: '下载表格数据（CSV）' }).first().getAttribute('href');
    const res = await request.get(new URL(href!, page.url()).href);
    expect(res.status()).toBe(200);
    const csv = parseCsv(await res.text());
    expect(csv[0]).toContain('保教费最低（元/月）');
    expect(csv.slice(1).map((r) => r[1]).sort()).toEqual(KGS.map((k) => k.id).sort());
    for (const k of KGS) {
      const r = csv.find((x) => x[1] === k.id)!;
      expect(Number(r[4])).toBe(Math.min(...k.fees.tuition.map((t) => t.amount)));
      expect([r[7], r[8]]).toEqual([String(k.fees.meals.amount), k.fees.meals.unit]);
    }
  });

  test('the 9 adjustments, before and after', async ({ page }) => {
    await page.goto('fees/');
    const adjusted = KGS.filter((k) => k.fees.history?.some((c) => c.docNumber === FEES.adjustments.docNumber));
    expect(adjusted).toHaveLength(FEES.adjustments.expected);
    const fig = page.locator('#fee-adjustments');
    await expect(fig.locator('tbody tr')).toHaveCount(adjusted.length);
    await expect(fig.locator('.figure-summary')).toContainText(`实施方案要求调整 ${FEES.adjustments.expected} 所，已记录 ${adjusted.length} 所`);
    for (const k of adjusted) {
      const c = k.fees.history!.find((x) => x.docNumber === FEES.adjustments.docNumber)!;
      const row = fig.locator('tbody tr', { hasText: k.name });
      await expect(row).toContainText(num(c.before[0]!.amount));
      await expect(row).toContainText(num(c.after[0]!.amount));
      await expect(row).toContainText(c.effectiveOn);
    }
  });

  test('what to do if charged more: the complaint contact comes from the site config', async ({ page }) => {
    await page.goto('fees/');
    const section = page.locator('#complaint ~ ol');
    // The bureau always; a line only when content/site.json publishes one (收费投诉电话, else 服务热线), never a blank.
    await expect(section).toContainText('昆都仑区教育局');
    const line = CONTACT.complaintPhone || CONTACT.hotline;
    if (line) await expect(page.locator('[data-complaint-phone]').first()).toContainText(line.split(/[、,，;；/]/)[0]!.trim());
    else await expect(page.locator('[data-complaint-phone]')).toHaveCount(0);
    await expect(section).not.toContainText('尚未公布');
  });

});
