import { describe, expect, it } from 'vitest';
import { FULL_LIST_LIMIT, groupPages, listsInFull } from '../../../src/lib/kindergartens/directory-pages.ts';

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
