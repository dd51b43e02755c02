import { readdirSync } from 'node:fs';
import { test, expect } from './fixtures.ts';

const tasks = readdirSync(new URL('../content/tasks/', import.meta.url)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
const PAGES = ['progress/', ...tasks.map((t) => `progress/${t}/`), 'indicators/', 'fees/', 'seats/'];

// Inspectors read every figure with its source and as-of date; no figure may show without them.
test('every figure states its source and as-of date', async ({ page }) => {
  let seen = 0;
  for (const path of PAGES) {
    await page.goto(path);
    const figures = page.locator('section[data-figure]');
    const n = await figures.count();
    for (let i = 0; i < n; i++) {
      const fig = figures.nth(i);
      const id = await fig.getAttribute('data-figure');
      await expect(fig.locator('.figure-meta'), `${path} ${id}`).toContainText('来源：');
      await expect(fig.locator('.figure-meta'), `${path} ${id}`).toContainText(/统计截至 \d{4}年\d{1,2}月\d{1,2}日/);
    }
    seen += n;
  }
  expect(seen).toBeGreaterThanOrEqual(PAGES.length);
});
