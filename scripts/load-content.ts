/**
 * The content loader: reads content/ from disk, decodes (UTF-8 only, BOM stripped with a warning), parses,
 * validates every file against its schema, then runs the rule engine (src/lib/rules/content-rules.ts). Every reader
 * of content goes through here: validate, build, dev, new-report, import/export, the e2e helpers; Astro's
 * collections (src/content.config.ts) use the same decode and parse functions.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, DATA_FILES, SITE_CONFIG, type CollectionSpec } from '../src/schemas/index.ts';
import { ContentError } from '../src/lib/content/errors.ts';
import { validateFile, validateFiles, type SourceFile, type ValidEntry } from '../src/lib/content/validate.ts';
import { checkPublicFolder, listCollection, lstatOrExplain, readContentFile, showPath as show } from '../src/content-read.ts';
import { runContentRules } from '../src/lib/rules/content-rules.ts';
import { isWebAddress, msg, siteAddressProblem } from '../src/schemas/common.ts';
import { committedKindergartenIds } from '../src/content-history.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';

export { validateFile } from '../src/lib/content/validate.ts';
export { readContentFile, readParsed } from '../src/content-read.ts';

/** The content folder (src/lib/content/content-dir.ts), for the scripts that import it from here. */
export { contentDir };

/** The folder copied into the site as it is: `PUBLIC_DIR` (tests) or ./public. */
export function publicDir(): string {
  return process.env.PUBLIC_DIR ?? join(process.cwd(), 'public');
}

/** Every collection's valid entries plus every error found. */
export interface ContentCheck {
  entries: Record<string, ValidEntry[]>;
  errors: ContentError[];
  /** Problems worth a look that do not stop the build (e.g. a class over the class-size standard, a BOM). */
  warnings: string[];
}

/**
 * The entry files of a collection folder, decoded. Misnamed files and subfolders are errors (see
 * listCollection); encoding problems are errors; a BOM is a warning.
 */
export function readCollection(root: string, spec: Pick<CollectionSpec, 'dir' | 'ext'>): { files: SourceFile[]; errors: ContentError[]; warnings: string[] } {
  const out = { files: [] as SourceFile[], errors: [] as ContentError[], warnings: [] as string[] };
  let items: ReturnType<typeof listCollection>;
  try {
    items = listCollection(join(root, spec.dir), spec.ext);
  } catch (e) {
    if (e instanceof ContentError) return { ...out, errors: [e] };
    throw e;
  }
  for (const item of items) {
    if (item.kind === 'error') {
      out.errors.push(item.error);
      continue;
    }
    try {
      const r = readContentFile(item.path, spec.ext);
      out.files.push(r.file);
      out.warnings.push(...r.warnings);
    } catch (e) {
      if (e instanceof ContentError) out.errors.push(e);
      else throw e;
    }
  }
  return out;
}

/** Validates the site config, every file of every collection and public/, then the cross-file rules. */
export function checkContent(root = contentDir(), pub = publicDir()): ContentCheck {
  const errors: ContentError[] = [];
  const warnings: string[] = [];
  const entries: Record<string, ValidEntry[]> = {};
  const one = (name: string, file: string, spec: { schema: CollectionSpec['schema']; labels: Record<string, string> }, required: boolean) => {
    const path = join(root, file);
    entries[name] = [];
    let present: boolean;
    try {
      present = lstatOrExplain(path) !== undefined;
    } catch (e) {
      if (e instanceof ContentError) errors.push(e);
      else throw e;
      return;
    }
    if (!present) {
      if (required) errors.push(new ContentError(show(path), [{ field: '（整个文件）', label: '', problem: '找不到站点配置文件。', fix: '从仓库的 content/site.json 复制一份并填写本地区信息。' }]));
      return;
    }
    try {
      const r = readContentFile(path, '.json');
      warnings.push(...r.warnings);
      entries[name] = [validateFile({ ext: '.json', schema: spec.schema, labels: spec.labels }, r.file, false)];
    } catch (e) {
      if (e instanceof ContentError) errors.push(e);
      else throw e;
    }
  };
  // An import killed half-way leaves its staging folder (scripts/lib/import-journal.ts): never read, explained.
  if (existsSync(join(root, '.import'))) {
    warnings.push('content/.import/ 是一次被中断的导入留下的。修改方法：再运行一次 npm run import（任何表格，包括同一个），它会先完成或撤销上次的导入；这个文件夹不会发布。');
  }
  one('site', SITE_CONFIG.file, SITE_CONFIG, true);
  for (const [name, spec] of Object.entries(DATA_FILES)) one(name, spec.file, spec, false);
  for (const [name, spec] of Object.entries(COLLECTIONS)) {
    const read = readCollection(root, spec);
    const r = validateFiles(spec, read.files);
    entries[name] = r.entries;
    errors.push(...read.errors, ...r.errors);
    warnings.push(...read.warnings);
  }
  // SITE_URL replaces site.json's siteUrl in the build: it must be an address the site can use too.
  const envUrl = process.env.SITE_URL;
  if (envUrl) {
    const problem = isWebAddress(envUrl) ? siteAddressProblem(envUrl) : msg('不是完整的网址。', '写成 https:// 开头、带域名的完整网址，例如 https://jyj.example.gov.cn/xqjy/。');
    if (problem) {
      const [what, fix] = problem.split('修改方法：');
      errors.push(new ContentError('环境变量 SITE_URL', [{ field: 'SITE_URL', label: '', problem: `SITE_URL“${envUrl}”：${what}`, fix: `${fix ?? ''}或不设 SITE_URL，改用 content/site.json 的 siteUrl。` }]));
    }
  }
  // public/ is copied into the site as it is: only regular files, no hidden files.
  errors.push(...checkPublicFolder(pub));
  // Cross-file rules need every file valid on its own first, or they would report follow-on noise.
  if (errors.length) return { entries, errors, warnings };
  // SITE_URL overrides site.json's siteUrl in the build (astro.config.mjs): the QR codes follow it.
  // Committed kindergarten files (git HEAD): one deleted from the folder would break its published address.
  const committedKindergartens = { ids: committedKindergartenIds(root), dir: `${show(join(root, 'kindergartens'))}/` };
  const cross = runContentRules(entries, { siteUrl: process.env.SITE_URL, committedKindergartens });
  return { entries, errors: cross.errors, warnings: [...warnings, ...cross.warnings] };
}

/** Valid content, for scripts and tests that need it: throws one Error listing every problem otherwise. */
export function loadContent(root = contentDir()): Record<string, ValidEntry[]> {
  const { entries, errors } = checkContent(root);
  if (errors.length) throw new Error(`${errors.map((e) => e.message).join('\n\n')}\n\n内容检查未通过：先运行 npm run validate 并改正上面的错误。`);
  return entries;
}
