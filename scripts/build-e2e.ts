/**
 * Builds the sites the e2e suite runs against: the shipped content at the root (dist/) and under the sub-path
 * /xqjy/ (dist-base/), and every fixture site of tests/fixtures/sites/ (E2E_FIXTURES in playwright.config.ts,
 * each from its own CONTENT_DIR into its own DIST_DIR). SITE_URL is where Playwright serves each build, so
 * canonical URLs and QR codes can be checked.
 */
import { spawnSync } from 'node:child_process';
import { E2E_FIXTURES, SERVERS } from '../playwright.config.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';

const builds: Record<string, string>[] = [
  { DIST_DIR: SERVERS.root.outDir, BASE: SERVERS.root.base, SITE_URL: `http://127.0.0.1:${SERVERS.root.port}${SERVERS.root.base}` },
  { DIST_DIR: SERVERS.subpath.outDir, BASE: SERVERS.subpath.base, SITE_URL: `http://127.0.0.1:${SERVERS.subpath.port}${SERVERS.subpath.base}` },
  ...E2E_FIXTURES.map((f) => ({ CONTENT_DIR: f.contentDir, DIST_DIR: f.outDir, BASE: '/', SITE_URL: `http://127.0.0.1:${f.port}/` })),
];
for (const env of builds) {
  console.log(`\n▶ e2e build ${env.DIST_DIR} (${env.CONTENT_DIR ?? contentDir()})`);
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
