import { defineConfig, devices } from '@playwright/test';
import { sameTree } from './scripts/lib/same-tree.ts';
import { shippedContentPresent } from './tests/shipped/present.ts';
import { contentDir } from './src/lib/content/content-dir.ts';

// Debian's Chromium: Playwright cannot download its own browsers on these machines.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** The two builds of the shipped content made by scripts/build-e2e.ts: at the root and under a sub-path. */
// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4321);
export const SERVERS = {
  root: { port, base: '/', outDir: 'dist' },
  subpath: { port: port + 1, base: '/xqjy/', outDir: 'dist-base' },
} as const;

/** The same two builds served by nginx with the production config (deploy/, `npm run preview:nginx`). */
const nginxPort = Number(process.env.E2E_NGINX_PORT ?? port + 5);
export const NGINX_SERVERS = {
  nginx: { port: nginxPort, base: '/', outDir: 'dist' },
  'nginx-subpath': { port: nginxPort + 1, base: '/xqjy/', outDir: 'dist-base' },
} as const;

/**
 * Fixture sites (tests/fixtures/sites/<name>/), each built by scripts/build-e2e.ts from its own CONTENT_DIR
 * and tested by e2e/any-county.spec.ts with its county words. Invented content, marked sample.
 */
export const E2E_FIXTURES = [
  // A 区 whose subdivisions are all 街道, with two monthly reports.
  { name: 'district-streets', port: port + 2, expect: { region: '全区', subdivision: '街道', forbidden: ['全县', '镇（乡）', '县（区）'] } },
  // A 县 with 镇 and 乡, 12 kindergartens, no monthly report, no indicator, no 新建 project.
  { name: 'county-towns', port: port + 3, expect: { region: '全县', subdivision: '镇（乡）', forbidden: ['街道', '全区', '县（区）'] } },
  // A 旗 with 镇 and 苏木: Mongolian-language kindergartens, 嘎查村幼儿班 without published fees, a 苏木 centre with
  // only a meal fee, one closed, one 暂停招生, one 新建未开园; reports with percent targets.
  { name: 'banner-qi', port: port + 4, expect: { region: '全旗', subdivision: '镇（苏木）', forbidden: ['全县', '全区', '街道', '县（区）'] } },
].map((f) => ({ ...f, contentDir: `tests/fixtures/sites/${f.name}`, outDir: `dist-fixture-${f.name}` }))
  // A fixture site that is the content itself (a fork that copied it over content/, as .ci/run's fork stage does)
  // is already built and tested by the root and sub-path projects: neither built nor tested twice.
  .filter((f) => !sameTree(f.contentDir, contentDir()));
// Specs of e2e/shipped/ test the shipped content and run only while it is in place (tests/shipped/present.ts).
// Every other spec reads its expectations from the content and also runs on the fixture sites, except the
// slow axe crawl; any-county.spec.ts is skipped on the sub-path build (the root build covers it).
const SHIPPED_SPECS = /[\\/]shipped[\\/]/;
const ANY_COUNTY = /any-county\.spec\.ts$/;
const ignoreShipped = shippedContentPresent() ? [] : [SHIPPED_SPECS];
// The browser editor runs against its own `npm run edit` server on a copy of a fixture site (e2e/editor.spec.ts).
const EDITOR = /editor\.spec\.ts$/;
/** Port of that server. */
export const EDITOR_PORT = port + 7;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  retries: 0,
  use: {
    ...devices['Pixel 7'],
    browserName: 'chromium',
    launchOptions: { executablePath, args },
    locale: 'zh-CN',
    serviceWorkers: 'block',
  },
  projects: [
    ...Object.entries(SERVERS).map(([name, s]) => ({
      name,
      use: { baseURL: `http://127.0.0.1:${s.port}${s.base}` },
      metadata: { contentDir: contentDir() },
      testIgnore: [...ignoreShipped, EDITOR, ...(name === 'subpath' ? [ANY_COUNTY] : [])],
    })),
    ...E2E_FIXTURES.map((f) => ({
      name: `fixture-${f.name}`,
      testMatch: [ANY_COUNTY, /layout\.spec\.ts$/, /figures\.spec\.ts$/, /search-typing\.spec\.ts$/, /updates\.spec\.ts$/, /share\.spec\.ts$/, /open-data\.spec\.ts$/, /enrollment\.spec\.ts$/,
        /honest-states\.spec\.ts$/, /directory\.spec\.ts$/, /print\.spec\.ts$/, /figure-tables\.spec\.ts$/, /search-live\.spec\.ts$/, /scripts-budget\.spec\.ts$/, /first-screen\.spec\.ts$/],
      use: { baseURL: `http://127.0.0.1:${f.port}/` },
      metadata: { contentDir: f.contentDir, expect: f.expect },
    })),
    {
      name: 'editor',
      testMatch: EDITOR,
      use: { ...devices['Desktop Chrome'], browserName: 'chromium' as const, launchOptions: { executablePath, args }, locale: 'en-US', viewport: { width: 1280, height: 900 } },
    },
    ...Object.entries(NGINX_SERVERS).map(([name, s]) => ({
      name,
      // open-data.spec.ts also runs here: the dataset files' types and sizes as nginx serves them.
      testMatch: ['nginx.spec.ts', 'open-data.spec.ts'],
      metadata: { outDir: s.outDir, contentDir: contentDir() },
      use: { baseURL: `http://127.0.0.1:${s.port}${s.base}` },
    })),
  ],
  webServer: [...Object.values(SERVERS), ...E2E_FIXTURES.map((f) => ({ ...f, base: '/' }))].map((s) => ({
    command: `node scripts/serve.ts ${s.outDir} ${s.port} ${s.base}`,
    url: `http://127.0.0.1:${s.port}${s.base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  })).concat(Object.values(NGINX_SERVERS).map((s) => ({
    command: 'node scripts/preview-nginx.ts',
    env: { PORT: String(s.port), DIST_DIR: s.outDir, BASE: s.base },
    url: `http://127.0.0.1:${s.port}${s.base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  }))),
});
