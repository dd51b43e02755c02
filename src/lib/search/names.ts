/**
 * “Best bet” ranking: when a query names a page (a kindergarten, a policy, a section), that page comes
 * first, whatever the full-text scores say. Each page's names, their short forms and pinyin are written
 * at build time to search-names/ (src/lib/search/shards.ts); the browser matches the query against them. Pure.
 */
import { foldHomophones } from './homophones.ts';
import { foldNumerals } from './numerals.ts';

/** One page of the best-bet names (search-names/e<n>.json). */
export interface NameEntry {
  /** Site-relative URL (without the base path). */
  u: string;
  /** Title to show when the page is not among the loaded results. */
  t: string;
  /** Page type label (政策, 幼儿园 …), also its 页面类型 filter value. */
  k: string;
  /** Compacted name variants: names, short forms, numerals folded, pinyin and initials. */
  n: string[];
  /** Result facts and filter values (kgType, street, fee). */
  m: Record<string, string>;
}

/** Lower-case, full-width folded, without spaces and punctuation: how names and queries are compared. */
export function compact(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

const isLatin = (s: string) => /^[a-z0-9]+$/.test(s);

/** How well a query matches one variant: 3 equal, 2 the variant contains the query, 1 the query contains the variant. */
export function matchScore(query: string, variant: string): number {
  if (!query || !variant) return 0;
  if (query === variant) return 3;
  // A fragment must be long enough to mean something: two Chinese characters, or three letters.
  const minFragment = isLatin(query) ? 3 : 2;
  if ([...query].length >= minFragment && variant.includes(query)) return 2;
  const minName = isLatin(variant) ? 4 : 2;
  if ([...variant].length >= minName && query.includes(variant)) return 1;
  return 0;
}

/** Filters chosen on the search page, by Pagefind filter name. */
export type ChosenFilters = Record<string, string>;

function passes(e: NameEntry, filters: ChosenFilters, streetFilter: string): boolean {
  const values: Record<string, string | undefined> = { 页面类型: e.k, 幼儿园类型: e.m.kgType, ...(streetFilter ? { [streetFilter]: e.m.street } : {}) };
  return Object.entries(filters).every(([k, v]) => !v || values[k] === v);
}

/**
 * The page a query names, or undefined when it names none or several equally well (then the
 * full-text ranking decides). Among pages the query contains, the longest name wins (包钢十八园收费 →
 * 包钢十八园, not 收费). `streetFilter` is the name of the subdivision filter (the content's word, e.g. 镇（乡）).
 */
export function pinnedEntry(query: string, entries: readonly NameEntry[], filters: ChosenFilters = {}, streetFilter = ''): NameEntry | undefined {
  const qs = queryForms(query);
  if (!qs.length) return undefined;
  let best: { entries: NameEntry[]; score: number; len: number } = { entries: [], score: 0, len: 0 };
  for (const e of entries) {
    if (!passes(e, filters, streetFilter)) continue;
    const { score, len } = entryScore(qs, e);
    if (score === 0) continue;
    if (score > best.score || (score === best.score && len > best.len)) best = { entries: [e], score, len };
    else if (score === best.score && len === best.len && !best.entries.includes(e)) best.entries.push(e);
  }
  return best.entries.length === 1 ? best.entries[0] : undefined;
}

/**
 * The best {@link matchScore} of any entry that passes the filters: 0 when the query names none of them; a match
 * on homophones only counts half a point less (2.5 for a name equal to the query but for a homophone).
 */
export function bestScore(query: string, entries: readonly NameEntry[], filters: ChosenFilters = {}, streetFilter = ''): number {
  const qs = queryForms(query);
  return Math.max(0, ...entries.filter((e) => passes(e, filters, streetFilter)).map((e) => entryScore(qs, e).score));
}

/** The forms of a query that are compared with the names: compacted, and with numerals folded. */
export function queryForms(query: string): string[] {
  return [...new Set([compact(query), compact(foldNumerals(query))])].filter(Boolean);
}

/**
 * The query forms and, after them, the same with homophones folded (示例普慧二园 → 示例普惠二园): the keys the
 * shards are looked up by. Queries without a homophone-group character have only their {@link queryForms}.
 */
export function lookupForms(query: string): string[] {
  const qs = queryForms(query);
  return [...new Set([...qs, ...qs.map(foldHomophones)])];
}

/** What a match on homophones only costs: it ranks below the same match spelt right (a name spelt as typed wins). */
const HOMOPHONE_PENALTY = 0.5;

/**
 * An entry's best score against the query forms, and the length of the name the query contains (score 1).
 * When no variant equals the query as typed, the names and the query are compared again with homophones folded,
 * at {@link HOMOPHONE_PENALTY} less.
 */
function entryScore(qs: readonly string[], e: NameEntry): { score: number; len: number } {
  let score = 0;
  let len = 0;
  const consider = (s: number, l: number) => {
    if (s > score || (s === score && l > len)) [score, len] = [s, l];
  };
  for (const v of e.n) {
    for (const q of qs) {
      const s = matchScore(q, v);
      consider(s, s === 1 ? [...v].length : 0);
    }
  }
  if (score < 3) {
    const folded = [...new Set(qs.map(foldHomophones))];
    for (const v of e.n) {
      const fv = foldHomophones(v);
      for (const q of folded) {
        const s = matchScore(q, fv);
        if (s > 0) consider(s - HOMOPHONE_PENALTY, s === 1 ? [...v].length : 0);
      }
    }
  }
  return { score, len };
}

/** Moves the result with URL `pinned` to the front; the others keep their order. */
export function pinFirst<T extends { url: string }>(results: readonly T[], pinned: string | undefined): T[] {
  if (!pinned) return [...results];
  const i = results.findIndex((r) => r.url === pinned);
  const hit = results[i];
  if (i <= 0 || !hit) return [...results];
  return [hit, ...results.slice(0, i), ...results.slice(i + 1)];
}
