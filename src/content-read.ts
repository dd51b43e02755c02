/**
 * Reading content/ from disk: the one place that opens content files. Used by the loader behind
 * `npm run validate`/`build`/`new-report` (scripts/load-content.ts) and by Astro's collections
 * (src/content.config.ts), so both decode and parse each file the same way. Node only (node:fs).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from './lib/content/errors.ts';
import { checkFileName, parseFrontmatter, parseJson } from './lib/content/files.ts';
import { decodeFile, type SourceFile } from './lib/content/validate.ts';

/** A path as staff see it: relative to the working folder. */
export const showPath = (p: string) => relative(process.cwd(), p) || p;

/** Reads and decodes one file. Throws ContentError (encoding, empty, too big); returns the text and warnings. */
export function readContentFile(path: string, ext: string): { file: SourceFile; warnings: string[] } {
  return decodeFile({ path: showPath(path), bytes: readFileSync(path) }, ext);
}

/** Reads, decodes and parses one file: JSON data, or MDX frontmatter and body. Throws ContentError. */
export function readParsed(path: string, ext: '.json' | '.mdx'): { data: unknown; body: string; warnings: string[] } {
  const { file, warnings } = readContentFile(path, ext);
  const parsed = ext === '.mdx' ? parseFrontmatter(file.text) : parseJson(file.text);
  if (!parsed.ok) throw new ContentError(file.path, parsed.issues);
  return { data: parsed.data, body: parsed.body, warnings };
}

/** An entry file of a collection folder, or why a name in the folder is not one. */
export type FolderItem = { kind: 'entry'; id: string; path: string } | { kind: 'error'; error: ContentError };

/**
 * The names in a collection folder, in order. Drafts (`_x.json`) and hidden files are skipped; a subfolder
 * or a file with another extension (x.json.bak) is an error naming the fix, never a crash or a silent skip.
 */
export function listCollection(dir: string, ext: string): FolderItem[] {
  if (!existsSync(dir)) return [];
  const out: FolderItem[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      out.push({ kind: 'error', error: new ContentError(showPath(path), [{
        field: '（文件夹）',
        label: '',
        problem: `${showPath(dir)}/ 里不能有子文件夹“${name}”：网站只读这一层的 ${ext} 文件，子文件夹里的内容不会发布。`,
        fix: `把里面的文件移到 ${showPath(dir)}/ 下；是草稿或备份就把文件夹改名为 _${name}（以 _ 开头的不会读取），或移出 content/。`,
      }]) });
      continue;
    }
    const nameIssue = checkFileName(name, ext);
    if (nameIssue) out.push({ kind: 'error', error: new ContentError(showPath(path), [nameIssue]) });
    else out.push({ kind: 'entry', id: name.slice(0, -ext.length), path });
  }
  return out;
}
