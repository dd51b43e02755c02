// Share blocks (分享本页) on the five page types that posters and WeChat messages point to: the QR code decodes
// to the page's own absolute address, the address is shown as text, 复制链接 copies it and announces 已复制.
// Without JavaScript the address is there as text and no button is shown. Runs on every build of the suite:
// each build's SITE_URL is where Playwright serves it (scripts/build-e2e.ts), so the expected address is the
// project's baseURL plus the page path, under the /xqjy/ base path on the sub-path project. The pages come
// from the content folder the project was built from. The build without a public address (no block at all)
// is tested in tests/build/qr-without-address.test.ts.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, decodeQr } from './fixtures.ts';
import { readSite, type SiteContent } from './site-content.ts';

const PAGES: [string, (c: SiteContent) => string][] = [
  ['policy', (c) => `policies/${c.policies[0]}/`],
  ['progress task', (c) => `progress/${c.tasks[0]}/`],
  ['kindergarten', (c) => `kindergartens/${c.kindergartens[0]!.id}/`],
  ['fees', () => 'fees/'],
  ['seats', () => 'seats/'],
  ['enrollment', () => 'enrollment/'],
];
const content = () => readSite((test.info().project.metadata as { contentDir: string }).contentDir);

// One QR code per page: the share block's, or on a kindergarten page its 本页二维码 section (the printed
// poster draws its own code, outside [data-qr]).
const qr = (page: Page) => page.locator('main [data-qr]');
const copyButton = (page: Page) => qr(page).getByRole('button', { name: '复制链接' });

for (const [name, pathOf] of PAGES) {
  test.describe(`${name} page`, () => {
    test('the QR code decodes to the page’s absolute address, shown as text', async ({ page, baseURL }) => {
      const path = pathOf(content());
      const want = new URL(path, baseURL).href;
      await page.goto(path);
      expect(page.url()).toBe(want);
      await expect(qr(page)).toHaveCount(1);
      // A PNG <img> with alt text: WeChat's long press (识别二维码) recognises images, not inline SVG.
      const img = qr(page).locator('img.qr');
      await expect(img).toBeVisible();
      await expect(qr(page).locator('svg')).toHaveCount(0);
      await expect(img).toHaveAttribute('src', /^data:image\/png;base64,/);
      await expect(img).toHaveAttribute('alt', /^[^a-z]*二维码[^a-z]*$/i);
      expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
      expect(await decodeQr(page, 'main [data-qr] img.qr')).toBe(want);
      await expect(qr(page).locator('[data-copy-source]')).toHaveText(want);
      await expect(qr(page).locator('[data-copy-source]')).toBeVisible();
    });

    test('复制链接 copies the address and announces 已复制', async ({ page, context, baseURL }) => {
      const path = pathOf(content());
      const want = new URL(path, baseURL).href;
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
      await page.goto(path);
      const status = qr(page).getByRole('status');
      await expect(status).toHaveText('');
      await copyButton(page).click();
      await expect(status).toHaveText('已复制');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(want);
    });

    test('without JavaScript the address is text and there is no button', async ({ browser, baseURL }) => {
      const path = pathOf(content());
      const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
      const page = await ctx.newPage();
      await page.goto(path);
      await expect(qr(page).locator('[data-copy-source]')).toHaveText(new URL(path, baseURL).href);
      await expect(qr(page).locator('[data-copy-source]')).toBeVisible();
      await expect(qr(page).locator('img.qr')).toBeVisible();
      await expect(qr(page).locator('button')).toBeHidden();
      await expect(copyButton(page)).toHaveCount(0);
      await ctx.close();
    });

    test('compact on a 375 px phone; in print the code stays and the button goes', async ({ page }) => {
      const path = pathOf(content());
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto(path);
      await expect(copyButton(page)).toBeVisible();
      const box = (await qr(page).boundingBox())!;
      const code = (await qr(page).locator('img.qr').boundingBox())!;
      const text = (await qr(page).locator('[data-copy-source]').boundingBox())!;
      // Nothing wider than the phone, the address beside the code rather than under it, and the whole
      // block (code, address, button) no taller than the code plus a button row.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      expect(text.x).toBeGreaterThan(code.x + code.width);
      expect(box.height).toBeLessThanOrEqual(code.height + 80);
      await page.emulateMedia({ media: 'print' });
      await expect(copyButton(page)).toBeHidden();
      // A kindergarten page prints its 收费公示 poster instead (tested with the poster).
      if (name !== 'kindergarten') {
        const printed = (await qr(page).locator('img.qr').boundingBox())!;
        expect(printed.width).toBeLessThanOrEqual(120); // 3 cm at 96 px/in, plus the border
        expect(printed.width).toBeGreaterThanOrEqual(100);
        expect(await decodeQr(page, 'main [data-qr] img.qr')).toBe(page.url());
      }
    });
  });
}

// In-app browsers without the clipboard API (or refusing it) and without the legacy copy command: the address is
// selected for the visitor to copy, and the announcement says so.
test('without a usable clipboard, 复制链接 selects the address and says so', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    document.execCommand = () => false;
  });
  await page.goto('fees/');
  await copyButton(page).click();
  await expect(qr(page).getByRole('status')).toHaveText('链接已选中，请手动复制');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(new URL('fees/', baseURL).href);
});

// The crawl of a11y.spec.ts checks every page type with its share block as loaded; this checks the block once
// more after copying, with its announcement shown, in both display modes (one page: axe is slow).
test('the share block after copying has no axe violations, in normal and 大字模式', async ({ page, context, baseURL }) => {
  // Two axe runs: as slow as the other axe tests on a busy machine.
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto('fees/');
  for (const mode of ['normal', 'dazi'] as const) {
    // 大字模式 is remembered: the reload starts with an empty announcement again.
    if (mode === 'dazi') {
      await page.getByLabel('大字模式').check();
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-dazi', '');
    }
    await expect(qr(page).getByRole('status')).toHaveText('');
    await copyButton(page).click();
    await expect(qr(page).getByRole('status')).toHaveText('已复制');
    const result = await new AxeBuilder({ page }).include('main [data-qr]').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), mode).toEqual([]);
  }
});
