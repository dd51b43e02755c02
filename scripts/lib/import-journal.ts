/**
 * How `npm run import` writes content/ so that a kill at any moment leaves either the old files or the new
 * ones, never a mixture that stays:
 *
 * 1. every new file is written (and flushed) under content/.import/files/, beside nothing that is read;
 * 2. content/.import/journal.json is written to a temporary name, flushed and renamed into place: this one
 *    rename is the commit point;
 * 3. each staged file is renamed over its target (same file system, so each rename is atomic);
 * 4. content/.import/ is removed.
 *
 * The next import (and `recoverImport`) finds content/.import/: with a journal it completes step 3 and 4
 * (roll forward: the import was checked in full before step 2); without one, nothing in content/ was
 * touched, and the folder is removed (roll back). Leftover `*.import-tmp` files of the older import, which
 * staged beside the targets, are removed as well. Every case is said in Chinese.
 *
 * Test hook: XQJY_IMPORT_KILL_AFTER=staged kills the process after step 1, =n after n renames of step 3.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The staging folder, inside content/ so that every rename stays on one file system. */
export const STAGING = '.import';
const JOURNAL = 'journal.json';

/** One file of an import: its path under content/ (kindergartens/x.json) and its new text. */
export interface StagedFile {
  file: string;
  text: string;
}

interface Journal {
  files: string[];
}

function writeFlushed(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (renames) to disk where the platform allows it. */
function flushDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not supported everywhere (Windows): the renames are still atomic.
  }
}

function killHook(point: string): void {
  if (process.env.XQJY_IMPORT_KILL_AFTER === point) process.kill(process.pid, 'SIGKILL');
}

/** `file` resolved under `root`, refused unless it lies inside one collection folder of `root`. */
export function insideContent(root: string, file: string): string {
  const abs = resolve(root, file);
  const rel = relative(resolve(root), abs);
  const parts = rel.split(sep);
  if (parts.length !== 2 || parts.some((p) => p === '' || p === '..' || p.startsWith('.'))) {
    throw new Error(`导入的文件 ${file} 不在 content/ 的某个文件夹中，已拒绝。修改方法：网址名只用小写英文字母、数字和连字符。`);
  }
  return abs;
}

function stagedPath(root: string, file: string): string {
  return join(root, STAGING, 'files', file);
}

/** Old-style `*.import-tmp` files beside the targets (imports before the staging folder), relative to root. */
function oldTempFiles(root: string): string[] {
  const out: string[] = [];
  if (!existsSync(root)) return out;
  for (const dir of readdirSync(root)) {
    const d = join(root, dir);
    if (dir.startsWith('.') || !statSync(d).isDirectory()) continue;
    for (const f of readdirSync(d)) if (f.endsWith('.import-tmp')) out.push(`${dir}/${f}`);
  }
  return out;
}

/**
 * Finishes or rolls back an interrupted import, and removes old temporary files. Returns what it did, one
 * Chinese line each ([] when there was nothing to do).
 */
export function recoverImport(root: string): string[] {
  const said: string[] = [];
  const staging = join(root, STAGING);
  if (existsSync(staging)) {
    const journalPath = join(staging, JOURNAL);
    if (existsSync(journalPath)) {
      const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
      let moved = 0;
      for (const file of journal.files) {
        const from = stagedPath(root, file);
        if (!existsSync(from)) continue;
        const to = insideContent(root, file);
        mkdirSync(dirname(to), { recursive: true });
        renameSync(from, to);
        moved++;
      }
      for (const file of journal.files) flushDir(dirname(insideContent(root, file)));
      said.push(`上次导入在写入文件时被中断：已按它的记录完成写入（共 ${journal.files.length} 个文件，这次补写 ${moved} 个）。请用 git status / git diff 查看，确认后提交。`);
    } else {
      said.push('上次导入在写入文件之前被中断：content/ 没有被修改，已删除它留下的临时文件夹 content/.import/。');
    }
    rmSync(staging, { recursive: true, force: true });
  }
  const old = oldTempFiles(root);
  for (const f of old) rmSync(join(root, f), { force: true });
  if (old.length) said.push(`已删除较早的导入中断后留下的 ${old.length} 个临时文件（${old.slice(0, 3).join('、')}${old.length > 3 ? ' 等' : ''}）；对应的内容文件没有被它们修改。需要这些修改请重新导入表格。`);
  return said;
}

/** Writes every file of one import, all or none (see the top of this file). */
export function commitImport(root: string, files: readonly StagedFile[]): void {
  const targets = files.map((f) => insideContent(root, f.file));
  const staging = join(root, STAGING);
  rmSync(staging, { recursive: true, force: true });
  for (const f of files) writeFlushed(stagedPath(root, f.file), f.text);
  killHook('staged');
  writeFlushed(join(staging, `${JOURNAL}.tmp`), JSON.stringify({ files: files.map((f) => f.file) } satisfies Journal));
  renameSync(join(staging, `${JOURNAL}.tmp`), join(staging, JOURNAL));
  flushDir(staging);
  killHook('0');
  files.forEach((f, i) => {
    mkdirSync(dirname(targets[i]!), { recursive: true });
    renameSync(stagedPath(root, f.file), targets[i]!);
    killHook(String(i + 1));
  });
  for (const t of new Set(targets.map((t) => dirname(t)))) flushDir(t);
  rmSync(staging, { recursive: true, force: true });
}
