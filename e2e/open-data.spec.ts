// Open data (/data/): every dataset listed with its facts; each CSV (UTF-8 with BOM) equals its JSON cell for
// cell; the files have the right types and sizes; datasets without rows say so and have no files. Runs on every
// project (root, /xqjy/, the fixture counties, nginx): expectations come from the content folder.
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { loadContent } from '../scripts/load-content.ts';
import { parseCsv } from '../src/lib/core/figure.ts';
import { formatBytes } from '../src/lib/open-data/datasets.ts';

const contentDir = () => (test.info().project.metadata as { contentDir: string }).contentDir;

/** Rows each dataset must have, counted from the content files themselves. */
function expectedRows(dir: string): Record<string, number> {
  const all = loadContent(resolve(import.meta.dirname, '..', dir));
  const data = (key: string) => (all[key] ?? []).map((e) => e.data as Record<string, unknown>);
  const reports = data('reports') as { values: Record<string, unknown>; breakdown: Record<string, Record<string, number>> }[];
  // Closed and not-yet-open kindergartens are counted in no dataset (their pages stay).
  const kgs = (data('kindergartens') as { fees: { history: unknown[] }; closedOn?: string; status?: string }[]).filter((k) => !k.closedOn && k.status !== '新建未开园');
  return {
    targets: data('targets').length,
    reports: reports.reduce((n, r) => n + Object.keys(r.values).length + Object.values(r.breakdown).reduce((m, b) => m + Object.keys(b).length, 0), 0),
    kindergartens: kgs.length,
    'fee-adjustments': kgs.reduce((n, k) => n + k.fees.history.length, 0),
    indicators: data('indicators').length,
  };
}

interface Doc {
  id: string;
  title: string;
  asOf: string | null;
  source: string;
  sample: boolean;
  csv: string;
  rowCount: number;
  fields: { key: string; label: string; header: string; description: string }[];
  rows: Record<string, string | number | null>[];
}

test('/data/ lists every dataset; each CSV equals its JSON, with BOM, types and the sizes the page states', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const want = expectedRows(contentDir());
  const res = await page.goto('data/');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('开放数据');
  const entries = page.locator('[data-dataset]');
  const ids = await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-dataset')!));
  expect(ids).toEqual(Object.keys(want));
  let withFiles = 0;
  for (const id of ids) {
    const entry = page.locator(`[data-dataset="${id}"]`);
    const rows = Number(await entry.getAttribute('data-rows'));
    expect(rows, id).toBe(want[id]);
    const links = entry.locator('a[data-dataset-file]');
    if (rows === 0) {
      // No header-only files: the page says so, and neither file exists.
      await expect(entry.locator('[data-dataset-empty]'), id).toHaveText('尚未发布数据。');
      expect(await links.count(), id).toBe(0);
      for (const ext of ['csv', 'json']) expect((await request.get(new URL(`data/sets/${id}.${ext}`, baseURL).href)).status(), `${id}.${ext}`).toBe(404);
      continue;
    }
    withFiles++;
    expect(await links.count(), id).toBe(2);
    const href = async (kind: string) => entry.locator(`a[data-dataset-file="${kind}"]`).evaluate((a) => (a as HTMLAnchorElement).href);
    const csvUrl = await href('csv');
    const jsonUrl = await href('json');
    // Links respect the base path and follow the documented scheme /data/sets/<id>.csv|json.
    expect(new URL(csvUrl).pathname).toBe(`${new URL(baseURL!).pathname}data/sets/${id}.csv`);
    expect(new URL(jsonUrl).pathname).toBe(`${new URL(baseURL!).pathname}data/sets/${id}.json`);

    const csvRes = await request.get(csvUrl);
    expect(csvRes.status(), id).toBe(200);
    expect(csvRes.headers()['content-type'], id).toBe('text/csv; charset=utf-8');
    const csvBytes = await csvRes.body();
    expect([...csvBytes.subarray(0, 3)], `${id}.csv BOM`).toEqual([0xef, 0xbb, 0xbf]);
    const jsonRes = await request.get(jsonUrl);
    expect(jsonRes.status(), id).toBe(200);
    expect(jsonRes.headers()['content-type'], id).toBe('application/json; charset=utf-8');
    const jsonBytes = await jsonRes.body();
    const doc = JSON.parse(jsonBytes.toString('utf8')) as Doc;

    // The same rows: CSV header = the fields' Chinese headers, every cell = the JSON cell (null = empty).
    const csv = parseCsv(csvBytes.toString('utf8'));
    expect(csv[0], id).toEqual(doc.fields.map((f) => f.header));
    expect(csv.slice(1), id).toEqual(doc.rows.map((r) => doc.fields.map((f) => (r[f.key] === null ? '' : String(r[f.key])))));
    expect([doc.id, doc.rowCount, doc.rows.length], id).toEqual([id, rows, rows]);
    expect(new URL(doc.csv, 'http://x').pathname).toBe(`/data/sets/${id}.csv`);
    for (const f of doc.fields) expect(f.label && f.description, `${id} ${f.key}`).toBeTruthy();

    // The page states what the JSON says: sizes of the very files served, as-of date, source, sample marking.
    await expect(entry.locator('a[data-dataset-file="csv"]'), id).toContainText(formatBytes(csvBytes.length));
    await expect(entry.locator('a[data-dataset-file="json"]'), id).toContainText(formatBytes(jsonBytes.length));
    await expect(entry, id).toContainText(doc.source);
    await expect(entry, id).toContainText(`${rows.toLocaleString('zh-CN')} 行`);
    if (doc.asOf) await expect(entry.locator(`time[datetime="${doc.asOf}"]`), id).toHaveCount(1);
    expect(await entry.locator('[data-dataset-sample]').count(), id).toBe(doc.sample ? 1 : 0);
    // Each row's own flag agrees with the dataset's.
    expect(doc.rows.some((r) => r.sample === '是'), id).toBe(doc.sample);
  }
  expect(withFiles).toBeGreaterThanOrEqual(2);

  // The figure CSVs listed on the page exist with a BOM.
  for (const url of await page.locator('a[data-figure-csv]').evaluateAll((els) => els.map((a) => (a as HTMLAnchorElement).href))) {
    const r = await request.get(url);
    expect(r.status(), url).toBe(200);
    expect([...(await r.body()).subarray(0, 3)], url).toEqual([0xef, 0xbb, 0xbf]);
  }
});

test('the footer and every figure link to /data/', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const data = new URL('data/', baseURL).href;
  let figures = 0;
  for (const path of ['', 'progress/', 'indicators/', 'fees/', 'seats/']) {
    await page.goto(path);
    expect(await page.locator('footer a[data-footer-data]').evaluate((a) => (a as HTMLAnchorElement).href), path).toBe(data);
    const sections = page.locator('section[data-figure]');
    const n = await sections.count();
    for (let i = 0; i < n; i++) {
      expect(await sections.nth(i).locator('a[data-open-data]').evaluate((a) => (a as HTMLAnchorElement).href), `${path} figure ${i}`).toBe(data);
    }
    figures += n;
  }
  expect(figures).toBeGreaterThan(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the list, the field tables and the download links work', async ({ page }) => {
    await page.goto('data/');
    const first = page.locator('[data-dataset]').filter({ has: page.locator('a[data-dataset-file]') }).first();
    await expect(first.locator('a[data-dataset-file]')).toHaveCount(2);
    // Field descriptions open with the native <details>, no script needed.
    const details = first.locator('details');
    await details.locator('summary').click();
    await expect(details.locator('tbody tr').first()).toBeVisible();
  });
});

test('/data/ passes axe (every rule and impact) with every field table open', async ({ page }) => {
  // Five field tables of up to 40 rows: axe needs more than the default 30 s on a loaded machine.
  test.setTimeout(120_000);
  await page.goto('data/');
  for (const s of await page.locator('details summary').all()) await s.click();
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
