// The production server: nginx with deploy/nginx.conf and its site file conf.d/xqjy.conf (or nginx-subpath.conf) serving the build, started by
// `npm run preview:nginx` (playwright.config.ts, projects nginx and nginx-subpath). Headers, 404, compression,
// caching, types, and the site working under the header CSP with no violation on any page type.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { routeExpectation } from '../scripts/lib/build-check.ts';
import { metaCsp } from '../scripts/lib/csp-header.ts';

test.beforeEach(({}, info) => {
  test.skip(!info.project.name.startsWith('nginx'), 'runs against nginx only');
});

const outDir = (info: { project: { metadata: Record<string, unknown> } }) => String(info.project.metadata.outDir);
function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'));
}
/** One built page per route of src/pages (the page types), as paths relative to the base. */
function pageTypes(dir: string): string[] {
  const files = builtFiles(dir);
  const routes = builtFiles('src/pages').map(routeExpectation).filter((r) => r && r.example.endsWith('.html'));
  return routes.map((r) => files.find((f) => r!.pattern.test(f))!).map((f) => f.replace(/index\.html$/, ''));
}
const BROTLI = existsSync('/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so');

/** Records securitypolicyviolation events from the first script on. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

test.describe('nginx serving the build', () => {
  test('security headers on every page type; the CSP is the page’s own, wasm only where Pagefind runs', async ({ page }, info) => {
    const dir = outDir(info);
    const types = pageTypes(dir);
    expect(types.length).toBeGreaterThanOrEqual(10);
    await watchCsp(page);
    for (const path of types) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      const h = res!.headers();
      expect(h['x-content-type-options'], path).toBe('nosniff');
      expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(h['permissions-policy'], path).toContain('camera=()');
      const csp = h['content-security-policy']!;
      expect(csp, path).toContain("frame-ancestors 'self'");
      const script = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'))!;
      expect(script, path).not.toContain('unsafe-inline');
      expect(script, path).toMatch(/'sha256-/);
      // The header carries the hashes of the page's own meta tag: both policies apply.
      const meta = metaCsp(readFileSync(join(dir, path.endsWith('.html') ? path : `${path}index.html`), 'utf8'))!;
      for (const hash of meta.match(/'sha256-[^']+'/g) ?? []) expect(csp, `${path} ${hash}`).toContain(hash);
      expect(script.includes("'wasm-unsafe-eval'"), path).toBe(path === 'search/');
      expect(await violations(page), path).toEqual([]);
    }
  });

  test('an unknown address gets the site’s 404 page with status 404', async ({ page, request }) => {
    const res = await page.goto('no-such-page/');
    expect(res?.status()).toBe(404);
    expect(res?.headers()['content-type']).toBe('text/html; charset=utf-8');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    // A folder without index.html is not listed: also the 404 page.
    const astro = await request.get('_astro/');
    expect(astro.status()).toBe(404);
    expect(await astro.text()).toContain('页面不存在');
    // The deploy files that travel with the build are not served.
    expect((await request.get('_deploy/nginx-csp.conf')).status()).toBe(404);
    expect((await request.get('_deploy/headers.json')).status()).toBe(404);
  });

  test('a folder without its slash redirects, relative to the host', async ({ request, baseURL }) => {
    const res = await request.get('fees', { maxRedirects: 0 });
    expect(res.status()).toBe(301);
    expect(res.headers()['location']).toBe(`${new URL(baseURL!).pathname}fees/`);
  });

  test('gzip (and brotli where installed) for text; caching: hashed assets a year, the rest revalidates', async ({ request }, info) => {
    const files = builtFiles(outDir(info));
    const css = files.find((f) => f.startsWith('_astro/') && f.endsWith('.css'))!;
    const js = files.find((f) => f.startsWith('_astro/') && f.endsWith('.js'))!;
    const csv = files.find((f) => f.endsWith('.csv'))!;
    const pfIndex = files.find((f) => f.endsWith('.pf_index'))!;
    const pfFragment = files.find((f) => f.endsWith('.pf_fragment'))!;
    const pfMeta = files.find((f) => f.endsWith('.pf_meta'))!;
    const wasm = files.find((f) => f.startsWith('pagefind/') && f.endsWith('.pagefind'))!;
    const cases: [string, string, string][] = [
      ['', 'text/html; charset=utf-8', 'no-cache'],
      ['fees/', 'text/html; charset=utf-8', 'no-cache'],
      [css, 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
      [js, 'application/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
      [csv, 'text/csv; charset=utf-8', 'no-cache'],
      ['pagefind/pagefind.js', 'application/javascript; charset=utf-8', 'no-cache'],
      ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8', 'no-cache'],
      [wasm, 'application/octet-stream', 'no-cache'],
      [pfIndex, 'application/octet-stream', 'public, max-age=31536000, immutable'],
      [pfFragment, 'application/octet-stream', 'public, max-age=31536000, immutable'],
      [pfMeta, 'application/octet-stream', 'public, max-age=31536000, immutable'],
    ];
    for (const [path, type, cache] of cases) {
      const res = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-type'], path).toBe(type);
      expect(res.headers()['cache-control'], path).toBe(cache);
      // Text is compressed (above gzip_min_length); Pagefind's binary files are compressed already and are sent as they are.
      const size = statSync(join(outDir(info), path.endsWith('/') || path === '' ? `${path}index.html` : path)).size;
      const text = type.includes('charset');
      expect(res.headers()['content-encoding'], path).toBe(text && size >= 256 ? 'gzip' : undefined);
      if (text && size >= 256) expect(res.headers()['vary'], path).toContain('Accept-Encoding');
    }
    const br = await request.get('', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers()['content-encoding']).toBe(BROTLI ? 'br' : 'gzip');
    // Revalidation works: the same ETag gets a 304 without a body.
    const first = await request.get('fees/');
    const again = await request.get('fees/', { headers: { 'if-none-match': first.headers()['etag']! } });
    expect(again.status()).toBe(304);
  });

  test('search works under the header CSP (Pagefind worker and WebAssembly)', async ({ page }) => {
    await watchCsp(page);
    await page.goto(`search/?q=${encodeURIComponent('收费标准')}`);
    const first = page.locator('[data-search-results] li').first();
    // The first search loads the worker, the WebAssembly and the index: allow for a busy machine.
    await expect(first).toBeVisible({ timeout: 15_000 });
    await expect(first.locator('a')).toHaveAttribute('href', /fees\/$/);
    expect(await violations(page)).toEqual([]);
  });

  test('charts paint under the header CSP', async ({ page }) => {
    await watchCsp(page);
    // The first page of the site with a chart (a county without monthly reports may have none on /progress/).
    let charted = false;
    for (const path of ['progress/', 'seats/', 'fees/', 'indicators/']) {
      await page.goto(path);
      if (await page.locator('canvas[data-chart]').count()) {
        charted = true;
        break;
      }
    }
    test.skip(!charted, 'a site without charts');
    const canvas = page.locator('canvas[data-chart]').first();
    // Charts draw when they come near the screen.
    await canvas.scrollIntoViewIfNeeded();
    await expect(canvas).toBeVisible();
    await expect
      .poll(() => canvas.evaluate((c: HTMLCanvasElement) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let on = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) on++;
        return on;
      }))
      .toBeGreaterThan(500);
    expect(await violations(page)).toEqual([]);
  });

  test('大字模式 applies and persists under the header CSP', async ({ page }) => {
    await watchCsp(page);
    await page.goto('policies/');
    const size = () => page.locator('main p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size()).toBeLessThan(18);
    await page.getByLabel('大字模式').check();
    expect(await size()).toBeGreaterThanOrEqual(18);
    // The early inline script (hashed in the header and the meta tag) applies it before paint on the next page.
    await page.goto('fees/');
    expect(await size()).toBeGreaterThanOrEqual(18);
    expect(await violations(page)).toEqual([]);
  });
});
