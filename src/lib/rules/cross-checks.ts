/**
 * The rule engine's parts: what a cross-file rule reads (`AllEntries`), the one way it reports (`Findings`),
 * and how rules run (`runCrossChecks`: every rule writes into one Findings, so each file gets one error block
 * however many rules it breaks). Pure: rules read validated entries.
 */
import { ContentError, didYouMean, type FriendlyIssue } from '../content/errors.ts';
import { nameKey } from '../content/invisible.ts';
import type { ValidEntry } from '../content/validate.ts';

/** Valid entries of every collection, keyed by collection name (`site` holds the site config). */
export type AllEntries = Record<string, ValidEntry[]>;

/** What the rules found: errors stop the build, warnings are printed and the build goes on. */
export interface CrossResult {
  errors: ContentError[];
  warnings: string[];
}

/** A cross-file rule: reads the entries, reports through `f`. */
export type CrossCheck = (entries: AllEntries, f: Findings) => void;

/**
 * The one helper every rule reports through: collects issues per file, then one ContentError per file (in
 * first-seen order). The problem text starts with the field as staff find it: “类型（type）”.
 */
export class Findings {
  private byFile = new Map<string, FriendlyIssue[]>();
  private readonly warnings: string[] = [];
  /** Records a problem in `file` at `field` (dotted path), with its Chinese label and the fix. */
  add(file: string, field: string, label: string, problem: string, fix: string): void {
    this.push(file, { field, label, problem: `${label ? `${label}（${field}）` : field} ${problem}`, fix });
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
    return { errors: [...this.byFile].map(([f, issues]) => new ContentError(f, issues)), warnings: [...this.warnings] };
  }
}

/** The entry of a single-file collection (site, streets, kindergartenTypes, feeConfig…), when present. */
export function single<T>(entries: AllEntries, key: string): ValidEntry<T> | undefined {
  return entries[key]?.[0] as ValidEntry<T> | undefined;
}

/** Every value that appears more than once (compared by nameKey), with the index of each repeat and of its first. */
export function repeats<T>(items: readonly T[], key: (t: T) => string): { index: number; first: number; value: string }[] {
  const seen = new Map<string, number>();
  const out: { index: number; first: number; value: string }[] = [];
  items.forEach((t, i) => {
    const k = nameKey(key(t));
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else out.push({ index: i, first, value: key(t) });
  });
  return out;
}

/** Runs the rules in order into one Findings. */
export function runCrossChecks(checks: readonly CrossCheck[], entries: AllEntries): CrossResult {
  const f = new Findings();
  for (const check of checks) check(entries, f);
  return f.result();
}

/** File names (without .mdx) of the site's policy pages: what a `policy` field may name. */
export function policySlugs(entries: AllEntries): string[] {
  return (entries.policies ?? []).map((p) => p.id);
}

/** Where a reference to a policy page is fixed differently from the usual wording. */
export interface PolicyRefWording {
  /** What to write, instead of “写 content/policies/ 中已有文件的文件名（不含 .mdx）”. */
  write?: string;
  /** What to do while the policy is not on the site yet, e.g. “还没上传时留空”. */
  meanwhile?: string;
}

/**
 * The one “does this policy exist?” rule: a non-empty `slug` in `file` at `field` must name a policy page;
 * otherwise it reports the nearest name, the existing ones and the fix. Empty means “not given” and passes.
 */
export function checkPolicyRef(f: Findings, policies: readonly string[], file: string, field: string, label: string, slug: string, wording: PolicyRefWording = {}): void {
  if (!slug || policies.includes(slug)) return;
  const write = wording.write ?? '写 content/policies/ 中已有文件的文件名（不含 .mdx）';
  f.add(file, field, label, `“${slug}”不是本站的政策文件。`, `${didYouMean(slug, policies)}${write}，现有：${policies.join('、') || '（无）'}${wording.meanwhile ? `；${wording.meanwhile}` : ''}。`);
}
