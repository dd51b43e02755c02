/**
 * Best-bet names split into small files so that the first search fetches only what the typed query
 * needs, whatever the size of the site (src/lib/search/names.ts ranks the entries). Pure.
 *
 * Layout under `search-names/`:
 *  - `meta.json`: {@link ShardManifest} (a few bytes);
 *  - `k<n>.json`: key → entry numbers, for the keys that hash to bucket n. A key is `=` + a whole name
 *    variant (exact and prefix matches), or a two-character piece of a variant (a query inside a name);
 *    a key shared by more than `maxPostings` entries is stored as 0 (“too common to narrow anything”);
 *  - `e<n>.json`: entries n·block … n·block+block−1 (sorted by URL).
 * The browser hashes the query's keys, fetches those few buckets, then the blocks of the candidates
 * ({@link lookupNames}).
 */
import { fnv1a } from '../core/hash.ts';
import { foldHomophones } from './homophones.ts';
import { bestScore, lookupForms, type ChosenFilters, type NameEntry } from './names.ts';

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
  return fnv1a(key) & (buckets - 1);
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

/**
 * The keys an entry is stored under: `=` + each variant, and each variant's two-character pieces; then the same
 * for the variants with homophones folded (so that 示例普慧二园, folded, finds 示例普惠二园).
 */
export function entryKeys(e: NameEntry): string[] {
  const out = new Set<string>();
  for (const v of [...e.n, ...e.n.map(foldHomophones)]) {
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

/**
 * Keys of the first lookup: each form of the query whole (names equal to it) and its first and last pieces
 * (names that contain it: a name containing the query contains both). A handful of keys, so the first search
 * fetches a handful of small files whatever the length of the query.
 */
export function nameKeys(query: string): string[] {
  const out = new Set<string>();
  for (const q of lookupForms(query)) {
    out.add(`=${q}`);
    edgePieces(q).forEach((g) => out.add(g));
  }
  return [...out];
}

/**
 * Keys of the second lookup, needed only when no name equals or contains the query: its beginnings of two
 * characters or more (a query that starts with a name: 包钢十八园收费 → 包钢十八园).
 */
export function prefixKeys(query: string): string[] {
  const out = new Set<string>();
  for (const q of lookupForms(query)) {
    const chars = [...q].slice(0, 24);
    for (let n = Math.min(chars.length, [...q].length - 1); n >= 2; n--) out.add(`=${chars.slice(0, n).join('')}`);
  }
  return [...out];
}

/** The first and the last two-character piece of `q` (one when they are the same, none for one character). */
function edgePieces(q: string): string[] {
  const all = bigrams(q);
  return [...new Set([all[0], all.at(-1)].filter((g): g is string => g !== undefined))];
}

type Lookup = (key: string) => number[] | 0 | undefined;

/** Entry numbers of names equal to the query. */
export function exactIds(query: string, lookup: Lookup): number[] {
  return [...new Set(lookupForms(query).flatMap((q) => lookup(`=${q}`) || []))];
}

/**
 * Entry numbers of names that may contain the query: in both edge pieces' lists (a piece too common to narrow
 * anything is skipped). A superset: `pinnedEntry` compares the names themselves. At most `limit` numbers.
 */
export function containingIds(query: string, lookup: Lookup, limit = 48): number[] {
  const out = new Set<number>();
  for (const q of lookupForms(query)) {
    let inter: number[] | undefined;
    let none = false;
    for (const g of edgePieces(q)) {
      const ids = lookup(g);
      if (ids === undefined) none = true;
      else if (ids !== 0) inter = inter ? inter.filter((i) => ids.includes(i)) : [...ids];
    }
    if (!none && inter) inter.forEach((i) => out.add(i));
  }
  return [...out].slice(0, limit);
}

/** Entry numbers of the second lookup: names equal to a beginning of the query, longest first. */
export function prefixIds(query: string, lookup: Lookup, limit = 48): number[] {
  const out = new Set<number>();
  for (const k of prefixKeys(query)) (lookup(k) || []).forEach((i) => out.add(i));
  return [...out].slice(0, limit);
}

/** Where the shard files come from: search-names/ over the network in the browser, memory in tests. */
export interface NameSource {
  manifest: ShardManifest;
  bucket: (n: number) => Promise<KeyBucket | undefined>;
  block: (n: number) => Promise<NameEntry[] | undefined>;
}

/**
 * The best-bet candidates of a query, for `pinnedEntry`, fetching as few files as the answer needs: a name,
 * short name or initials typed whole costs the first lookup's key files and one block.
 */
export async function lookupNames(query: string, source: NameSource, filters: ChosenFilters = {}, streetFilter = ''): Promise<NameEntry[]> {
  const { buckets: count, block } = source.manifest;
  const buckets = new Map<number, KeyBucket>();
  const lookup: Lookup = (k) => buckets.get(bucketOf(k, count))?.[k];
  const load = (keys: string[]) =>
    Promise.all([...new Set(keys.map((k) => bucketOf(k, count)))].filter((b) => !buckets.has(b)).map(async (b) => buckets.set(b, (await source.bucket(b)) ?? {})));
  const entries = async (ids: number[]) => {
    const blocks = [...new Set(ids.map((i) => Math.floor(i / block)))];
    const loaded = await Promise.all(blocks.map((b) => source.block(b)));
    const byId = new Map<number, NameEntry>();
    blocks.forEach((b, j) => loaded[j]?.forEach((e, k) => byId.set(b * block + k, e)));
    return ids.flatMap((i) => byId.get(i) ?? []);
  };
  // Names equal to the query first (their blocks only: nothing outranks them); names containing it only when
  // none of those passes the filters; names the query starts with only when neither step found one.
  await load(nameKeys(query));
  const ids = exactIds(query, lookup);
  let found = await entries(ids);
  const add = async (next: number[]) => {
    const fresh = next.filter((i) => !ids.includes(i));
    ids.push(...fresh);
    found = [...found, ...(await entries(fresh))];
  };
  if (bestScore(query, found, filters, streetFilter) < 3) await add(containingIds(query, lookup));
  if (bestScore(query, found, filters, streetFilter) < 2) {
    await load(prefixKeys(query));
    await add(prefixIds(query, lookup));
  }
  return found;
}
