/**
 * `npm run bench`: how build, index, pages and search grow with the content (issue 11).
 * For each scale (1× = the shipped content, N× = scripts/bench/generate-content.ts), it validates the
 * generated content, times the Astro build and the Pagefind indexing apart (each a child process under
 * /usr/bin/time -v for its peak RSS), measures dist/, the index, the largest HTML page and the first
 * query of three searches (scripts/bench/search.ts), and builds a bare Astro project with the same number
 * of plain pages in the same run, for the ratio.
 *   npm run bench                              1×, 10×, 100×
 *   npm run bench -- --scale 1,1000            chosen scales
 *   npm run bench -- --scale 1 --no-search     no browser (the test suite)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkContent } from '../load-content.ts';
import { generateContent } from './generate-content.ts';
import { benchQueries } from './queries.ts';
import { contentDir } from '../../src/lib/content/content-dir.ts';

/** The content the scales are made from: CONTENT_DIR (any county's) or ./content. */
const SOURCE = contentDir();


/** One child process: wall time and peak resident memory. */
interface Timed {
  ms: number;
  rssMb: number;
}

function timed(args: string[], env: Record<string, string> = {}, cwd = process.cwd()): Timed {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-4000)}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? 0);
  return { ms, rssMb: kb / 1024 };
}

function files(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((p) => statSync(p).isFile())
    .map((path) => ({ path, bytes: statSync(path).size }));
}

const sum = (list: { bytes: number }[]) => list.reduce((n, f) => n + f.bytes, 0);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Builds a bare Astro project of `pages` plain pages with this repository's Astro; returns its build. */
function bareAstro(pages: number): Timed {
  const dir = mkdtempSync(join(tmpdir(), 'bare-astro-'));
  try {
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
    writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
    mkdirSync(join(dir, 'src', 'pages', 'p'), { recursive: true });
    writeFileSync(
      join(dir, 'src', 'pages', 'p', '[n].astro'),
      `---\nexport function getStaticPaths() { return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } })); }\nconst { n } = Astro.params;\n---\n<html lang="zh-CN"><head><meta charset="utf-8" /><title>页面 {n}</title></head><body><main><h1>页面 {n}</h1><p>这是第 {n} 个页面。</p></main></body></html>\n`,
    );
    return timed([join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {}, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Figures of one scale. */
export interface BenchRow {
  scale: number;
  kindergartens: number;
  pages: number;
  astro: Timed;
  index: Timed;
  distBytes: number;
  indexBytes: number;
  largest: { path: string; bytes: number; gzip: number };
  bare: Timed;
  queries: { q: string; ms: number; gz: number; after: number; requests: number; first: string | null }[];
}

/** Runs the bench at one scale. */
export async function benchScale(scale: number, opts: { search: boolean; port: number }): Promise<BenchRow> {
  const contentDir = scale === 1 ? resolve(SOURCE) : resolve(`.bench/content-x${scale}`);
  if (scale !== 1) generateContent(contentDir, scale, SOURCE);
  const check = checkContent(contentDir);
  if (check.errors.length) throw new Error(`generated content does not validate:\n${check.errors.map((e) => e.message).join('\n')}`);
  const out = resolve(`.bench/dist-x${scale}`);
  rmSync(out, { recursive: true, force: true });
  const astro = timed([join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { CONTENT_DIR: contentDir, OUT_DIR: out });
  const index = timed(['scripts/index-search.ts', out]);
  const all = files(out);
  const html = all.filter((f) => f.path.endsWith('.html'));
  const biggest = html.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const largest = { path: biggest.path.slice(out.length), bytes: biggest.bytes, gzip: gzipSync(readFileSync(biggest.path)).length };
  const indexBytes = sum(all.filter((f) => f.path.includes('/pagefind/') || f.path.includes('/search-names/')));
  const bare = bareAstro(html.length);
  let queries: BenchRow['queries'] = [];
  if (opts.search) {
    const { measure } = await import('./search.ts');
    queries = (await measure(out, opts.port, benchQueries(contentDir).map((x) => x.q))).map((r) => ({ q: r.q, ms: r.ms, gz: r.gz, after: r.after, requests: r.requests, first: r.first }));
  }
  return { scale, kindergartens: check.entries.kindergartens?.length ?? 0, pages: html.length, astro, index, distBytes: sum(all), indexBytes, largest, bare, queries };
}

/** The bench table (Markdown). */
export function table(rows: readonly BenchRow[]): string {
  const lines = [
    '| scale | kindergartens | pages | Astro build | Pagefind index | pages/s (build+index) | peak RSS build / index | dist/ | index | largest HTML (gzip) | bare Astro | ratio build ÷ bare (with index) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const total = r.astro.ms + r.index.ms;
    lines.push(`| ${r.scale}× | ${r.kindergartens} | ${r.pages} | ${s(r.astro.ms)} | ${s(r.index.ms)} | ${(r.pages / (total / 1000)).toFixed(0)} | ${r.astro.rssMb.toFixed(0)} / ${r.index.rssMb.toFixed(0)} MB | ${mb(r.distBytes)} | ${mb(r.indexBytes)} | ${r.largest.path} ${kb(r.largest.bytes)} (${kb(r.largest.gzip)}) | ${s(r.bare.ms)} | ${(r.astro.ms / r.bare.ms).toFixed(2)} (${(total / r.bare.ms).toFixed(2)}) |`);
  }
  const q = rows.filter((r) => r.queries.length);
  if (q.length) {
    const names = q[0]!.queries.map((x) => x.q);
    lines.push('', `| scale | ${names.map((x) => `“${x}”: first result after focus (4× CPU, Pixel 7) / search files gzip until then (+ after) / first link`).join(' | ')} |`, `|---|${names.map(() => '---').join('|')}|`);
    for (const r of q) lines.push(`| ${r.scale}× | ${r.queries.map((x) => `${x.ms} ms / ${kb(x.gz)} in ${x.requests} files (+ ${kb(x.after)}) / ${x.first ?? '—'}`).join(' | ')} |`);
  }
  return lines.join('\n');
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--scale');
  const scales = ((at >= 0 ? argv[at + 1] : undefined) ?? '1,10,100').split(',').map(Number);
  if (scales.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--scale 需要正整数，用逗号分隔，例如 --scale 1,10,100');
  const search = !argv.includes('--no-search');
  const port = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4399);
  const rows: BenchRow[] = [];
  for (const scale of scales) {
    const t0 = performance.now();
    const row = await benchScale(scale, { search, port });
    rows.push(row);
    console.log(`${scale}×: ${row.pages} pages, ${s(performance.now() - t0)} in all`);
  }
  console.log(`\n${table(rows)}`);
}
