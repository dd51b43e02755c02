/** Rules that span files (unique ids, references between collections). Pure: they read validated entries. */
import type { ContentError } from './content-errors.ts';
import type { ValidEntry } from './validate-content.ts';

/** Valid entries of every collection, keyed by collection name (`site` holds the site config). */
export type AllEntries = Record<string, ValidEntry[]>;

/** What a cross-file rule found: errors stop the build, warnings are printed and the build goes on. */
export interface CrossResult {
  errors: ContentError[];
  warnings: string[];
}

/** A cross-file rule. */
export type CrossCheck = (entries: AllEntries) => CrossResult;

/** Runs every rule and concatenates their findings. */
export function runCrossChecks(checks: readonly CrossCheck[], entries: AllEntries): CrossResult {
  const out: CrossResult = { errors: [], warnings: [] };
  for (const check of checks) {
    const r = check(entries);
    out.errors.push(...r.errors);
    out.warnings.push(...r.warnings);
  }
  return out;
}
