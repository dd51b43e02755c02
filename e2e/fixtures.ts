import jsQR from 'jsqr';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every e2e test runs under this guard: it fails the test on any console error, uncaught exception,
 * CSP violation or request that leaves the site's origin (no CDN, font, analytics, map tiles).
 */
export const test = base.extend<{ guard: { errors: string[]; outside: string[] } }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const errors: string[] = [];
      const outside: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => {
        const u = r.url();
        if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) outside.push(u);
      });
      const state = { errors, outside };
      await use(state);
      expect(outside, 'requests that left the site').toEqual([]);
      // A 404 page is expected to log its own 404 status; everything else must be clean.
      expect(errors.filter((e) => !/status of 404/.test(e)), 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Body text with all whitespace removed, for comparing against source text laid out differently. */
export async function flatText(page: Page, selector = 'main'): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/\s+/g, '');
}

/**
 * Holds the search page's own script back, as a slow phone on 4G would, until the returned function is
 * called: for tests of what a visitor does before the script has run.
 */
export async function holdSearchScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/_astro\/search\.astro_astro_type_script[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Draws the page's QR code (an `<img>` as the browser loaded it, or an inline SVG) onto a canvas in the page,
 * reads it back as dark/light pixels (one character each, to keep the transfer small) and decodes them here
 * with jsQR.
 */
export async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  const size = 240;
  const bits = await page.locator(selector).evaluate(async (el, px) => {
    const img = new Image();
    if (el instanceof HTMLImageElement) {
      img.src = el.currentSrc || el.src;
    } else {
      const xml = new XMLSerializer().serializeToString(el);
      img.src = `data:image/svg+xml;base64,${btoa(String.fromCharCode(...new TextEncoder().encode(xml)))}`;
    }
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = px;
    const ctx = canvas.getContext('2d')!;
    ctx.imageSmoothingEnabled = false;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, px, px);
    ctx.drawImage(img, 0, 0, px, px);
    const d = ctx.getImageData(0, 0, px, px).data;
    let out = '';
    for (let i = 0; i < d.length; i += 4) out += d[i]! + d[i + 1]! + d[i + 2]! < 384 ? '1' : '0';
    return out;
  }, size);
  const rgba = new Uint8ClampedArray(size * size * 4);
  for (let i = 0; i < bits.length; i++) {
    const v = bits[i] === '1' ? 0 : 255;
    rgba.set([v, v, v, 255], i * 4);
  }
  return jsQR(rgba, size, size)?.data;
}
