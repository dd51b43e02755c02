/**
 * Best-bet names split into small files so that the first search fetches only what the typed query
 * needs, whatever the size of the site (src/lib/search-names.ts ranks the entries). Pure.
 *
 * Layout under `search-names/`:
 *  - `meta.json`: {@link ShardManifest} (a few bytes);
 *  - `k<n>.json`: key → entry numbers, for the keys that hash to bucket n. A key is `=` + a whole name
 *    variant (exact and prefix matches), or a two-character piece of a variant (a query inside a name);
 *    a key shared by more than `maxPostings` entries is stored as 0 (“too common to narrow anything”);
 *  - `e<n>.json`: entries n·block … n·block+block−1 (sorted by URL).
 * The browser hashes the query's keys, fetches those few buckets, then the blocks of the candidates.
 */
import { compact, type NameEntry } from './search-names.ts';
import { foldNumerals } from './numerals.ts';

/** search-names/meta.json. */
export interface ShardManifest {
  /** Number of key buckets (a power of two). */
  buckets: number;
  /** Entries per entry block. */
  block: number;
  /** Number of entries. */
  count: number;
}

/** One key bucket: entry numbers per key; 0 when the key is too common to narrow the search. */
export type KeyBucket = Record<string, number[] | 0>;

/** FNV-1a hash of `key`, reduced to a bucket number (`buckets` a power of two). */
export function bucketOf(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h & (buckets - 1);
}

/** Two-character pieces of `s` (by code point), without duplicates. */
export function bigrams(s: string): string[] {
  const chars = [...s];
  const out = new Set<string>();
  chars.forEach((c, i) => {
    const next = chars[i + 1];
    if (next !== undefined) out.add(c + next);
  });
  return [...out];
}

/** The keys an entry is stored under: `=` + each variant, and each variant's two-character pieces. */
export function entryKeys(e: NameEntry): string[] {
  const out = new Set<string>();
  for (const v of e.n) {
    out.add(`=${v}`);
    bigrams(v).forEach((g) => out.add(g));
  }
  return [...out];
}

/** Options of {@link buildShards}. */
export interface ShardOptions {
  /** Entries per entry block. */
  block?: number;
  /** Target size of a key bucket in bytes (JSON), which sets the number of buckets. */
  bucketBytes?: number;
  /** A key stored for more entries than this is marked too common (0). */
  maxPostings?: number;
}

/** Splits the entries into key buckets and entry blocks. Deterministic for the same entries. */
export function buildShards(entries: readonly NameEntry[], options: ShardOptions = {}): { manifest: ShardManifest; buckets: KeyBucket[]; blocks: NameEntry[][] } {
  const { block = 16, bucketBytes = 1500, maxPostings = 24 } = options;
  const sorted = [...entries].sort((a, b) => (a.u < b.u ? -1 : a.u > b.u ? 1 : 0));
  const postings = new Map<string, number[]>();
  sorted.forEach((e, i) => {
    for (const k of entryKeys(e)) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  let bytes = 0;
  for (const [k, ids] of postings) bytes += k.length * 3 + 6 + (ids.length > maxPostings ? 1 : ids.join(',').length);
  let buckets = 1;
  while (buckets * bucketBytes < bytes) buckets *= 2;
  const out: KeyBucket[] = Array.from({ length: buckets }, () => ({}));
  for (const [k, ids] of [...postings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const bucket = out[bucketOf(k, buckets)];
    // bucketOf is always below `buckets`, the length of `out`.
    if (!bucket) throw new Error(`bucketOf(${k}) 超出范围`);
    bucket[k] = ids.length > maxPostings ? 0 : ids;
  }
  const blocks: NameEntry[][] = [];
  for (let i = 0; i < sorted.length; i += block) blocks.push(sorted.slice(i, i + block));
  return { manifest: { buckets, block, count: sorted.length }, buckets: out, blocks };
}

/** The forms of a query that are compared with the names: compacted, and with numerals folded. */
export function queryForms(query: string): string[] {
  return [...new Set([compact(query), compact(foldNumerals(query))])].filter(Boolean);
}

/** Every key a query may need: its forms and their prefixes (a query that starts with a name), and its pieces. */
export function queryKeys(query: string): string[] {
  const out = new Set<string>();
  for (const q of queryForms(query)) {
    const chars = [...q].slice(0, 24);
    for (let n = chars.length; n >= 2; n--) out.add(`=${chars.slice(0, n).join('')}`);
    if (chars.length === 1) out.add(`=${q}`);
    bigrams(chars.join('')).forEach((g) => out.add(g));
  }
  return [...out];
}

/**
 * Entry numbers that can match the query, given the stored value of each key (undefined: no entry has
 * it). Names equal to the query or to its beginning come first; then names containing the whole query
 * (every piece of it, intersected). At most `limit` numbers.
 */
export function candidateIds(query: string, lookup: (key: string) => number[] | 0 | undefined, limit = 48): number[] {
  const out = new Set<number>();
  const add = (ids: number[] | 0 | undefined) => {
    if (ids) ids.forEach((i) => out.add(i));
  };
  for (const q of queryForms(query)) add(lookup(`=${q}`));
  for (const k of queryKeys(query)) if (k.startsWith('=')) add(lookup(k));
  for (const q of queryForms(query)) {
    let inter: number[] | undefined;
    let none = false;
    for (const g of bigrams(q)) {
      const ids = lookup(g);
      if (ids === undefined) none = true;
      else if (ids !== 0) inter = inter ? inter.filter((i) => ids.includes(i)) : [...ids];
    }
    if (!none && inter) add(inter);
  }
  return [...out].slice(0, limit);
}
