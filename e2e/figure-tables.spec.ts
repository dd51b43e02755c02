// Every figure of every site the suite builds: its chart paints over a real table with its generated summary,
// and its CSV download parses and equals the table, cell by cell. Which pages comes from the project's content
// folder. Moved from e2e/shipped/progress.spec.ts so a fork keeps these checks.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { parseCsv } from '../src/lib/core/figure.ts';
import { readSite } from './site-content.ts';

const meta = () => test.info().project.metadata as { contentDir: string };
const pages = () => ['progress/', ...readSite(meta().contentDir).tasks.map((t) => `progress/${t}/`), 'indicators/', 'fees/', 'seats/'];

/** What a table shows for a CSV cell: “—” for empty, thousands separators on numbers. */
function sameCell(shown: string, csv: string): boolean {
  const s = shown.trim();
  if (csv === '') return s === '—';
  return s === csv || (/^-?\d+(\.\d+)?$/.test(csv) && s.replace(/,/g, '') === csv);
}

/** Painted pixels of the nth chart canvas. */
function painted(page: Page, nth: number): Promise<number> {
  return page.locator('canvas[data-chart]').nth(nth).evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let on = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) on++;
    return on;
  });
}

test('charts paint over their tables, each with its generated summary', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of pages()) {
    await page.goto(path);
    const canvases = page.locator('canvas[data-chart]');
    const count = await canvases.count();
    for (let i = 0; i < count; i++) {
      // Charts draw when they come near the screen.
      await canvases.nth(i).scrollIntoViewIfNeeded();
      await expect(canvases.nth(i), `${path} canvas ${i}`).toBeVisible();
      await expect.poll(() => painted(page, i), { message: `${path} canvas ${i}` }).toBeGreaterThan(500);
      // The chart's text alternative is the figure's summary sentence.
      const labelledBy = await canvases.nth(i).getAttribute('aria-labelledby');
      await expect(page.locator(`#${labelledBy}`), `${path} canvas ${i}`).toHaveText(/\d/);
    }
    // Every chart sits over a real table (a figure whose bars would all be 0 has a table and no chart).
    expect(await page.locator('[data-figure]:has(canvas[data-chart]) table').count(), path).toBe(count);
  }
});

test('CSV downloads parse and equal the tables on /progress/, every task page, /indicators/, /fees/ and /seats/', async ({ page }) => {
  test.setTimeout(180_000);
  let total = 0;
  for (const path of pages()) {
    await page.goto(path);
    const figures = page.locator('[data-figure]');
    const count = await figures.count();
    for (let i = 0; i < count; i++) {
      const fig = figures.nth(i);
      const id = await fig.getAttribute('data-figure');
      const link = fig.locator('a[data-csv]');
      if ((await link.count()) === 0) continue;
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(`${id}.csv`);
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text.charCodeAt(0), 'UTF-8 BOM').toBe(0xfeff);
      const rows = parseCsv(text);
      const head = await fig.locator('table thead th').allInnerTexts();
      const body = await fig.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText)));
      expect(rows[0], `${path} ${id} header`).toEqual(head.map((h) => h.trim()));
      expect(rows.length - 1, `${path} ${id} rows`).toBe(body.length);
      body.forEach((cells, r) => {
        expect(cells.length).toBe(rows[r + 1]!.length);
        cells.forEach((c, k) => expect(sameCell(c, rows[r + 1]![k]!), `${id} row ${r + 1} col ${k + 1}: “${c}” vs “${rows[r + 1]![k]}”`).toBe(true));
      });
      total++;
    }
  }
  // The check can fail: every site has at least its task figures.
  expect(total).toBeGreaterThan(0);
});

test('without JavaScript every figure is its table, the chart boxes stay hidden and no script is fetched', async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await ctx.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  for (const path of pages()) {
    await page.goto(path);
    const figures = await page.locator('[data-figure]').count();
    expect(await page.locator('[data-figure] table').count(), path).toBe(figures);
    for (const box of await page.locator('[data-chart-box]').all()) await expect(box, path).toBeHidden();
  }
  expect(requests.filter((u) => u.endsWith('.js'))).toEqual([]);
  await ctx.close();
});

/** The first page of the site with a chart, or undefined. */
async function chartPage(page: Page): Promise<string | undefined> {
  for (const path of pages().filter((p) => p !== 'progress/')) {
    await page.goto(path);
    if (await page.locator('canvas[data-chart]').count()) return path;
  }
  return undefined;
}

test('a chart draws when it comes near the screen; drawing it moves nothing (reserved box)', async ({ page }) => {
  const path = await chartPage(page);
  test.skip(!path, 'a site without charts');
  await page.addInitScript(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.setViewportSize({ width: 360, height: 400 });
  await page.goto(path!);
  await page.waitForLoadState('networkidle');
  const box = page.locator('[data-chart-box]').first();
  const before = (await box.boundingBox())!;
  expect(before.height).toBeGreaterThanOrEqual(160);
  // (Whether chart.js was fetched before scrolling depends on the browser cache after chartPage(): not checked here.)
  await box.scrollIntoViewIfNeeded();
  await expect.poll(() => painted(page, 0)).toBeGreaterThan(500);
  const after = (await box.boundingBox())!;
  expect(after.height).toBe(before.height);
  expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
});

test('chart labels follow 大字模式, on load and when switched', async ({ page }) => {
  const path = await chartPage(page);
  test.skip(!path, 'a site without charts');
  const canvas = page.locator('canvas[data-chart]').first();
  await canvas.scrollIntoViewIfNeeded();
  await expect(canvas).toHaveAttribute('data-font-size', '14');
  await page.getByLabel('大字模式').check();
  await expect(canvas).toHaveAttribute('data-font-size', '17.5');
  await page.reload();
  await page.locator('canvas[data-chart]').first().scrollIntoViewIfNeeded();
  await expect(page.locator('canvas[data-chart]').first()).toHaveAttribute('data-font-size', '17.5');
});
