import { describe, expect, it } from 'vitest';
import { compareRows, DEFAULT_STATE, describeView, parseState, rowMatches, sortLabels, stateQuery, type DirRow, type DirState } from '../../../src/lib/kindergartens/directory-filter.ts';

const known = { types: ['jiaoban', 'baogang', 'minban'], streets: ['dong', 'xi'] };

describe('query string state', () => {
  it.each([
    ['', DEFAULT_STATE],
    ['?type=baogang', { type: 'baogang', street: '', sort: 'street' }],
    ['?street=xi&type=minban&sort=fee', { type: 'minban', street: 'xi', sort: 'fee' }],
    ['?sort=fee-desc', { type: '', street: '', sort: 'fee-desc' }],
    ['?sort=seats', { type: '', street: '', sort: 'seats' }],
    ['?type=nope&street=%E7%A4%BA%E4%BE%8B&sort=price', DEFAULT_STATE],
    ['type=jiaoban', { type: 'jiaoban', street: '', sort: 'street' }],
    ['?type=jiaoban&type=baogang', { type: 'jiaoban', street: '', sort: 'street' }],
  ] as [string, DirState][])('parseState(%s)', (search, want) => expect(parseState(search, known)).toEqual(want));

  it.each([
    [DEFAULT_STATE, ''],
    [{ type: 'baogang', street: '', sort: 'street' }, '?type=baogang'],
    [{ type: 'minban', street: 'xi', sort: 'fee' }, '?type=minban&street=xi&sort=fee'],
    [{ type: '', street: 'dong', sort: 'seats' }, '?street=dong&sort=seats'],
  ] as [DirState, string][])('stateQuery(%j) = %s', (state, want) => expect(stateQuery(state)).toBe(want));

  it.each([
    { type: 'baogang', street: 'xi', sort: 'fee-desc' },
    { type: '', street: '', sort: 'street' },
    { type: 'jiaoban', street: '', sort: 'seats' },
  ] as DirState[])('round-trips %j', (state) => expect(parseState(stateQuery(state), known)).toEqual(state));
});

const row = (order: number, over: Partial<DirRow> = {}): DirRow => ({ type: 'jiaoban', street: 'dong', fee: 400, feeMax: 400, total: 752, free: 10, order, ...over });

describe('filtering', () => {
  const r = row(0, { type: 'baogang', street: 'xi' });
  it.each([
    [DEFAULT_STATE, true],
    [{ ...DEFAULT_STATE, type: 'baogang' }, true],
    [{ ...DEFAULT_STATE, type: 'jiaoban' }, false],
    [{ ...DEFAULT_STATE, street: 'xi' }, true],
    [{ ...DEFAULT_STATE, street: 'dong' }, false],
    [{ type: 'baogang', street: 'xi', sort: 'fee' }, true],
    [{ type: 'baogang', street: 'dong', sort: 'fee' }, false],
  ] as [DirState, boolean][])('rowMatches %j', (state, want) => expect(rowMatches(r, state)).toBe(want));
});

describe('sorting', () => {
  const rows = [
    row(0, { fee: 400, feeMax: 400, free: 5, total: 752 }),
    row(1, { fee: 300, feeMax: 500, free: 30, total: undefined }),
    row(2, { fee: 300, feeMax: 300, free: 30, total: 652 }),
    row(3, { fee: 1800, feeMax: 2000, free: 0, total: 752 }),
    row(4, { fee: 350, feeMax: 350, free: 1, total: undefined }),
  ];
  it.each([
    ['street', [0, 1, 2, 3, 4]],
    ['fee', [1, 2, 4, 0, 3]],
    ['fee-desc', [3, 1, 0, 4, 2]],
    // 每月合计 low to high; equal totals keep the default order; unknown totals last, in the default order.
    ['total', [2, 0, 3, 1, 4]],
    ['seats', [1, 2, 0, 4, 3]],
  ] as const)('%s', (sort, want) => expect([...rows].reverse().sort(compareRows(sort)).map((r) => r.order)).toEqual(want));
  // A fee not published sorts last both ways (never as 0, which would put it first).
  // A total with an unknown part is unknown too: sorted last with the rows that have no total.
  const withUnknown = [...rows, row(5, { fee: undefined, feeMax: undefined, total: undefined, free: 0 }), row(6, { fee: undefined, feeMax: undefined, total: undefined, free: 0 })];
  it.each([
    ['fee', [1, 2, 4, 0, 3, 5, 6]],
    ['fee-desc', [3, 1, 0, 4, 2, 5, 6]],
    ['total', [2, 0, 3, 1, 4, 5, 6]],
  ] as const)('%s with fees not published', (sort, want) => expect([...withUnknown].reverse().sort(compareRows(sort)).map((r) => r.order)).toEqual(want));
});

describe('announced view', () => {
  it.each([
    [40, 40, DEFAULT_STATE, { sort: '按街道' }, '共 40 所幼儿园，按街道排列。'],
    [40, 40, DEFAULT_STATE, { sort: '按镇（乡）' }, '共 40 所幼儿园，按镇（乡）排列。'],
    [11, 40, { type: 'baogang', street: '', sort: 'fee' }, { type: '包钢幼教处', sort: '保教费从低到高' }, '显示 11 所幼儿园（包钢幼教处），共 40 所，保教费从低到高排列。'],
    [2, 40, { type: 'baogang', street: 'xi', sort: 'seats' }, { type: '包钢幼教处', street: '示例西街道', sort: '空余学位从多到少' }, '显示 2 所幼儿园（包钢幼教处，示例西街道），共 40 所，空余学位从多到少排列。'],
    [0, 40, { type: 'minban', street: 'xi', sort: 'street' }, { type: '民办', street: '示例西街道', sort: '按街道' }, '显示 0 所幼儿园（民办，示例西街道），共 40 所，按街道排列。'],
  ] as [number, number, DirState, { type?: string; street?: string; sort: string }, string][])('%d of %d', (shown, total, state, names, want) => {
    expect(describeView(shown, total, state, names)).toBe(want);
  });
});

describe('sortLabels: the street order is named with the content\'s word', () => {
  it.each([
    ['街道', '按街道'],
    ['镇（乡）', '按镇（乡）'],
  ])('%s → %s', (word, want) => {
    expect(sortLabels(word)).toEqual({ street: want, fee: '保教费从低到高', 'fee-desc': '保教费从高到低', total: '每月合计从低到高', seats: '空余学位从多到少' });
  });
});
