/**
 * Page weight benchmark (budgets in docs/ARCHITECTURE.md). Prints, for every built page: HTML + CSS gzip bytes and the
 * JavaScript loaded before interaction (inline + module scripts, plus their static imports), gzip.
 * Dynamic imports (chart.js, Pagefind) are reported separately as “on use”. Run after `npm run build`:
 *   npm run bench:pages [-- dist]
 * Checks the page budgets of docs/ARCHITECTURE.md (BUDGETS below) and exits 1 when a page breaks one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_TYPES } from './page-types.ts';

const argv = process.argv.slice(2);
const dist = argv.find((a) => !a.startsWith('--')) ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html 不存在：先运行 npm run build。`);
  process.exit(1);
}
/** The page budgets (docs/ARCHITECTURE.md, “Budgets”), in bytes gzip. */
export const BUDGETS = {
  /** HTML + CSS of any page. */
  htmlCss: 50 * 1024,
  /** All JavaScript of a page with a chart: before interaction and on use (chart.js). */
  chartPageJs: 60 * 1024,
} as const;

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const asset = (url: string) => {
  const path = join(dist, url.replace(/^\/(?:[^/]+\/)*?_astro\//, '_astro/'));
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
};

/** A module and everything it imports statically; dynamic import() targets are returned apart. */
function moduleGraph(entry: string): { eager: Set<string>; lazy: Set<string> } {
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string) => {
    if (eager.has(file)) return;
    eager.add(file);
    const code = asset(`/_astro/${file}`);
    for (const [, m = ''] of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(m);
    for (const [, m = ''] of code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)) lazy.add(m);
  };
  visit(entry);
  for (const f of eager) lazy.delete(f);
  return { eager, lazy };
}

const rows: { page: string; html: number; css: number; htmlCss: number; js: number; onUse: number; requests: number; chart: boolean }[] = [];
for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))) {
  const html = readFileSync(join(dist, file), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(([, href = '']) => asset(href)).join('');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const eager = new Set<string>();
  const lazy = new Set<string>();
  for (const [, m = ''] of html.matchAll(/<script[^>]*\bsrc="[^"]*_astro\/([^"]+)"/g)) {
    const g = moduleGraph(m);
    g.eager.forEach((f) => eager.add(f));
    g.lazy.forEach((f) => lazy.add(f));
  }
  // Small module scripts are inlined by Astro: follow their imports too.
  for (const [, m = ''] of inline.matchAll(/import\s*(?:[^'"()]*?from\s*)?["'][^"']*_astro\/([^"']+\.js)["']/g)) moduleGraph(m).eager.forEach((f) => eager.add(f));
  for (const [, m = ''] of inline.matchAll(/import\(\s*["'`][^"'`]*_astro\/([^"'`]+\.js)["'`]\s*\)/g)) moduleGraph(m).eager.forEach((f) => lazy.add(f));
  const js = gz(inline + [...eager].map((f) => asset(`/_astro/${f}`)).join(''));
  const onUse = [...lazy].reduce((n, f) => n + gz(asset(`/_astro/${f}`)), 0);
  const cssFiles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].length;
  const images = new Set([...html.matchAll(/<img[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1])).size;
  // Requests before interaction: the page, its style sheets, its eager modules, its images.
  const requests = 1 + cssFiles + eager.size + images;
  rows.push({ page: `/${relative(dist, join(dist, file)).replace(/index\.html$/, '')}`, html: gz(html), css: gz(css), htmlCss: gz(html) + gz(css), js, onUse, requests, chart: /<canvas[^>]*\bdata-chart/.test(html) });
}
rows.sort((a, b) => a.page.localeCompare(b.page));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (argv.includes('--types')) {
  console.log('| page type | page | HTML gz | CSS gz | JS before interaction gz | requests |\n|---|---|---|---|---|---|');
  for (const [name, re] of PAGE_TYPES) {
    const r = rows.find((x) => re.test(x.page));
    if (r) console.log(`| ${name} | ${r.page} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${r.requests} |`);
  }
  process.exit(0);
}
console.log('page'.padEnd(48), 'HTML+CSS gz'.padStart(12), 'JS eager gz'.padStart(12), 'JS on use gz'.padStart(13));
const broken: string[] = [];
for (const r of rows) {
  const flags: string[] = [];
  if (r.htmlCss > BUDGETS.htmlCss) flags.push(`HTML+CSS > ${kb(BUDGETS.htmlCss)}`);
  if (r.chart && r.js + r.onUse > BUDGETS.chartPageJs) flags.push(`chart page JS ${kb(r.js + r.onUse)} > ${kb(BUDGETS.chartPageJs)}`);
  if (flags.length) broken.push(`${r.page}: ${flags.join('; ')}`);
  console.log(r.page.padEnd(48), kb(r.htmlCss).padStart(12), kb(r.js).padStart(12), kb(r.onUse).padStart(13), flags.length ? `  ⚠ ${flags.join('; ')}` : '');
}
const max = (k: 'htmlCss' | 'js' | 'onUse', of = rows) => of.reduce((a, b) => (b[k] > a[k] ? b : a));
console.log(`\n${rows.length} pages. Largest HTML+CSS: ${max('htmlCss').page} ${kb(max('htmlCss').htmlCss)}; most eager JS: ${max('js').page} ${kb(max('js').js)}; most JS on use: ${max('onUse').page} ${kb(max('onUse').onUse)}.`);
const charts = rows.filter((r) => r.chart);
const heaviest = charts.reduce<(typeof rows)[number] | undefined>((a, b) => (!a || b.js + b.onUse > a.js + a.onUse ? b : a), undefined);
console.log(heaviest ? `${charts.length} chart pages; most JS: ${heaviest.page} ${kb(heaviest.js + heaviest.onUse)} (budget ${kb(BUDGETS.chartPageJs)}).` : 'No chart pages.');
if (broken.length) {
  console.error(`\n超出预算（docs/ARCHITECTURE.md “Budgets”）：\n${broken.join('\n')}`);
  process.exit(1);
}
console.log(`All pages within budget (HTML+CSS ≤ ${kb(BUDGETS.htmlCss)}, chart page JS ≤ ${kb(BUDGETS.chartPageJs)}).`);
