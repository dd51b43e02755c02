import { describe, expect, it } from 'vitest';
import { bigrams, bucketOf, buildShards, containingIds, entryKeys, exactIds, lookupNames, nameKeys, prefixKeys } from '../../../src/lib/search/shards.ts';
import { pinnedEntry, queryForms, type NameEntry } from '../../../src/lib/search/names.ts';
import { nameIndexVariants } from '../../../src/lib/search/terms.ts';

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
  it('and under its variants with homophones folded', () => {
    const keys = entryKeys({ u: '/a/', t: 'x', k: 'y', n: ['普慧园'], m: {} });
    expect(keys).toEqual(['=普慧园', '普慧', '慧园', '=普惠园', '普惠', '惠园']);
  });
  it('query forms fold numerals and punctuation', () => expect(queryForms('包钢 17园')).toEqual(['包钢17园', '包钢十七园']));
  it.each([
    ['十七园', ['=十七园', '十七', '七园', '=17园', '17', '7园']],
    ['包钢第十八幼儿园', ['=包钢第十八幼儿园', '包钢', '儿园', '=包钢第18幼儿园']],
    ['bgsqy', ['=bgsqy', 'bg', 'qy']],
    ['园', ['=园']],
    ['十七', ['=十七', '十七', '=17', '17']],
  ])('first lookup of “%s”: each form whole, its first and last piece', (q, keys) => expect(nameKeys(q)).toEqual(keys));
  it.each([
    ['包钢十八园收费', ['=包钢十八园收', '=包钢十八园', '=包钢十八', '=包钢十', '=包钢', '=包钢18园收', '=包钢18园', '=包钢18', '=包钢1']],
    ['十七', []],
    ['园', []],
  ])('second lookup of “%s”: the beginnings, longest first', (q, keys) => expect(prefixKeys(q)).toEqual(keys));
  it('a query of more than 24 characters is looked up by its first 24 at most', () => {
    const q = '长'.repeat(30);
    expect(prefixKeys(q)[0]).toBe(`=${'长'.repeat(24)}`);
    expect(prefixKeys(q)).toHaveLength(23);
  });
});

// A site of many kindergartens with look-alike names, as the bench generator makes them.
const many: NameEntry[] = [];
for (let i = 1; i <= 60; i++) many.push(entry(`/kindergartens/k${i}/`, [`示例第${i}幼儿园`]));
many.push(entry('/kindergartens/baogang-17/', ['包钢第十七幼儿园', '包钢十七园']));
many.push(entry('/kindergartens/baogang-18/', ['包钢第十八幼儿园']));
for (let i = 2; i <= 40; i++) many.push(entry(`/kindergartens/baogang-17-copy${i}/`, [`包钢第十七幼儿园副本${i}`]));
many.push(entry('/fees/', ['收费标准']));
many.push(entry('/kindergartens/sample-puhui-02/', ['示例普惠第二幼儿园']));

function lookupIn(shards: ReturnType<typeof buildShards>) {
  return (k: string) => shards.buckets[bucketOf(k, shards.manifest.buckets)]![k];
}
/** The candidates the browser would find, and the files it would fetch for them. */
async function lookup(shards: ReturnType<typeof buildShards>, q: string, filters: Record<string, string> = {}) {
  const files: string[] = [];
  const entries = await lookupNames(q, {
    manifest: shards.manifest,
    bucket: async (n) => (files.push(`k${n}`), shards.buckets[n]),
    block: async (n) => (files.push(`e${n}`), shards.blocks[n]),
  }, filters, '街道');
  return { entries, files };
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
    // Homophone typos: the folded keys find the name.
    ['示例普慧二园', '/kindergartens/sample-puhui-02/'],
    ['包钢十七元', '/kindergartens/baogang-17/'],
    ['包刚第十七幼儿园', '/kindergartens/baogang-17/'],
  ])('“%s” pins %s from the candidates alone, as from all entries', async (q, want) => {
    const { entries } = await lookup(shards, q);
    expect(entries.length).toBeLessThan(many.length / 2);
    expect(pinnedEntry(q, entries)?.u).toBe(want);
    expect(pinnedEntry(q, many)?.u).toBe(want);
  });
  it.each([
    // A name, a short name, initials: the first lookup only (a key file per key at most, one block).
    ['包钢第十七幼儿园', 5],
    ['包钢十七园', 6],
    ['bgsqy', 4],
    // A query that starts with a name needs the second lookup too.
    ['包钢十八园收费', 15],
  ])('“%s” fetches %i files at most', async (q, most) => {
    const { files } = await lookup(shards, q);
    expect(new Set(files).size).toBe(files.length);
    expect(files.length).toBeLessThanOrEqual(most);
    expect(files.filter((f) => f.startsWith('k')).length).toBeLessThanOrEqual(nameKeys(q).length + prefixKeys(q).length);
  });
  it('a name query skips the second lookup', async () => {
    const { files } = await lookup(shards, 'bgsqy');
    expect(files.filter((f) => f.startsWith('k')).length).toBeLessThanOrEqual(nameKeys('bgsqy').length);
  });
  it('the second lookup runs when the chosen filters leave no name equal to or containing the query', async () => {
    const withStreet = [...many, { u: '/kindergartens/x/', t: '某园', k: '幼儿园', n: ['某园'], m: { street: '乙街道' } }];
    const s = buildShards(withStreet.map((e) => (e.u === '/kindergartens/baogang-18/' ? { ...e, m: { street: '甲街道' } } : e)), { bucketBytes: 800 });
    // 包钢十八园收费 contains 包钢十八园 (street 甲): with 街道 = 乙 nothing passes, with 甲 it is found.
    expect(pinnedEntry('包钢十八园收费', (await lookup(s, '包钢十八园收费', { 街道: '甲街道' })).entries, { 街道: '甲街道' }, '街道')?.u).toBe('/kindergartens/baogang-18/');
    expect(pinnedEntry('包钢十八园收费', (await lookup(s, '包钢十八园收费', { 街道: '乙街道' })).entries, { 街道: '乙街道' }, '街道')).toBeUndefined();
  });
  it('names equal to the query, and names that may contain it (both edge pieces, a superset)', () => {
    const url = (i: number) => shards.blocks[Math.floor(i / 16)]![i % 16]!.u;
    expect(exactIds('包钢十七园', lookupIn(shards)).map(url)).toEqual(['/kindergartens/baogang-17/']);
    const containing = containingIds('十七幼儿园副本3', lookupIn(shards)).map(url);
    expect(containing).toContain('/kindergartens/baogang-17-copy3/');
    expect(containing).toContain('/kindergartens/baogang-17-copy30/');
    expect(containing).not.toContain('/kindergartens/baogang-17-copy4/');
  });
  it('a query that names nothing in particular pins nothing', async () => {
    expect(pinnedEntry('幼儿园', (await lookup(shards, '幼儿园')).entries)).toBeUndefined();
  });
  it('is deterministic', () => expect(JSON.stringify(buildShards([...many].reverse(), { bucketBytes: 800 }))).toBe(JSON.stringify(shards)));
});
