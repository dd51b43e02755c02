/**
 * `npm run build`: validate content, build into a temporary folder beside the output folder, check the new build
 * (home, 404, search index, every static route of src/pages and every linked page of the dynamic ones, a CSP on
 * every page), then publish it atomically
 * (scripts/publish.ts: `dist` is a symlink switched by one rename). A failed or interrupted build (content error,
 * MDX error, indexing error, incomplete output, Ctrl-C, SIGTERM) leaves the published build untouched: a failed
 * build publishes nothing.
 */
import { join, resolve } from 'node:path';
import { checkContent } from './load-content.ts';
import { astroOutputFilter } from './astro-output.ts';
import { indexSite } from './index-search.ts';
import { checkBuild, writeDeployFiles } from './deploy-files.ts';
import { Build } from './publish.ts';
import { fsFailureText } from './lib/fs-failure.ts';
import { errnoCode } from '../src/lib/content/fs-errors.ts';
import { writeEditor } from './lib/admin-build.ts';
import { parentGone } from './lib/parent-watch.ts';

const outDir = resolve(process.env.DIST_DIR ?? 'dist');
// The process that started the build (npm, or the shell): if it is killed alone, nothing is published.
const startPpid = process.ppid;

const { entries, errors, warnings } = checkContent();
for (const w of warnings) console.warn(`⚠ ${w}`);
if (errors.length) {
  for (const e of errors) console.error(`${e.message}\n`);
  console.error(`\n构建已停止：${errors.length} 个内容文件有错误，网站没有生成，也没有发布任何内容。`);
  process.exit(1);
}

// Takes the lock, removes what interrupted builds left, and cleans up on SIGINT/SIGTERM.
const build = new Build(outDir);
const tmpDir = build.tmp;

async function fail(message: string): Promise<never> {
  // Interrupted: the signal handler stops astro, cleans up and exits with 130/143.
  if (build.stopping) return new Promise<never>(() => undefined);
  build.cleanup();
  console.error(`\n${message}`);
  process.exit(1);
}

// Astro's output passes through the same filter as `npm run dev`: its English warnings about empty collections
// (a county without monthly reports yet) become one Chinese line each.
const status = await build.run(
  process.execPath,
  [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
  { ...process.env, OUT_DIR: tmpDir, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
  astroOutputFilter(),
);
if (status !== 0) await fail('构建已停止：Astro 构建失败（见上方错误），没有发布任何内容。');

try {
  const pages = await indexSite(tmpDir);
  console.log(`搜索索引完成：${pages} 个页面。`);
} catch (e) {
  await fail(errnoCode(e) ? `${fsFailureText('生成搜索索引', e, tmpDir)}\n构建已停止：没有发布任何内容，已发布的网站保持不变。` : `构建已停止：搜索索引失败（${(e as Error).message}），没有发布任何内容。`);
}

let problems: string[];
try {
  // The base path the pages were built for (astro.config.mjs decides it from BASE, SITE_URL or site.json).
  const { default: config } = await import('../astro.config.mjs');
  const base = `/${(config.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  // The browser editor is published only when site.json names the intranet git server it works with.
  const editor = writeEditor(tmpDir, base, entries);
  if (editor) console.log(`内容编辑器：已生成 ${base}admin/（Git 服务器 ${editor}）。`);
  const deploy = writeDeployFiles(tmpDir, base);
  console.log(`CSP 响应头：已为 ${deploy.pagefindPages.length} 个加载搜索的页面加入 'wasm-unsafe-eval'（${deploy.pagefindPages.join('、') || '无'}）。`);
  problems = checkBuild(tmpDir, deploy);
} catch (e) {
  problems = [errnoCode(e) ? fsFailureText('写入部署文件', e, tmpDir) : (e as Error).message];
}
if (problems.length) await fail(`构建已停止：新的构建不完整，没有发布：\n${problems.map((p) => `  - ${p}`).join('\n')}`);

if (build.stopping) await fail('');
if (parentGone(startPpid)) await fail('构建已停止：启动构建的进程（npm 或命令行窗口）已经结束，本次构建没有发布，网站保持上一次的版本；需要时重新运行 npm run build。');
let published: ReturnType<Build['publish']>;
try {
  published = build.publish();
} catch (e) {
  await fail(`${fsFailureText('发布新版本', e, outDir)}\n构建已停止：新版本没有发布，已发布的网站保持不变。`);
  throw e; // unreachable: fail() exits
}
for (const w of published.warnings) console.warn(`⚠ ${w}`);
console.log(`构建完成：已发布 ${outDir} → ${published.release}`);
