// Sitemap and robots.txt: emitted because the e2e builds set SITE_URL; every page of the build is listed,
// under the project's base path, and nothing else.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test, expect } from './fixtures.ts';
import { SERVERS } from '../playwright.config.ts';

/** Every HTML page of a build folder as its public path (a/b/index.html → a/b/), 404.html left out. */
function pages(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html') out.push(relative(dir, d).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.map((p) => (p ? `${p}/` : '')).sort();
}

test('the sitemap lists every page of the build under the base path, and robots.txt names it', async ({ request, baseURL }, info) => {
  const server = SERVERS[info.project.name as keyof typeof SERVERS];
  test.skip(!server, 'runs on the builds of content/ (root and sub-path)');
  const robots = await request.get('robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain(`Sitemap: ${baseURL}sitemap-index.xml`);

  const index = await (await request.get('sitemap-index.xml')).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(maps.length).toBeGreaterThan(0);
  const locs: string[] = [];
  for (const m of maps) {
    expect(m.startsWith(baseURL!)).toBe(true);
    const xml = await (await request.get(m)).text();
    locs.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => x[1]!));
  }
  for (const l of locs) expect(l.startsWith(baseURL!), l).toBe(true);
  expect(locs.map((l) => l.slice(baseURL!.length)).sort()).toEqual(pages(server!.outDir));
});
