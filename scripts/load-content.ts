/** Reads content/ from disk and validates it all. Used by scripts/validate.ts and scripts/build.ts. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, DATA_FILES, SITE_CONFIG } from '../src/schemas/index.ts';
import { ContentError } from '../src/lib/content-errors.ts';
import { validateFile, validateFiles, type ValidEntry } from '../src/lib/validate-content.ts';
import { runCrossChecks, type CrossCheck } from '../src/lib/cross-checks.ts';
import { PROGRESS_CHECKS } from '../src/lib/progress-checks.ts';
import { checkDirectoryFiles, checkKindergartens, publishingChecks } from '../src/lib/kindergarten-checks.ts';

/** Cross-file rules, run once every file is valid on its own. Each issue adds its rules here. */
const CROSS_CHECKS: CrossCheck[] = [
  ...PROGRESS_CHECKS,
  checkDirectoryFiles,
  checkKindergartens,
  // SITE_URL overrides site.json's siteUrl in the build (astro.config.mjs): the QR codes follow it.
  publishingChecks(process.env.SITE_URL),
];

/** The content folder: `CONTENT_DIR` (fixtures in tests) or ./content. */
export function contentDir(): string {
  return process.env.CONTENT_DIR ?? join(process.cwd(), 'content');
}

/** Every collection's valid entries plus every error found. */
export interface ContentCheck {
  entries: Record<string, ValidEntry[]>;
  errors: ContentError[];
  /** Problems worth a look that do not stop the build (e.g. a class over the class-size standard). */
  warnings: string[];
}

/** Validates the site config and every file of every collection. */
export function checkContent(root = contentDir()): ContentCheck {
  const show = (p: string) => relative(process.cwd(), p) || p;
  const errors: ContentError[] = [];
  const entries: Record<string, ValidEntry[]> = {};
  const sitePath = join(root, SITE_CONFIG.file);
  if (!existsSync(sitePath)) {
    errors.push(new ContentError(show(sitePath), [{ field: '（整个文件）', label: '', problem: '找不到站点配置文件。', fix: '从仓库的 content/site.json 复制一份并填写本地区信息。' }]));
  } else {
    try {
      entries.site = [validateFile({ ext: '.json', schema: SITE_CONFIG.schema, labels: SITE_CONFIG.labels }, { path: show(sitePath), text: readFileSync(sitePath, 'utf8') }, false)];
    } catch (e) {
      if (e instanceof ContentError) errors.push(e);
      else throw e;
    }
  }
  for (const [name, spec] of Object.entries(DATA_FILES)) {
    const path = join(root, spec.file);
    entries[name] = [];
    if (!existsSync(path)) continue;
    try {
      entries[name] = [validateFile({ ext: '.json', schema: spec.schema, labels: spec.labels }, { path: show(path), text: readFileSync(path, 'utf8') }, false)];
    } catch (e) {
      if (e instanceof ContentError) errors.push(e);
      else throw e;
    }
  }
  for (const [name, spec] of Object.entries(COLLECTIONS)) {
    const dir = join(root, spec.dir);
    const files = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => !f.startsWith('.') && !f.startsWith('_'))
          .sort()
          .map((f) => ({ path: show(join(dir, f)), text: readFileSync(join(dir, f), 'utf8') }))
      : [];
    const r = validateFiles(spec, files);
    entries[name] = r.entries;
    errors.push(...r.errors);
  }
  // Cross-file rules need every file valid on its own first, or they would report follow-on noise.
  if (errors.length) return { entries, errors, warnings: [] };
  const cross = runCrossChecks(CROSS_CHECKS, entries);
  return { entries, errors: cross.errors, warnings: cross.warnings };
}
