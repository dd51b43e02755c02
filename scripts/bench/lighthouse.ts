/**
 * Lighthouse on one page of each page type (the per-page-type tables of docs/ARCHITECTURE.md), served by nginx
 * with the production config (scripts/preview-nginx.ts: gzip, caching, header CSP), in Debian's Chromium.
 * Lighthouse's mobile defaults: Moto G Power emulation, simulated slow 4G, 4× CPU slowdown. Prints performance
 * score, LCP, TBT, CLS, FCP and the bytes transferred. Figures, not assertions.
 *   npm run bench:lighthouse                 the build in dist/ (npm run build first)
 *   npm run bench:lighthouse -- --scale 100  generates 100× content (scripts/bench/generate-content.ts), builds it, measures it
 *   options: --dist <dir> --port <n> --runs <n> (median of n runs per page, default 1)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { generateContent } from './generate-content.ts';
import { PAGE_TYPES } from './page-types.ts';

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const port = Number(opt('port') ?? 4390);
const runs = Number(opt('runs') ?? 1);
const scale = opt('scale');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let dist = opt('dist') ?? 'dist';
if (scale) {
  const tmp = mkdtempSync(join(tmpdir(), `xqjy-lh-${scale}x-`));
  const content = join(tmp, 'content');
  generateContent(content, Number(scale));
  dist = join(tmp, 'dist');
  console.log(`${scale}×: building ${content} → ${dist} …`);
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist, BASE: '/' }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr.slice(-3000));
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html 不存在：先运行 npm run build，或用 --scale N。`);
  process.exit(1);
}

/** Public paths of the built pages (a/b/index.html → /a/b/). */
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
  .map((f) => `/${relative(dist, join(dist, f)).replace(/index\.html$/, '')}`)
  .sort();

// The build's base path (a sub-path build is served under it).
const base = /<link rel="icon" href="([^"]*)favicon\.svg"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1] ?? '/';

const server = spawn(process.execPath, ['scripts/preview-nginx.ts'], { env: { ...process.env, PORT: String(port), DIST_DIR: dist, BASE: base }, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
const stop = () => {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    /* already stopped */
  }
};
process.on('exit', stop);
for (const s of ['SIGINT', 'SIGTERM'] as const) process.on(s, () => process.exit(130));
const origin = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  if (await fetch(`${origin}${base}`).then((r) => r.ok, () => false)) break;
  if (i > 100) throw new Error('nginx did not start');
  await new Promise((r) => setTimeout(r, 200));
}

interface Figures {
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
  bytes: number;
}

function lighthouse(url: string): Figures {
  const r = spawnSync(process.execPath, [
    join('node_modules', 'lighthouse', 'cli', 'index.js'), url, '--output=json', '--output-path=stdout', '--quiet',
    '--only-categories=performance', `--chrome-path=${chromium}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CHROME_PATH: chromium } });
  if (r.status !== 0) throw new Error(`lighthouse ${url}:\n${r.stderr.slice(-2000)}`);
  const lhr = JSON.parse(r.stdout) as { categories: { performance: { score: number } }; audits: Record<string, { numericValue?: number }> };
  const v = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    score: lhr.categories.performance.score, lcp: v('largest-contentful-paint'), tbt: v('total-blocking-time'),
    cls: v('cumulative-layout-shift'), fcp: v('first-contentful-paint'), bytes: v('total-byte-weight'),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

console.log(`\nLighthouse ${JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version}, mobile defaults, ${runs} run(s) per page (median), ${dist}, ${pages.length} pages\n`);
console.log('| page type | page | performance | LCP | TBT | CLS | FCP | transferred |\n|---|---|---|---|---|---|---|---|');
for (const [name, re] of PAGE_TYPES) {
  const page = pages.find((p) => re.test(p));
  if (!page) continue;
  const all = Array.from({ length: runs }, () => lighthouse(`${origin}${base}${page.slice(1)}`));
  const m = (k: keyof Figures) => median(all.map((f) => f[k]));
  console.log(`| ${name} | ${page} | ${m('score').toFixed(2)} | ${(m('lcp') / 1000).toFixed(2)} s | ${m('tbt').toFixed(0)} ms | ${m('cls').toFixed(3)} | ${(m('fcp') / 1000).toFixed(2)} s | ${(m('bytes') / 1024).toFixed(1)} KB |`);
}
stop();
process.exit(0);
