// How much JavaScript each kind of page loads, on every site the suite builds: the fees and kindergarten pages
// load no more than a plain page besides the small 复制链接 module, and chart.js loads only where a chart is.
// Which pages to compare comes from the project's content folder. Moved from e2e/shipped/ so a fork keeps it.
import type { Page, Request } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { readSite } from './site-content.ts';

const meta = () => test.info().project.metadata as { contentDir: string };

async function scriptsOf(page: Page, path: string) {
  const scripts: string[] = [];
  const onRequest = (r: Request) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); };
  page.on('request', onRequest);
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  page.off('request', onRequest);
  const inline = await page.locator('script:not([src])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  const charts = await page.locator('canvas[data-chart]').count();
  return { scripts: scripts.sort(), inline, charts };
}

test('no more JavaScript on the fees and kindergarten pages than on a plain page (大字模式), besides 复制链接', async ({ page }) => {
  const k = readSite(meta().contentDir).kindergartens.find((x) => !x.closedOn);
  const plain = await scriptsOf(page, 'about/');
  for (const path of ['fees/', ...(k ? [`kindergartens/${k.id}/`] : [])]) {
    const { scripts, inline } = await scriptsOf(page, path);
    expect(scripts, path).toEqual(plain.scripts);
    // The share block's 复制链接 module (src/scripts/copy-link.ts) is the only addition, and stays small.
    const extra = inline.filter((s) => !plain.inline.includes(s));
    expect(inline.length, path).toBe(plain.inline.length + 1);
    expect(extra.length, path).toBe(1);
    expect(extra[0], path).toContain('[data-copy-link]');
    expect(extra[0]!.length, path).toBeLessThan(1000);
  }
});

test('chart.js is loaded only on pages with charts, and those charts paint', async ({ page }) => {
  const plain = await scriptsOf(page, 'policies/');
  expect(plain.charts).toBe(0);
  // The check can fail: a page with a chart loads its chart script (the first such page of the site).
  let charted: { path: string; scripts: string[] } | undefined;
  for (const path of ['progress/', 'seats/', 'fees/', 'indicators/']) {
    const s = await scriptsOf(page, path);
    if (s.charts === 0) continue;
    charted = { path, scripts: s.scripts };
    break;
  }
  test.skip(!charted, 'a site whose pages have no chart');
  expect(charted!.scripts.length, charted!.path).toBeGreaterThan(plain.scripts.length);
  // Charts draw when they come near the screen.
  await page.locator('canvas[data-chart]').first().scrollIntoViewIfNeeded();
  await expect.poll(() => page.locator('canvas[data-chart]').first().evaluate((c) => {
    const canvas = c as HTMLCanvasElement;
    const d = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
    return n;
  })).toBeGreaterThan(0);
});
