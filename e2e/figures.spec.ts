import { test, expect } from './fixtures.ts';
import { readSite } from './site-content.ts';

// Inspectors read every figure with its source and as-of date; no figure may show without them. Before the
// first monthly report the progress figures have no date to state (their tables show no completion yet).
test('every figure states its source and as-of date', async ({ page }) => {
  const c = readSite((test.info().project.metadata as { contentDir: string }).contentDir);
  const PAGES = ['progress/', ...c.tasks.map((t) => `progress/${t}/`), 'indicators/', 'fees/', 'seats/'];
  let seen = 0;
  for (const path of PAGES) {
    await page.goto(path);
    const figures = page.locator('section[data-figure]');
    const n = await figures.count();
    for (let i = 0; i < n; i++) {
      const fig = figures.nth(i);
      const id = await fig.getAttribute('data-figure');
      await expect(fig.locator('.figure-meta'), `${path} ${id}`).toContainText('来源：');
      if (c.reports.length === 0 && id?.startsWith('progress-')) continue;
      await expect(fig.locator('.figure-meta'), `${path} ${id}`).toContainText(/统计截至 \d{4}年\d{1,2}月\d{1,2}日/);
    }
    seen += n;
  }
  expect(seen).toBeGreaterThanOrEqual(PAGES.length);
});
