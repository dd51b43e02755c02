/**
 * `npm run build`: validate content, build into a temporary folder, then swap it into place.
 * A failed build (content error, MDX error, indexing error) leaves the previous output untouched
 * and writes nothing new: a failed build publishes nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from './load-content.ts';
import { indexSite } from './index-search.ts';

const outDir = resolve(process.env.DIST_DIR ?? 'dist');
const tmpDir = resolve(`.build-${process.pid}`);

function fail(message: string): never {
  rmSync(tmpDir, { recursive: true, force: true });
  console.error(`\n${message}`);
  process.exit(1);
}

const { errors, warnings } = checkContent();
for (const w of warnings) console.warn(`⚠ ${w}`);
if (errors.length) {
  for (const e of errors) console.error(`${e.message}\n`);
  fail(`构建已停止：${errors.length} 个内容文件有错误，网站没有生成，也没有发布任何内容。`);
}

const astro = spawnSync(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: tmpDir },
});
if (astro.status !== 0) fail('构建已停止：Astro 构建失败（见上方错误），没有发布任何内容。');

try {
  const pages = await indexSite(tmpDir);
  console.log(`搜索索引完成：${pages} 个页面。`);
} catch (e) {
  fail(`构建已停止：搜索索引失败（${(e as Error).message}），没有发布任何内容。`);
}

rmSync(outDir, { recursive: true, force: true });
renameSync(tmpDir, outDir);
if (!existsSync(join(outDir, 'index.html'))) fail('构建结果缺少首页 index.html。');
console.log(`构建完成：${outDir}`);
