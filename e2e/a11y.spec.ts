import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

// Every page reachable from the home page, checked with axe (all default rules: WCAG 2.x A/AA and best
// practices, every impact level), in both display modes.
test.describe('accessibility (axe, every rule and impact)', () => {
  test('every reachable page has no violations, in normal and 大字模式', async ({ page, baseURL }) => {
    // Every reachable page, twice: ~3 min on an idle 2-core machine, and the site keeps gaining page types.
    test.setTimeout(420_000);
    const base = new URL(baseURL!);
    const seen = new Set<string>();
    const perTemplate = new Map<string, number>();
    // The search page and the 404 page are reached by form and by mistake, not by links.
    const queue = [base.href, new URL('search/?q=收费', base).href, new URL('no-such-page/', base).href];
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      await page.goto(url);
      // Check the search page with its results rendered, not empty.
      if (url.includes('?q=')) await page.locator('[data-search-results] li').first().waitFor();
      const links = await page.locator('a[href]').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
      for (const l of links) {
        const u = new URL(l);
        u.hash = '';
        u.search = '';
        if (u.origin !== base.origin || !u.pathname.startsWith(base.pathname) || !u.pathname.endsWith('/') || seen.has(u.href) || queue.includes(u.href)) continue;
        // Pages built from one template (/kindergartens/<id>/, …) are checked on a few samples: the suite
        // must stay fast when a district lists 150 kindergartens.
        const parent = u.pathname.replace(/[^/]+\/$/, '');
        if (parent.length > base.pathname.length && (perTemplate.get(parent) ?? 0) >= 2) continue;
        if (parent.length > base.pathname.length) perTemplate.set(parent, (perTemplate.get(parent) ?? 0) + 1);
        queue.push(u.href);
      }
      for (const mode of ['normal', 'dazi'] as const) {
        if (mode === 'dazi') await page.getByLabel('大字模式').check();
        // Every rule axe runs by default (WCAG 2.x A/AA and best practices such as region and landmark-unique),
        // at every impact level: minor and moderate findings fail as well as serious and critical ones.
        const result = await new AxeBuilder({ page }).analyze();
        const problems = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
        expect(problems, `${url} (${mode})`).toEqual([]);
      }
      await page.getByLabel('大字模式').uncheck();
    }
    expect(seen.size).toBeGreaterThanOrEqual(6);
  });
});
