import { describe, expect, it } from 'vitest';
import { byStreet, isCounted, kgState, offersSeats, resolveKindergartens, splitByState, stateText } from '../../../src/lib/kindergartens/kindergarten.ts';
import { data, kg, STREETS, TYPES } from '../../helpers/kindergartens.ts';

describe('resolveKindergartens', () => {
  const records = [
    { id: 'c', data: data({ name: '示例丙幼儿园', street: '示例西街道', type: '教办公办' }) },
    { id: 'b', data: data({ name: '示例乙幼儿园', street: '示例东街道', type: '民办' }) },
    { id: 'a', data: data({ name: '示例甲幼儿园', street: '示例东街道', type: '民办' }) },
    { id: 'd', data: data({ name: '包钢第十七幼儿园', street: '示例东街道', type: '包钢幼教处' }) },
  ];
  it('joins type and street, sorts by street list, type list, then pinyin name', () => {
    const kgs = resolveKindergartens(records, TYPES, STREETS);
    expect(kgs.map((k) => k.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(kgs[0]!.type.category).toBe('公办');
    expect(kgs[3]!.street.id).toBe('xi');
  });
  it('unknown type or street throws (validation catches it before pages are built)', () => {
    expect(() => resolveKindergartens([{ id: 'x', data: data({ type: '公立' }) }], TYPES, STREETS)).toThrow('类型“公立”');
    expect(() => resolveKindergartens([{ id: 'x', data: data({ street: '无名街道' }) }], TYPES, STREETS)).toThrow('街道/乡镇“无名街道”');
  });
});

describe('byStreet', () => {
  const items = [{ kg: kg('a', 'jiaoban', 'xi'), n: 1 }, { kg: kg('b', 'jiaoban', 'dong'), n: 2 }, { kg: kg('c', 'baogang', 'xi'), n: 3 }];
  it('groups in the order of the streets list, items in their order, streets without any left out', () => {
    expect(byStreet(items, STREETS, (i) => i.kg).map((g) => [g.street.id, g.items.map((i) => i.n)])).toEqual([['dong', [2]], ['xi', [1, 3]]]);
  });
  it('no items: no groups', () => expect(byStreet([], STREETS, (i: { kg: ReturnType<typeof kg> }) => i.kg)).toEqual([]));
});

describe('kindergarten states', () => {
  it.each([
    [{}, 'open', true, true, ''],
    [{ status: '暂停招生' as const }, 'suspended', true, false, '暂停招生'],
    [{ status: '新建未开园' as const, opensOn: '2025-09-01' }, 'planned', false, false, '新建未开园，计划2025年9月1日开园'],
    [{ status: '新建未开园' as const }, 'planned', false, false, '新建未开园'],
    [{ closedOn: '2024-07-01' }, 'closed', false, false, '已停办（2024年7月1日）'],
    [{ closedOn: '2024-07-01', status: '暂停招生' as const }, 'closed', false, false, '已停办（2024年7月1日）'],
  ])('%j → %s', (over, state, counted, offers, text) => {
    const d = data(over);
    expect([kgState(d), isCounted(d), offersSeats(d), stateText(d)]).toEqual([state, counted, offers, text]);
  });
  it('splitByState keeps list order in each part', () => {
    const kgs = [kg('a', 'jiaoban', 'dong', { closedOn: '2024-01-01' }), kg('b', 'jiaoban', 'dong'), kg('c', 'jiaoban', 'dong', { status: '新建未开园' }), kg('d', 'jiaoban', 'dong', { status: '暂停招生' })];
    const s = splitByState(kgs);
    expect([s.counted, s.planned, s.closed].map((l) => l.map((k) => k.id))).toEqual([['b', 'd'], ['c'], ['a']]);
  });
});
