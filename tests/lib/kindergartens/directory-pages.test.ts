import { describe, expect, it } from 'vitest';
import { directoryOverview, FULL_LIST_LIMIT, groupPages, listsInFull, streetPages } from '../../../src/lib/kindergartens/directory-pages.ts';

describe('listsInFull', () => {
  it.each([
    [0, true],
    [40, true],
    [FULL_LIST_LIMIT, true],
    [FULL_LIST_LIMIT + 1, false],
    [4000, false],
  ])('%i kindergartens → %s', (n, want) => expect(listsInFull(n)).toBe(want));
});

describe('groupPages', () => {
  const groups = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  const items = ['a1', 'b1', 'a2', 'a3', 'b2', 'a4', 'a5'];
  const of = (s: string) => s[0]!;
  it('pages each group in order, items in order, empty groups skipped', () => {
    expect(groupPages(groups, items, of, 2).map((p) => [p.group.id, p.page, p.pages, p.items])).toEqual([
      ['a', 1, 3, ['a1', 'a2']],
      ['a', 2, 3, ['a3', 'a4']],
      ['a', 3, 3, ['a5']],
      ['b', 1, 1, ['b1', 'b2']],
    ]);
  });
  it('one page per group when the size is large', () => {
    expect(groupPages(groups, items, of).map((p) => p.items.length)).toEqual([5, 2]);
  });
  it('items of an unknown group are left out', () => {
    expect(groupPages([{ id: 'b' }], items, of).flatMap((p) => p.items)).toEqual(['b1', 'b2']);
  });
  it('an empty group named by keep gets one empty page (its address stays published)', () => {
    expect(groupPages(groups, items, of, 2, (g) => g.id !== 'a').map((p) => [p.group.id, p.page, p.pages, p.items.length])).toEqual([
      ['a', 1, 3, 2], ['a', 2, 3, 2], ['a', 3, 3, 1], ['b', 1, 1, 2], ['c', 1, 1, 0],
    ]);
  });
  it('refuses a page size below 1', () => {
    expect(() => groupPages(groups, items, of, 0)).toThrow('每页条数必须大于 0，实际为 0');
  });
});

describe('streetPages: the group pages of the directory', () => {
  const k = (id: string, street: string) => ({ id, street: { id: street } });
  const streets = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
  const kgs = {
    counted: [k('a1', 'a'), k('a2', 'a'), k('a3', 'a'), k('b1', 'b')],
    planned: [k('ap', 'a'), k('cp', 'c')],
    closed: [k('ac', 'a'), k('bc', 'b')],
  };
  const ids = (list: { id: string }[]) => list.map((x) => x.id);
  it.each([
    // size 2: a has 2 pages (planned and closed on the last), b one, c only a planned one keeps its page, d none.
    [2, [['a', 1, 2, ['a1', 'a2'], [], []], ['a', 2, 2, ['a3'], ['ap'], ['ac']], ['b', 1, 1, ['b1'], [], ['bc']], ['c', 1, 1, [], ['cp'], []]]],
    [100, [['a', 1, 1, ['a1', 'a2', 'a3'], ['ap'], ['ac']], ['b', 1, 1, ['b1'], [], ['bc']], ['c', 1, 1, [], ['cp'], []]]],
  ])('size %i', (size, want) => {
    expect(streetPages(streets, kgs, size).map((p) => [p.group.id, p.page, p.pages, ids(p.items), ids(p.planned), ids(p.closed)])).toEqual(want);
  });
});

describe('directoryOverview: what /kindergartens/ derives', () => {
  const k = (type: string, category: string, street: string, status?: string) => ({ type: { id: type, category }, street: { id: street }, data: { status } });
  const types = [{ id: 'jiaoban' }, { id: 'puhui' }, { id: 'minban' }];
  const streets = [{ id: 'dong' }, { id: 'xi' }, { id: 'nan' }];
  const ids = (list: { id: string }[]) => list.map((x) => x.id);
  it.each([
    ['none', [], [], [], 0, 0, true],
    ['types and streets in list order, only those used', [k('minban', '民办', 'xi'), k('jiaoban', '公办', 'nan'), k('jiaoban', '公办', 'xi', '暂停招生')], ['jiaoban', 'minban'], ['xi', 'nan'], 2, 1, true],
    ['past the limit: not in full', Array.from({ length: 151 }, () => k('puhui', '普惠性民办', 'dong')), ['puhui'], ['dong'], 0, 0, false],
  ] as const)('%s', (_n, kgs, usedTypes, usedStreets, publicCount, suspended, full) => {
    const o = directoryOverview(kgs, types, streets);
    expect([ids(o.usedTypes), ids(o.usedStreets), o.publicCount, o.suspended, o.full]).toEqual([usedTypes, usedStreets, publicCount, suspended, full]);
  });
});
