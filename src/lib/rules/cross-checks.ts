/** Rules that span files (unique ids, references between collections). Pure: they read validated entries. */
import { ContentError, type FriendlyIssue } from '../content/errors.ts';
import type { ValidEntry } from '../content/validate.ts';

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

/**
 * The one helper every rule uses to report: collects issues per file, then one ContentError per file (in
 * first-seen order). The problem text starts with the field as staff find it: “类型（type）”.
 */
export class Findings {
  private byFile = new Map<string, FriendlyIssue[]>();
  readonly warnings: string[] = [];
  /** Records a problem in `file` at `field` (dotted path), with its Chinese label and the fix. */
  add(file: string, field: string, label: string, problem: string, fix: string): void {
    const list = this.byFile.get(file) ?? [];
    list.push({ field, label, problem: `${label ? `${label}（${field}）` : field} ${problem}`, fix });
    this.byFile.set(file, list);
  }
  /** Records an issue already worded (its problem names the field itself). */
  push(file: string, issue: FriendlyIssue): void {
    const list = this.byFile.get(file) ?? [];
    list.push(issue);
    this.byFile.set(file, list);
  }
  /** A problem worth a look that does not stop the build. */
  warn(file: string, text: string): void {
    this.warnings.push(`${file}：${text}`);
  }
  result(): CrossResult {
    return { errors: [...this.byFile].map(([f, issues]) => new ContentError(f, issues)), warnings: this.warnings };
  }
}
