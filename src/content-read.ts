/**
 * Reading content/ from disk: the one place that opens content files. Used by the loader behind
 * `npm run validate`/`build`/`new-report` (scripts/load-content.ts) and by Astro's collections
 * (src/content.config.ts), so both decode and parse each file the same way. Node only (node:fs).
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ContentError } from './lib/content/errors.ts';
import { checkFileName, MAX_FILE_BYTES, parseFrontmatter, parseJson, tooBigIssue } from './lib/content/files.ts';
import { errnoCode, fsIssue, specialFileIssue, type FsWhat, type SpecialKind } from './lib/content/fs-errors.ts';
import { decodeFile, type SourceFile } from './lib/content/validate.ts';
import { ASCII_ID_RULE, isAsciiId } from './schemas/common.ts';

/** A path as staff see it: relative to the working folder. */
export const showPath = (p: string) => relative(process.cwd(), p) || p;

/** What is not a regular file or a folder, or undefined. */
export function specialKind(st: Stats): SpecialKind | undefined {
  if (st.isFile() || st.isDirectory()) return undefined;
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isBlockDevice() || st.isCharacterDevice()) return 'device';
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  return 'other';
}

/** lstat that turns a file-system error into the ContentError staff read; undefined when nothing is there. */
export function lstatOrExplain(path: string, what: FsWhat = 'file'): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return undefined;
    throw new ContentError(showPath(path), [fsIssue(errnoCode(e), what)]);
  }
}

/**
 * Reads a regular file, and only a regular file: a symlink (its target may lie outside the repository), a
 * device, a FIFO or a socket is refused before it is opened, the size is checked on the open file before
 * reading (a FIFO or /dev/zero can never fill memory), and a file-system error names the file and the fix.
 * Throws ContentError.
 */
export function readRegularFile(path: string, limit: number = Infinity): Uint8Array {
  const shown = showPath(path);
  const st = lstatOrExplain(path);
  if (!st) throw new ContentError(shown, [fsIssue('ENOENT')]);
  if (st.isDirectory()) throw new ContentError(shown, [fsIssue('EISDIR')]);
  const special = specialKind(st);
  if (special) throw new ContentError(shown, [specialFileIssue(special)]);
  let fd: number;
  try {
    // O_NOFOLLOW and O_NONBLOCK: a file swapped for a link or a FIFO after the lstat still cannot hang the read.
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    throw new ContentError(shown, [errnoCode(e) === 'ELOOP' ? specialFileIssue('symlink') : fsIssue(errnoCode(e))]);
  }
  try {
    const fst = fstatSync(fd);
    const kind = specialKind(fst);
    if (kind) throw new ContentError(shown, [specialFileIssue(kind)]);
    if (fst.size > limit) throw new ContentError(shown, [tooBigIssue(fst.size, limit)]);
    // One byte more than the size, so a file that grows while read is noticed by the decoder's own size check.
    const buf = new Uint8Array(Math.min(fst.size, limit) + 1);
    let n = 0;
    while (n < buf.length) {
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r <= 0) break;
      n += r;
    }
    return buf.subarray(0, n);
  } catch (e) {
    if (e instanceof ContentError) throw e;
    throw new ContentError(shown, [fsIssue(errnoCode(e))]);
  } finally {
    closeSync(fd);
  }
}

/** Reads and decodes one file. Throws ContentError (not a regular file, encoding, empty, too big); returns the text and warnings. */
export function readContentFile(path: string, ext: string): { file: SourceFile; warnings: string[] } {
  const limit = MAX_FILE_BYTES[ext as keyof typeof MAX_FILE_BYTES] ?? Infinity;
  return decodeFile({ path: showPath(path), bytes: readRegularFile(path, limit) }, ext);
}

/** Reads, decodes and parses one file: JSON data, or MDX frontmatter and body. Throws ContentError. */
export function readParsed(path: string, ext: '.json' | '.mdx'): { data: unknown; body: string; warnings: string[] } {
  const { file, warnings } = readContentFile(path, ext);
  const parsed = ext === '.mdx' ? parseFrontmatter(file.text) : parseJson(file.text);
  if (!parsed.ok) throw new ContentError(file.path, parsed.issues);
  return { data: parsed.data, body: parsed.body, warnings };
}

/**
 * The path of entry `id` in a collection folder, for anything that writes or reads one by id (new-report,
 * imports): the id must pass the ASCII-id rule, and the resolved path must lie directly inside `dir`.
 * Throws ContentError naming the would-be file otherwise.
 */
export function entryPath(dir: string, id: string, ext: string): string {
  const folder = resolve(dir);
  const path = resolve(folder, `${id}${ext}`);
  if (!isAsciiId(id) || dirname(path) !== folder) {
    throw new ContentError(showPath(join(folder, `${id}${ext}`)), [{ field: '（文件名）', label: '', problem: `编号“${id}”不能用作文件名：${ASCII_ID_RULE.problem}`, fix: ASCII_ID_RULE.fix }]);
  }
  return path;
}

/** An entry file of a collection folder, or why a name in the folder is not one. */
export type FolderItem = { kind: 'entry'; id: string; path: string } | { kind: 'error'; error: ContentError };

/**
 * The names in a collection folder, in order. Drafts (`_x.json`) and hidden files are skipped; a subfolder
 * or a file with another extension (x.json.bak) is an error naming the fix, never a crash or a silent skip.
 */
export function listCollection(dir: string, ext: string): FolderItem[] {
  const dirStat = lstatOrExplain(dir, 'folder');
  if (!dirStat) return [];
  const folderError = (issue: ReturnType<typeof fsIssue>): FolderItem[] => [{ kind: 'error', error: new ContentError(showPath(dir), [{ ...issue, field: '（文件夹）' }]) }];
  if (dirStat.isSymbolicLink()) return folderError(specialFileIssue('symlink'));
  if (!dirStat.isDirectory()) return folderError(fsIssue('ENOTDIR', 'folder'));
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    return folderError(fsIssue(errnoCode(e), 'folder'));
  }
  const out: FolderItem[] = [];
  for (const name of names) {
    // Hidden files, drafts (_…) and Chromium's swap files: the browser editor saves through a <name>.crswap file
    // renamed over the target, and the preview or the check may list the folder in between.
    if (name.startsWith('.') || name.startsWith('_') || name.endsWith('.crswap')) continue;
    const path = join(dir, name);
    let st: Stats | undefined;
    try {
      st = lstatOrExplain(path);
    } catch (e) {
      out.push({ kind: 'error', error: e as ContentError });
      continue;
    }
    if (!st) continue; // deleted while listing
    if (st.isDirectory()) {
      out.push({ kind: 'error', error: new ContentError(showPath(path), [{
        field: '（文件夹）',
        label: '',
        problem: `${showPath(dir)}/ 里不能有子文件夹“${name}”：网站只读这一层的 ${ext} 文件，子文件夹里的内容不会发布。`,
        fix: `把里面的文件移到 ${showPath(dir)}/ 下；是草稿或备份就把文件夹改名为 _${name}（以 _ 开头的不会读取），或移出 content/。`,
      }]) });
      continue;
    }
    const special = specialKind(st);
    if (special) {
      out.push({ kind: 'error', error: new ContentError(showPath(path), [specialFileIssue(special)]) });
      continue;
    }
    const nameIssue = checkFileName(name, ext);
    if (nameIssue) out.push({ kind: 'error', error: new ContentError(showPath(path), [nameIssue]) });
    else out.push({ kind: 'entry', id: name.slice(0, -ext.length), path });
  }
  return out;
}

/** Dot-entries that may sit in public/: the standard .well-known folder and git's empty-folder marker. */
const PUBLIC_DOT_OK = new Set(['.well-known', '.gitkeep']);

/**
 * Everything under public/ is copied into the site as it is, following links: only regular files and folders
 * are accepted, and no hidden files (a .env or .git there would be served to anyone). Returns one error per
 * entry refused; a missing folder is fine.
 */
export function checkPublicFolder(dir: string): ContentError[] {
  const errors: ContentError[] = [];
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch (e) {
      errors.push(new ContentError(showPath(d), [fsIssue(errnoCode(e), 'folder')]));
      return;
    }
    for (const name of names) {
      const path = join(d, name);
      let st: Stats | undefined;
      try {
        st = lstatOrExplain(path);
      } catch (e) {
        errors.push(e as ContentError);
        continue;
      }
      if (!st) continue;
      if (name.startsWith('.') && !PUBLIC_DOT_OK.has(name)) {
        errors.push(new ContentError(showPath(path), [{
          field: '（文件名）', label: '',
          problem: `public/ 里的文件会原样发布给所有人，不能有以“.”开头的隐藏文件或文件夹“${name}”（例如 .env 里的密码会被任何人下载）。`,
          fix: `把“${name}”移出 public/；要发布的文件请改用不以“.”开头的名字。`,
        }]));
        continue;
      }
      const special = specialKind(st);
      if (special) errors.push(new ContentError(showPath(path), [specialFileIssue(special, 'public')]));
      else if (st.isDirectory()) walk(path);
    }
  };
  const top = (() => {
    try {
      return lstatOrExplain(dir, 'folder');
    } catch (e) {
      errors.push(e as ContentError);
      return undefined;
    }
  })();
  if (!top) return errors;
  if (top.isSymbolicLink()) errors.push(new ContentError(showPath(dir), [{ ...specialFileIssue('symlink', 'public'), field: '（文件夹）' }]));
  else if (!top.isDirectory()) errors.push(new ContentError(showPath(dir), [fsIssue('ENOTDIR', 'folder')]));
  else walk(dir);
  return errors;
}
