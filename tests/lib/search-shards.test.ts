import { describe, expect, it } from 'vitest';
import { bigrams, bucketOf, buildShards, candidateIds, entryKeys, queryForms, queryKeys } from '../../src/lib/search-shards.ts';
import { pinnedEntry, type NameEntry } from '../../src/lib/search-names.ts';
import { nameIndexVariants } from '../../src/lib/search-terms.ts';

const entry = (u: string, names: string[]): NameEntry => ({ u, t: names[0]!, k: '幼儿园', n: nameIndexVariants(names), m: {} });

describe('bucketOf', () => {
  it.each([
    ['=包钢十七园', 1, 0],
    ['ab', 1, 0],
  ])('%s into %i bucket(s) → %i', (k, n, want) => expect(bucketOf(k, n)).toBe(want));
  it('is stable and within range', () => {
    expect(bucketOf('十七', 64)).toBe(bucketOf('十七', 64));
    for (const k of ['a', '包钢', '=bgsqy', '十七园']) expect(bucketOf(k, 8)).toBeLessThan(8);
  });
});

describe('keys', () => {
  it('bigrams', () => expect(bigrams('包钢十七')).toEqual(['包钢', '钢十', '十七']));
  it('bigrams of one character are none', () => expect(bigrams('包')).toEqual([]));
  it('an entry is stored under each variant and its pieces', () => {
    const keys = entryKeys({ u: '/a/', t: 'x', k: 'y', n: ['十七园', 'sqy'], m: {} });
    expect(keys).toEqual(['=十七园', '十七', '七园', '=sqy', 'sq', 'qy']);
  });
  it('query forms fold numerals and punctuation', () => expect(queryForms('包钢 17园')).toEqual(['包钢17园', '包钢十七园']));
  it('query keys: prefixes of each form, longest first, then pieces', () =>
    expect(queryKeys('十七园')).toEqual(['=十七园', '=十七', '十七', '七园', '=17园', '=17', '17', '7园']));
  it('a one-character query is looked up whole', () => expect(queryKeys('园')).toEqual(['=园']));
});

// A site of many kindergartens with look-alike names, as the bench generator makes them.
const many: NameEntry[] = [];
for (let i = 1; i <= 60; i++) many.push(entry(`/kindergartens/k${i}/`, [`示例第${i}幼儿园`]));
many.push(entry('/kindergartens/baogang-17/', ['包钢第十七幼儿园', '包钢十七园']));
many.push(entry('/kindergartens/baogang-18/', ['包钢第十八幼儿园']));
for (let i = 2; i <= 40; i++) many.push(entry(`/kindergartens/baogang-17-copy${i}/`, [`包钢第十七幼儿园副本${i}`]));
many.push(entry('/fees/', ['收费标准']));

function lookupIn(shards: ReturnType<typeof buildShards>) {
  return (k: string) => shards.buckets[bucketOf(k, shards.manifest.buckets)]![k];
}
function candidates(shards: ReturnType<typeof buildShards>, q: string): NameEntry[] {
  return candidateIds(q, lookupIn(shards)).map((i) => shards.blocks[Math.floor(i / shards.manifest.block)]![i % shards.manifest.block]!);
}

describe('buildShards', () => {
  const shards = buildShards(many, { bucketBytes: 800 });
  it('splits into several buckets and blocks of the given size', () => {
    expect(shards.manifest.count).toBe(many.length);
    expect(shards.manifest.buckets).toBeGreaterThan(8);
    expect(shards.blocks.length).toBe(Math.ceil(many.length / 16));
    expect(shards.blocks.flat().map((e) => e.u)).toEqual([...many.map((e) => e.u)].sort());
  });
  it('marks keys shared by many entries as too common', () => {
    expect(lookupIn(shards)('幼儿')).toBe(0);
    expect(lookupIn(shards)('=不存在')).toBeUndefined();
  });
  it.each([
    ['包钢第十七幼儿园', '/kindergartens/baogang-17/'],
    ['包钢十七园', '/kindergartens/baogang-17/'],
    ['包钢17园', '/kindergartens/baogang-17/'],
    ['bgsqy', '/kindergartens/baogang-17/'],
    ['包钢十八园收费', '/kindergartens/baogang-18/'],
    ['包钢第十七幼儿园副本7', '/kindergartens/baogang-17-copy7/'],
    ['示例第33幼儿园', '/kindergartens/k33/'],
    ['收费标准', '/fees/'],
  ])('“%s” pins %s from the candidates alone, as from all entries', (q, want) => {
    const c = candidates(shards, q);
    expect(c.length).toBeLessThan(many.length / 2);
    expect(pinnedEntry(q, c)?.u).toBe(want);
    expect(pinnedEntry(q, many)?.u).toBe(want);
  });
  it('a query that names nothing in particular pins nothing', () => {
    expect(pinnedEntry('幼儿园', candidates(shards, '幼儿园'))).toBeUndefined();
  });
  it('is deterministic', () => expect(JSON.stringify(buildShards([...many].reverse(), { bucketBytes: 800 }))).toBe(JSON.stringify(shards)));
});
