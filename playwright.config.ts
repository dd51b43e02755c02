import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium: Playwright cannot download its own browsers on these machines.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** The two builds made by scripts/build-e2e.ts: at the root and under a sub-path. */
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
  projects: Object.entries(SERVERS).map(([name, s]) => ({
    name,
    use: { baseURL: `http://127.0.0.1:${s.port}${s.base}` },
  })).concat(Object.entries(NGINX_SERVERS).map(([name, s]) => ({
    name,
    testMatch: 'nginx.spec.ts',
    metadata: { outDir: s.outDir },
    use: { baseURL: `http://127.0.0.1:${s.port}${s.base}` },
  }))),
  webServer: Object.values(SERVERS).map((s) => ({
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
