/**
 * Validation of every content file against its schema, file by file, collecting all problems so staff
 * fix them in one pass. Pure: callers hand in file names and texts.
 */
import type { z } from 'astro/zod';
import { ContentError, explainIssue, type FileFormat, type IssueLike } from './content-errors.ts';
import { checkFileName, parseFrontmatter, parseJson } from './content-files.ts';

/** A file to validate: path as shown to staff (relative to the repo) and its text. */
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

/** Validates one file. Throws ContentError naming the file, each field and its fix. */
export function validateFile<T = unknown>(spec: EntrySpec, file: SourceFile, checkName = true): ValidEntry<T> {
  const base = file.path.split('/').pop() ?? file.path;
  const nameIssue = checkName ? checkFileName(base, spec.ext) : undefined;
  if (nameIssue) throw new ContentError(file.path, [nameIssue]);
  const format: FileFormat = spec.ext === '.mdx' ? 'yaml' : 'json';
  const parsed = format === 'yaml' ? parseFrontmatter(file.text) : parseJson(file.text);
  if (!parsed.ok) throw new ContentError(file.path, parsed.issues);
  const result = spec.schema.safeParse(parsed.data);
  if (!result.success) {
    const issues = (result.error.issues as IssueLike[]).map((i) => explainIssue(i, parsed.data, spec.labels, format));
    throw new ContentError(file.path, issues);
  }
  return { id: base.slice(0, -spec.ext.length), path: file.path, data: result.data as T, body: parsed.body };
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
