/**
 * Validation of every content file against its schema, file by file, collecting all problems so staff
 * fix them in one pass. Pure: callers hand in file names and texts.
 */
import type { z } from 'astro/zod';
import { ContentError, explainIssue, type FileFormat, type IssueLike } from './errors.ts';
import { checkFileName, decodeContent, frontmatterLineOf, jsonLineOf, parseFrontmatter, parseJson, scanJsonKeys } from './files.ts';
import { checkMdxBody } from './mdx-rules.ts';
import { invisibleStrings } from './invisible.ts';
import { LIMITS } from '../../schemas/common.ts';

/** A file to validate: path as shown to staff (relative to the repo) and its text, decoded by `decodeContent` (no BOM). */
export interface SourceFile {
  path: string;
  text: string;
}

/** What the validator needs to know about a collection. */
export interface EntrySpec {
  ext: '.mdx' | '.json';
  schema: z.ZodType;
  labels: Record<string, string>;
}

/** A validated entry: id (file stem), parsed data, MDX body. */
export interface ValidEntry<T = unknown> {
  id: string;
  path: string;
  data: T;
  body: string;
}

/**
 * Decodes a file read from disk (UTF-8 only; a BOM is stripped with a warning). Throws ContentError for
 * UTF-16, GBK, an empty or an oversized file; warnings come back prefixed with the file.
 */
export function decodeFile(file: { path: string; bytes: Uint8Array }, ext: string): { file: SourceFile; warnings: string[] } {
  const r = decodeContent(file.bytes, ext);
  if (!r.ok) throw new ContentError(file.path, r.issues);
  return { file: { path: file.path, text: r.text }, warnings: r.warnings.map((w) => `${file.path}：${w}`) };
}

/** Every string longer than `max` in parsed data, by dotted path: the safety net behind each schema's own limits. */
export function oversizedStrings(data: unknown, max: number = LIMITS.anyString, path = ''): { path: string; length: number }[] {
  if (typeof data === 'string') return data.length > max ? [{ path: path || '（整个文件）', length: data.length }] : [];
  if (Array.isArray(data)) return data.flatMap((v, i) => oversizedStrings(v, max, `${path}[${i}]`));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => oversizedStrings(v, max, path ? `${path}.${k}` : k));
  return [];
}

/** Validates one file. Throws ContentError naming the file, each field and its fix. */
export function validateFile<T = unknown>(spec: EntrySpec, file: SourceFile, checkName = true): ValidEntry<T> {
  const base = file.path.split('/').pop() ?? file.path;
  const nameIssue = checkName ? checkFileName(base, spec.ext) : undefined;
  if (nameIssue) throw new ContentError(file.path, [nameIssue]);
  if (file.text.trim() === '') {
    const decoded = decodeContent(new Uint8Array(), spec.ext);
    throw new ContentError(file.path, decoded.ok ? [] : decoded.issues);
  }
  const format: FileFormat = spec.ext === '.mdx' ? 'yaml' : 'json';
  const parsed = format === 'yaml' ? parseFrontmatter(file.text) : parseJson(file.text);
  if (!parsed.ok) throw new ContentError(file.path, parsed.issues);
  const huge = oversizedStrings(parsed.data);
  if (huge.length) {
    throw new ContentError(file.path, huge.map((h) => {
      const label = spec.labels[h.path.replace(/\[\d+\]/g, '')] ?? '';
      return {
        field: h.path,
        label,
        problem: `${label ? `${label}（${h.path}）` : h.path} 有 ${h.length} 个字，超过任何字段的上限 ${LIMITS.anyString} 个字。`,
        fix: '检查是否误粘贴了大段内容；长篇内容写在政策正文中。',
      };
    }));
  }
  // Invisible characters in any field (zero-width, bidi overrides, controls): refused before the schema, so
  // no page, CSV or search index ever carries them and no look-alike name passes the uniqueness rules.
  const hidden = invisibleStrings(parsed.data);
  if (hidden.length) {
    throw new ContentError(file.path, hidden.map((h) => {
      const label = spec.labels[h.path.replace(/\[\d+\]/g, '')] ?? '';
      return {
        field: h.path,
        label,
        problem: `${label ? `${label}（${h.path}）` : h.path} 的第 ${h.position} 个字处有看不见的字符 ${h.code}（零宽字符、文字方向控制符或控制字符），读者看不到它，但它会让名称、搜索和比对出错。`,
        fix: '删除这个字段的内容后重新输入（不要从网页、Word 或聊天软件里复制粘贴）；VS Code 会把这类字符标成小方框。',
      };
    }));
  }
  const result = spec.schema.safeParse(parsed.data);
  const issues = result.success ? [] : (result.error.issues as IssueLike[]).map((i) => explainIssue(i, parsed.data, spec.labels, format));
  if (issues.length) {
    // Point at the line of each field, so staff find it in a long file.
    const jsonLines = format === 'json' ? scanJsonKeys(file.text).lines : undefined;
    for (const i of issues) {
      const line = jsonLines ? jsonLineOf(jsonLines, i.field) : frontmatterLineOf(file.text, i.field);
      if (line) i.line = line;
    }
  }
  if (spec.ext === '.mdx') {
    const firstLine = file.text.slice(0, file.text.length - parsed.body.length).split('\n').length;
    issues.push(...checkMdxBody(parsed.body, firstLine));
  }
  if (issues.length) throw new ContentError(file.path, issues);
  return { id: base.slice(0, -spec.ext.length), path: file.path, data: (result.success ? result.data : undefined) as T, body: parsed.body };
}

/** Validates many files; returns the valid entries and every error (never stops at the first). */
export function validateFiles<T = unknown>(spec: EntrySpec, files: readonly SourceFile[]): { entries: ValidEntry<T>[]; errors: ContentError[] } {
  const entries: ValidEntry<T>[] = [];
  const errors: ContentError[] = [];
  for (const f of files) {
    try {
      entries.push(validateFile<T>(spec, f));
    } catch (e) {
      if (e instanceof ContentError) errors.push(e);
      else throw e;
    }
  }
  return { entries, errors };
}
