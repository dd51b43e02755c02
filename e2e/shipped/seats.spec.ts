import { test, expect } from '../fixtures.ts';
import { parseCsv } from '../../src/lib/core/figure.ts';
import { KGS, records, STREETS, TYPES } from '../content.ts';

const num = (n: number) => n.toLocaleString('en-US');
const sum = (ks: typeof KGS, f: (k: (typeof KGS)[number]) => number) => ks.reduce((s, k) => s + f(k), 0);

test.describe('seats page', () => {
  test('the two rebuilds with the plan’s figures', async ({ page }) => {
    await page.goto('seats/');
    await expect(page.locator('[data-sample-banner]')).toBeVisible();
    for (const id of ['baogang-17', 'baogang-18']) {
      const k = KGS.find((x) => x.id === id)!;
      const card = page.locator(`[data-project="${id}"]`);
      await expect(card.getByRole('link', { name: k.name })).toBeVisible();
      await expect(card).toContainText('原址翻建后 12 个教学班，可提供学位 360 个，新建建筑面积 5,000㎡');
      await expect(card.getByRole('link', { name: '实施方案全文' })).toBeVisible();
    }
    await expect(page.locator('#new ~ p').first()).toContainText('共可提供学位 720 个');
  });

  test('each rebuild shows its progress from the monthly reports when the plan’s target exists, in the words of the progress page', async ({ page }) => {
    const reports = records<{ month: string; values: Record<string, number | boolean> }>('reports').sort((a, b) => b.month.localeCompare(a.month));
    const targets = new Map(records<{ task: string; target: { value?: number } }>('targets').map((t) => [t.id, t]));
    const expected: { id: string; target: string; task: string; text: string }[] = [];
    await page.goto('seats/');
    for (const k of KGS.filter((x) => x.project)) {
      const target = (k.project as { target?: string }).target ?? '';
      const progress = page.locator(`[data-project="${k.id}"] [data-project-progress]`);
      const t = targets.get(target);
      if (!t) {
        await expect(progress).toHaveCount(0);
        continue;
      }
      const latest = reports.find((r) => target in r.values);
      await expect(progress).toContainText(latest ? `${latest.values[target]} / ${t.target.value}` : '尚无报告');
      expected.push({ id: k.id, target, task: t.task, text: (await progress.textContent()) ?? '' });
    }
    // The seats page and the progress page read the same progress record: the same status word.
    for (const e of expected) {
      await page.goto(`progress/${e.task}/`);
      const status = (await page.locator(`[data-target="${e.target}"] .status`).first().textContent())?.trim() ?? '';
      expect(status).not.toBe('');
      expect(e.text).toContain(`进展：${status}`);
    }
  });

  test('totals equal the sums of the kindergarten files', async ({ page }) => {
    await page.goto('seats/');
    const totals = page.locator('[data-seat-totals]');
    await expect(totals).toContainText(`${KGS.length} 所`);
    await expect(totals).toContainText(`${num(sum(KGS, (k) => k.capacity))} 个`);
    await expect(totals).toContainText(`${num(sum(KGS, (k) => k.enrolled))} 人`);
    await expect(totals).toContainText(`${num(sum(KGS, (k) => Math.max(0, k.capacity - k.enrolled)))} 个`);
  });

  test('by street: chart over the table, CSV equal to the table', async ({ page, request }) => {
    await page.goto('seats/');
    const fig = page.locator('#seats-by-street');
    await expect(fig.locator('canvas')).toBeVisible();
    const streets = STREETS.filter((s) => KGS.some((k) => k.street === s.name));
    await expect(fig.locator('tbody tr')).toHaveCount(streets.length);
    for (const s of streets) {
      const ks = KGS.filter((k) => k.street === s.name);
      const row = fig.locator('tbody tr', { hasText: s.name });
      await expect(row.locator('td').nth(1)).toHaveText(num(sum(ks, (k) => k.capacity)));
      await expect(row.locator('td').nth(2)).toHaveText(num(sum(ks, (k) => k.enrolled)));
    }
    const href = await fig.locator('a[data-csv]').getAttribute('href');
    const csv = parseCsv(await (await request.get(new URL(href!, page.url()).href)).text());
    const html = await fig.locator('table tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.replace(/,/g, ''))));
    expect(csv).toEqual(html);
  });

  test('by type and 公办 / 普惠 shares', async ({ page }) => {
    await page.goto('seats/');
    const byType = page.locator('#seats-by-type');
    for (const t of TYPES.filter((x) => KGS.some((k) => k.type === x.name))) {
      const row = byType.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: t.name, exact: true }) });
      await expect(row.locator('td').first()).toHaveText(String(KGS.filter((k) => k.type === t.name).length));
    }
    const cat = (k: (typeof KGS)[number]) => TYPES.find((t) => t.name === k.type)!.category;
    const all = sum(KGS, (k) => k.enrolled);
    const pub = sum(KGS.filter((k) => cat(k) === '公办'), (k) => k.enrolled);
    const puhui = sum(KGS.filter((k) => cat(k) !== '民办'), (k) => k.enrolled);
    const pct = (x: number) => `${(Math.round((x / all) * 1000) / 10).toFixed(1).replace(/\.0$/, '')}%`;
    await expect(page.locator('#seats-shares .figure-summary')).toHaveText(`公办幼儿园在园幼儿占全部在园幼儿的 ${pct(pub)}，普惠性幼儿园（公办＋普惠性民办）占 ${pct(puhui)}。`);
  });

  test('without JavaScript the tables carry every number', async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await ctx.newPage();
    await page.goto('seats/');
    await expect(page.locator('#seats-by-street canvas')).toBeHidden();
    await expect(page.locator('#seats-by-street tbody tr')).toHaveCount(STREETS.filter((s) => KGS.some((k) => k.street === s.name)).length);
    await expect(page.locator('[data-project="baogang-17"]')).toContainText('360');
    await ctx.close();
  });
});
