/**
 * Search benchmark (issue 5): prints, for the shipped content and for a generated set 10× larger,
 *  - the Pagefind index size on disk (files the browser can fetch: pagefind.js, worker, wasm, index, fragments, filters),
 *  - bytes the browser fetches for the first query (raw, and gzip where the server would compress),
 *  - time from focusing the box to the first result on a cold load, mobile emulation with 4× CPU throttling.
 *   npm run bench:search            (builds both sets into .bench/)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, devices } from '@playwright/test';
import { generateContent } from './generate-content.ts';
import { benchQueries } from './queries.ts';
import { contentDir } from '../../src/lib/content/content-dir.ts';

const QUERIES = benchQueries(contentDir()).map((x) => x.q);

function build(contentDir: string | undefined, out: string) {
  const env = { ...process.env, DIST_DIR: out, ...(contentDir ? { CONTENT_DIR: contentDir } : {}) };
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
  return performance.now() - t0;
}

export function dirSize(dir: string, filter: (f: string) => boolean = () => true): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const p = join(dir, f);
    if (statSync(p).isFile() && filter(f)) {
      bytes += statSync(p).size;
      files++;
    }
  }
  return { bytes, files };
}

/** The search's own files: Pagefind, the best-bet shards, the word list for old browsers. */
const SEARCH_FILE = /\/(pagefind|search-names)\/|\/search-dictionary\.json/;

/**
 * First-query figures for each query on a cold load of /search/ served from `dist` (Pixel 7, 4× CPU):
 *  - ms: from the moment the box has focus (the visitor taps it) to the first answer in the page, both on
 *    the page's clock. Playwright's fill() spends a few hundred ms of its own checks before it focuses; a
 *    visitor does not, so that time is not counted.
 *  - raw / gz / requests: the search's own files fetched before the first answer, whenever they were
 *    requested (the engine the page preloads while idle included), plus anything else requested after focus.
 *  - after: what loads once the first answer is shown (the rest of the screen, the filter indexes).
 */
export async function measure(dist: string, port: number, queries: readonly string[] = QUERIES, running?: ChildProcess) {
  const server: ChildProcess = running ?? spawn(process.execPath, ['scripts/serve.ts', dist, String(port), '/'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 600));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const out: { q: string; ms: number; raw: number; gz: number; after: number; requests: number; hits: number; first: string | null }[] = [];
  try {
    for (const q of queries) {
      const ctx = await browser.newContext({ ...devices['Pixel 7'] });
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const fetched: { url: string; body: Buffer; at: number }[] = [];
      // Responses of the page and of the Pagefind worker, with the time each request started (epoch ms).
      ctx.on('response', async (r) => {
        try {
          const at = r.request().timing().startTime;
          fetched.push({ url: r.url(), body: await r.body(), at: at > 0 ? at : Date.now() });
        } catch {
          /* redirects and aborted requests have no body */
        }
      });
      await page.goto(`http://127.0.0.1:${port}/search/`, { waitUntil: 'networkidle' });
      // The moments the box gets focus and the first answer is in the page, on the page's clock (epoch ms):
      // a result, or the “nothing found” message.
      await page.evaluate(() => {
        const w = window as unknown as { focusAt?: number; firstAnswerAt?: number };
        const now = () => performance.timeOrigin + performance.now();
        document.querySelector('#search-page-q')?.addEventListener('focus', () => (w.focusAt ??= now()));
        const seen = () => document.querySelector('[data-search-results] li') || /没有找到/.test(document.querySelector('[data-search-status]')?.textContent ?? '');
        new MutationObserver(() => {
          if (w.firstAnswerAt === undefined && seen()) w.firstAnswerAt = now();
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      await page.locator('#search-page-q').fill(q);
      await page.locator('[data-search-results] li, [data-search-status]:has-text("没有找到")').first().waitFor({ timeout: 30_000 });
      const { t0, t1 } = await page.evaluate(() => {
        const w = window as unknown as { focusAt?: number; firstAnswerAt?: number };
        return { t0: w.focusAt ?? Date.now(), t1: w.firstAnswerAt ?? Date.now() };
      });
      const ms = Math.round(t1 - t0);
      const hits = await page.locator('[data-search-results] li').count();
      const first = hits ? await page.locator('[data-search-results] li a').first().getAttribute('href') : null;
      await page.waitForTimeout(3000);
      // Pagefind's own index files are compressed already; other text compresses on a usual server.
      const pre = (u: string) => /\.pf_|\.pagefind$/.test(u);
      const size = (f: { url: string; body: Buffer }) => (pre(f.url) ? f.body.length : gzipSync(f.body).length);
      const before = fetched.filter((f) => f.at <= t1 && (SEARCH_FILE.test(f.url) || f.at >= t0));
      const raw = before.reduce((n, f) => n + f.body.length, 0);
      const gz = before.reduce((n, f) => n + size(f), 0);
      const after = fetched.filter((f) => f.at > t1).reduce((n, f) => n + size(f), 0);
      // BENCH_FILES=1: what the first answer fetched, file by file (to see what a budget is spent on).
      if (process.env.BENCH_FILES) for (const f of before) console.log(`${q}\t${size(f)}\t${new URL(f.url).pathname}`);
      out.push({ q, ms, raw, gz, after, requests: before.length, hits, first });
      await ctx.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  return out;
}

if (import.meta.main) {
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sets = [
  { name: 'shipped content', content: undefined as string | undefined, dist: '.bench/dist-x1', port: 4391 },
  { name: '10× generated content', content: '.bench/content-x10', dist: '.bench/dist-x10', port: 4392 },
];
generateContent('.bench/content-x10', 10);
for (const s of sets) {
  const buildMs = build(s.content, s.dist);
  const pages = dirSize(s.dist, (f) => f.endsWith('.html')).files;
  const index = dirSize(join(s.dist, 'pagefind'), (f) => !/ui\.(js|css)$|highlight/.test(f));
  console.log(`\n== ${s.name}: ${pages} pages, build + index ${(buildMs / 1000).toFixed(1)} s`);
  console.log(`index on disk: ${kb(index.bytes)} in ${index.files} files`);
  for (const r of await measure(s.dist, s.port)) {
    console.log(`“${r.q}” (${r.hits} results): first answer ${r.ms} ms after focus (4× CPU, Pixel 7); fetched ${r.requests} files, ${kb(r.raw)} raw, ${kb(r.gz)} with gzip`);
  }
}
}
