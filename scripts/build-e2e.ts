/**
 * Builds the site twice for the e2e suite: at the root (dist/) and under the sub-path /xqjy/ (dist-base/),
 * each with SITE_URL set to where Playwright serves it, so canonical URLs and QR codes can be checked.
 */
import { spawnSync } from 'node:child_process';

// Same ports as playwright.config.ts (E2E_PORT lets two checkouts run side by side).
const port = Number(process.env.E2E_PORT ?? 4321);
const builds = [
  { DIST_DIR: 'dist', BASE: '/', SITE_URL: `http://127.0.0.1:${port}/` },
  { DIST_DIR: 'dist-base', BASE: '/xqjy/', SITE_URL: `http://127.0.0.1:${port + 1}/xqjy/` },
];
for (const env of builds) {
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
