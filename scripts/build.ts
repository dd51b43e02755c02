/**
 * `npm run build`: validate content, build into a temporary folder, then swap it into place.
 * A failed build (content error, MDX error, indexing error) leaves the previous output untouched
 * and writes nothing new: a failed build publishes nothing.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkContent, contentDir } from './load-content.ts';
import { translateAstroLog } from '../src/lib/astro-log.ts';
import { COLLECTIONS } from '../src/schemas/index.ts';
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

// Astro's output passes through translateAstroLog: its English warnings about empty collections (a county
// without monthly reports yet) become one Chinese line each.
const names = Object.fromEntries(Object.entries(COLLECTIONS).map(([k, c]) => [k, { path: `${c.dir}/`, label: c.label }]));
const root = relative(process.cwd(), contentDir()) || '.';
const status = await new Promise<number | null>((done) => {
  const child = spawn(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    stdio: ['inherit', 'pipe', 'pipe'],
    env: { ...process.env, OUT_DIR: tmpDir, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
  });
  const seen = new Set<string>();
  for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
    createInterface({ input: from }).on('line', (line) => {
      // Colour codes are dropped before matching; a translated line is printed once per build.
      const out = translateAstroLog(line.replace(/\x1b\[[0-9;]*m/g, ''), names, root);
      if (out === null) return;
      if (out !== line.replace(/\x1b\[[0-9;]*m/g, '')) {
        if (seen.has(out)) return;
        seen.add(out);
        to.write(`${out}\n`);
      } else to.write(`${line}\n`);
    });
  }
  child.on('close', (code) => done(code));
});
if (status !== 0) fail('构建已停止：Astro 构建失败（见上方错误），没有发布任何内容。');

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
