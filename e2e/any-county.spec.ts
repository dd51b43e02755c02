// Runs on every site the suite builds: the shipped content (root project) and each fixture site under
// tests/fixtures/sites/ (fixture-* projects). Nothing here names a county: expectations come from the
// content folder the project was built from, and county words from the project's metadata.
import { test, expect } from './fixtures.ts';
import { countedKindergartens, readSite, type Expect } from './site-content.ts';

const meta = () => test.info().project.metadata as { contentDir: string; expect?: Expect };

function pagesOf(contentDir: string): string[] {
  const c = readSite(contentDir);
  return [
    '', 'policies/', ...c.policies.slice(0, 1).map((p) => `policies/${p}/`), 'progress/', ...c.tasks.map((t) => `progress/${t}/`),
    'indicators/', 'kindergartens/', ...c.kindergartens.slice(0, 2).map((k) => `kindergartens/${k.id}/`), 'fees/', 'seats/', 'enrollment/', 'search/', 'about/', 'updates/', 'data/',
  ];
}

for (const js of [true, false]) {
  test.describe(js ? 'every page type, with JavaScript' : 'every page type, without JavaScript', () => {
    test.use({ javaScriptEnabled: js });
    test('loads with a heading, its own district and no empty chart', async ({ page }) => {
      test.setTimeout(120_000);
      const c = readSite(meta().contentDir);
      for (const path of pagesOf(meta().contentDir)) {
        const res = await page.goto(path);
        expect(res?.status(), path).toBe(200);
        await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
        await expect(page.locator('footer'), path).toContainText(c.site.name);
        // No chart without points: a line needs 2 points, bars a value other than 0.
        for (const raw of await page.locator('canvas[data-chart]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chart') ?? ''))) {
          const d = JSON.parse(raw) as { kind: string; labels: string[]; datasets: { data: (number | null)[] }[] };
          const values = d.datasets.flatMap((s) => s.data).filter((v): v is number => typeof v === 'number');
          if (d.kind === 'line') expect(d.labels.length, `${path}: trend chart points`).toBeGreaterThanOrEqual(2);
          else expect(values.some((v) => v !== 0), `${path}: bar chart with only zeros`).toBe(true);
        }
        // Every table a figure shows has rows.
        for (const n of await page.locator('[data-figure-table] tbody').evaluateAll((els) => els.map((e) => e.querySelectorAll('tr').length))) {
          expect(n, `${path}: empty figure table`).toBeGreaterThan(0);
        }
      }
    });
  });
}

test('every CSV a page links to exists and has data rows', async ({ page, request }) => {
  test.setTimeout(120_000);
  const links = new Set<string>();
  for (const path of pagesOf(meta().contentDir)) {
    await page.goto(path);
    for (const href of await page.locator('a[href$=".csv"]').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href))) links.add(href);
  }
  expect(links.size).toBeGreaterThan(0);
  for (const href of links) {
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
    const lines = (await res.text()).split('\r\n').filter(Boolean);
    expect(lines.length, `${href} has only a header`).toBeGreaterThanOrEqual(2);
  }
});

test('without monthly reports: no completion headline, a sentence instead, no trend CSV', async ({ page, request }) => {
  const c = readSite(meta().contentDir);
  test.skip(c.reports.length > 0, 'the site has monthly reports');
  for (const path of ['', 'progress/']) {
    await page.goto(path);
    await expect(page.locator('[data-headline-none]')).toContainText('尚未发布');
    await expect(page.locator('[data-headline]')).toHaveCount(0);
    await expect(page.locator('.task-meter progress')).toHaveCount(0);
  }
  await page.goto(`progress/${c.tasks[0]}/`);
  await expect(page.locator('.lead')).toContainText('尚未发布完成数据');
  expect((await request.get('data/progress-trend.csv')).status()).toBe(404);
  await expect(page.locator('a[href$="progress-trend.csv"]')).toHaveCount(0);
});

test('county words come from the content', async ({ page }) => {
  test.setTimeout(120_000);
  const e = meta().expect;
  test.skip(!e, 'no county-specific expectations for this project');
  const c = readSite(meta().contentDir);
  await page.goto('seats/');
  await expect(page.locator('.lead')).toContainText(`${e!.region} ${countedKindergartens(c).length} 所幼儿园`);
  await page.goto('kindergartens/');
  await expect(page.locator('[data-dir-table] thead')).toContainText(e!.subdivision!);
  await expect(page.locator('label[for="dir-street"]')).toHaveText(e!.subdivision!);
  // Each kindergarten page names its subdivision with that subdivision's own word.
  for (const k of c.kindergartens.slice(0, 12)) {
    const word = ['街道', '镇', '乡', '苏木'].find((w) => k.street.endsWith(w));
    if (!word) continue;
    await page.goto(`kindergartens/${k.id}/`);
    await expect(page.locator('dt', { hasText: new RegExp(`^${word}$`) })).toHaveCount(1);
  }
  for (const path of pagesOf(meta().contentDir)) {
    await page.goto(path);
    const text = await page.locator('body').innerText();
    for (const w of e!.forbidden ?? []) expect(text.includes(w), `${path} says ${w}`).toBe(false);
  }
});
