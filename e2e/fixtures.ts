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
