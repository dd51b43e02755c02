import { describe, expect, it } from 'vitest';
import {
  adjustmentsUnder, basisText, changeText, feeDocument, feeRows, pricingOf, ruleQuotes, citingCount, publicFeeOverview, historyNewestFirst, lastChange, mealsText, overCap,
  sameTuition, tuitionLines, tuitionRange, tuitionSummary, tuitionText, DEFAULT_MEAL_DAYS, mealDays, mealDaysSentence, mealsPerMonth, monthlyMeals, monthlyTotal, compareTotals, listFees,
  hasPublishedFees, knownTuitionRange, unpublishedNote,
} from '../../../src/lib/kindergartens/fees.ts';
import { adjustmentsByStreetFigure, adjustmentsFigure, feeTableFigure } from '../../../src/lib/kindergartens/fee-figures.ts';
import type { FeeChange, Tuition } from '../../../src/schemas/kindergarten.ts';
import { data, kg, STREETS } from '../../helpers/kindergartens.ts';

const all = (amount: number): Tuition[] => [{ level: '全部', amount }];
const byLevel: Tuition[] = [{ level: '大班', amount: 380 }, { level: '小班', amount: 420 }, { level: '中班', amount: 400 }];
const change = (effectiveOn: string, before: number, after: number, docNumber = '包发改费字〔2015〕203号'): FeeChange => ({ effectiveOn, docNumber, before: all(before), after: all(after), note: '' });

describe('保教费 text and ranges', () => {
  it.each([
    [all(400), { min: 400, max: 400 }, '400 元/月', '400 元/月'],
    [byLevel, { min: 380, max: 420 }, '380–420 元/月', '小班 420、中班 400、大班 380 元/月'],
    [[{ level: '混龄', amount: 1250.5 }] as Tuition[], { min: 1250.5, max: 1250.5 }, '1,250.5 元/月', '混龄 1,250.5 元/月'],
  ])('%j', (t, range, text, summary) => {
    expect(tuitionRange(t)).toEqual(range);
    expect(tuitionText(t)).toBe(text);
    expect(tuitionSummary(t)).toBe(summary);
  });
  it('summary without unit, for table cells', () => expect(tuitionSummary(byLevel, false)).toBe('小班 420、中班 400、大班 380'));
  it('an empty fee list is a programming error', () => expect(() => tuitionRange([])).toThrow('保教费为空'));
  it('lines come in level order, 全部 read as 各班级', () => {
    expect(tuitionLines(byLevel).map((l) => l.label)).toEqual(['小班', '中班', '大班']);
    expect(tuitionLines(all(300))).toEqual([{ label: '各班级', amount: 300 }]);
  });
  it.each([
    [{ amount: 16, unit: '元/天' }, '16 元/天'],
    [{ amount: 450, unit: '元/月' }, '450 元/月'],
    [{ amount: 15.5, unit: '元/天' }, '15.5 元/天'],
  ] as const)('meals %j', (m, want) => expect(mealsText(m)).toBe(want));
});

describe('fee table, basis and change sentences (kindergarten page and poster)', () => {
  const fees = (over: Partial<ReturnType<typeof data>['fees']> = {}) => ({ ...data().fees, ...over });
  it.each([
    ['one fee, cap shown', fees(), true, [['保教费（各班级）', '400 元/月'], ['伙食费', '16 元/天'], ['核定保教费上限', '400 元/月']]],
    ['one fee, poster without cap', fees(), false, [['保教费（各班级）', '400 元/月'], ['伙食费', '16 元/天']]],
    ['levels in level order, no cap set', fees({ tuition: byLevel, cap: undefined, meals: { amount: 450, unit: '元/月' } }), true, [['保教费（小班）', '420 元/月'], ['保教费（中班）', '400 元/月'], ['保教费（大班）', '380 元/月'], ['伙食费', '450 元/月']]],
    ['thousands and decimals', fees({ tuition: [{ level: '混龄', amount: 1250.5 }], cap: 1300 }), true, [['保教费（混龄）', '1,250.5 元/月'], ['伙食费', '16 元/天'], ['核定保教费上限', '1,300 元/月']]],
  ] as const)('feeRows: %s', (_n, f, cap, want) => expect(feeRows(f, { cap }).map((r) => [r.item, r.amount])).toEqual(want));
  it.each([
    [{ docNumber: '包发改费字〔2015〕203号', effectiveOn: '2019-09-01' }, { title: '关于幼儿园收费的通知' }, '《关于幼儿园收费的通知》，2019年9月1日起执行'],
    [{ docNumber: '未收录〔2020〕1号', effectiveOn: '2020-03-15' }, undefined, '，2020年3月15日起执行'],
  ])('basisText %#', (basis, doc, want) => expect(basisText(basis, doc)).toBe(want));
  it.each([
    [change('2024-03-01', 480, 400), '2024年3月1日起，保教费由 480 元/月 调整为 400 元/月'],
    [{ ...change('2021-09-01', 0, 0), before: byLevel, after: all(380) }, '2021年9月1日起，保教费由 小班 420、中班 400、大班 380 元/月 调整为 380 元/月'],
  ])('changeText %#', (c, want) => expect(changeText(c)).toBe(want));
});

describe('caps and equality', () => {
  it.each([
    [byLevel, 400, [1]],
    [byLevel, 420, []],
    [byLevel, 300, [0, 1, 2]],
    [byLevel, undefined, []],
  ] as const)('overCap(%j, %s)', (t, cap, want) => expect(overCap(t, cap)).toEqual(want));
  it.each([
    [byLevel, [...byLevel].reverse(), true],
    [byLevel, byLevel.slice(0, 2), false],
    [all(400), all(400), true],
    [all(400), all(401), false],
    [all(400), [{ level: '小班', amount: 400 }], false],
    [[{ level: '小班', amount: 1 }, { level: '中班', amount: 2 }], [{ level: '小班', amount: 1 }, { level: '小班', amount: 1 }], false],
  ] as [Tuition[], Tuition[], boolean][])('sameTuition %#', (a, b, want) => expect(sameTuition(a, b)).toBe(want));
});

describe('history ordering', () => {
  const h = [change('2020-09-01', 500, 480), change('2024-03-01', 480, 400), change('2022-01-01', 480, 480, 'x'), change('2024-03-01', 400, 390, 'same-day')];
  it('newest first; same-day changes keep file order', () => {
    expect(historyNewestFirst(h).map((c) => [c.effectiveOn, c.docNumber])).toEqual([
      ['2024-03-01', '包发改费字〔2015〕203号'], ['2024-03-01', 'same-day'], ['2022-01-01', 'x'], ['2020-09-01', '包发改费字〔2015〕203号'],
    ]);
  });
  it('does not reorder the input', () => {
    historyNewestFirst(h);
    expect(h[0]!.effectiveOn).toBe('2020-09-01');
  });
  it('last change', () => {
    expect(lastChange(h)?.effectiveOn).toBe('2024-03-01');
    expect(lastChange([])).toBeUndefined();
  });
});

describe('adjustments under a document', () => {
  const doc = '包发改费字〔2015〕203号';
  const kgs = [
    kg('a', 'jiaoban', 'dong', { fees: { ...data().fees, tuition: all(400), history: [change('2024-09-01', 480, 400)] } }),
    kg('b', 'jiaoban', 'xi', { fees: { ...data().fees, tuition: all(350), history: [change('2024-03-01', 400, 350), change('2019-01-01', 300, 400, '别的文件')] } }),
    kg('c', 'baogang', 'xi'),
  ];
  it('lists kindergartens with a change under the document, oldest change first, with the cut', () => {
    expect(adjustmentsUnder(kgs, doc).map((a) => [a.kg.id, a.change.effectiveOn, a.cut])).toEqual([['b', '2024-03-01', 50], ['a', '2024-09-01', 80]]);
  });
  it('figure: table, summary against the plan, CSV columns', () => {
    const f = adjustmentsFigure(adjustmentsUnder(kgs, doc), doc, 9, '实施方案');
    expect(f.id).toBe('fee-adjustments');
    expect(f.summary).toMatchInlineSnapshot(`"实施方案要求调整 9 所，已记录 2 所幼儿园按包发改费字〔2015〕203号调整保教费：2 所下调，最高一档保教费平均每月降低 65 元。"`);
    expect(f.table.rows).toEqual([
      { name: '示例b幼儿园', before: '400', after: '350', cut: 50, effectiveOn: '2024-03-01' },
      { name: '示例a幼儿园', before: '480', after: '400', cut: 80, effectiveOn: '2024-09-01' },
    ]);
    expect(f.sample).toBe(true);
    expect(f.chart).toBeUndefined();
    expect(f.source).toBe(`${doc}；各幼儿园收费调整记录`);
    expect(f.asOf).toBe('2024-09-01');
  });
  it('per-subdivision figure: rows in the streets order, streets without an adjustment left out', () => {
    const more = [...kgs, kg('d', 'jiaoban', 'xi', { fees: { ...data().fees, tuition: all(500), history: [change('2024-09-01', 450, 500)] } })];
    const f = adjustmentsByStreetFigure(adjustmentsUnder(more, doc), STREETS, doc, '镇（乡）');
    expect(f.id).toBe('fee-adjustments-by-street');
    expect(f.caption).toBe(`各镇（乡）按${doc}调整收费的幼儿园`);
    expect(f.table.columns[0]).toEqual({ key: 'name', label: '镇（乡）' });
    expect(f.table.rows).toEqual([
      { name: '示例东街道', count: 1, lower: 1, cut: 80 },
      { name: '示例西街道', count: 2, lower: 1, cut: 0 },
    ]);
    expect(f.summary).toMatchInlineSnapshot(`"2 个镇（乡）共有 3 所幼儿园按包发改费字〔2015〕203号调整保教费，最多的是示例西街道（2 所）。"`);
    expect(f.source).toBe(`${doc}；各幼儿园收费调整记录`);
    expect(f.asOf).toBe('2024-09-01');
    const none = adjustmentsByStreetFigure([], STREETS, doc, '街道');
    expect(none.summary).toBe(`尚未记录按${doc}调整的幼儿园。`);
    expect(none.table.rows).toEqual([]);
  });
  it('figure with nothing recorded says so', () => {
    const empty = adjustmentsFigure([], doc, undefined, '实施方案');
    expect(empty.summary).toBe(`尚未记录按${doc}调整的幼儿园。`);
    expect('asOf' in empty).toBe(false);
  });
});

describe('fees page overview', () => {
  const kgs = [
    kg('a', 'jiaoban', 'dong', { fees: { ...data().fees, tuition: byLevel } }),
    kg('b', 'baogang', 'xi', { fees: { ...data().fees, tuition: all(300), meals: { amount: 18, unit: '元/天' }, history: [change('2024-03-01', 400, 300)] } }),
    kg('c', 'minban', 'xi', { fees: { ...data().fees, tuition: all(1500), cap: undefined, basis: { docNumber: '民办备案1号', effectiveOn: '2024-01-01' } } }),
  ];
  it('public 保教费 range and distinct meal fees leave private kindergartens out', () => {
    expect(publicFeeOverview(kgs)).toEqual({ range: { min: 300, max: 420 }, meals: ['16 元/天', '18 元/天'], tuitionUnknown: 0, mealsUnknown: 0 });
  });
  it('no public kindergarten, no range', () => expect(publicFeeOverview([kgs[2]!])).toEqual({ meals: [], tuitionUnknown: 0, mealsUnknown: 0 }));
  it.each([
    ['示例〔2019〕1号', 2],
    ['包发改费字〔2015〕203号', 1],
    ['民办备案1号', 1],
    ['没有的文号', 0],
  ])('citingCount(%s) = %d', (doc, n) => expect(citingCount(kgs, doc)).toBe(n));
});

describe('pricingOf: the 定价方式 line from the fee rules of the category', () => {
  const rules = [
    { appliesTo: ['公办'], pricing: '政府定价' },
    { appliesTo: ['普惠性民办', '民办'], pricing: '成本核算、公示' },
    { appliesTo: ['普惠性民办'], pricing: '不高于核定上限' },
    { appliesTo: ['民办'], pricing: '' },
  ];
  it.each([
    ['公办', '政府定价'],
    ['普惠性民办', '成本核算、公示；不高于核定上限'],
    ['民办', '成本核算、公示'],
  ])('%s → %s', (category, want) => expect(pricingOf(rules, category)).toBe(want));
  it('no rule, no line', () => expect(pricingOf([], '公办')).toBe(''));
});

describe('ruleQuotes: the rule sentences a category\'s poster prints', () => {
  const rules = [
    { appliesTo: ['公办'], quote: '公办幼儿园实行政府定价。' },
    { appliesTo: ['普惠性民办', '民办'], quote: '民办幼儿园收费实行市场调节。' },
    { appliesTo: [], quote: '收费标准应公示。' },
  ];
  it.each([
    ['公办', ['公办幼儿园实行政府定价。']],
    ['民办', ['民办幼儿园收费实行市场调节。']],
    ['其他', []],
  ])('%s', (category, want) => expect(ruleQuotes(rules, category)).toEqual(want));
});

describe('feeDocument: the listed document of a 文号', () => {
  const docs = [{ id: 'a', docNumber: '甲〔2020〕1号' }, { id: 'b', docNumber: '乙〔2021〕2号' }];
  it.each([
    ['甲〔2020〕1号', 'a'],
    ['乙〔2021〕2号', 'b'],
    ['丙〔2022〕3号', undefined],
  ])('%s → %s', (n, id) => expect(feeDocument(docs, n)?.id).toBe(id));
});

describe('monthly meals and totals (the first screen and the lists)', () => {
  const perDay = { amount: 16, unit: '元/天' } as const;
  const perMonth = { amount: 300, unit: '元/月' } as const;
  const stated = mealDays(20);
  const estimated = mealDays(undefined);
  it('the convention: content first, else the stated estimate of 22 days', () => {
    expect([stated, estimated]).toEqual([{ days: 20, fromContent: true }, { days: DEFAULT_MEAL_DAYS, fromContent: false }]);
    expect(DEFAULT_MEAL_DAYS).toBe(22);
    expect(mealDaysSentence(stated)).toBe('按天收取的伙食费按每月 20 天折算成每月金额。');
    expect(mealDaysSentence(estimated)).toBe('按天收取的伙食费按每月 22 天估算每月金额，实际以在园天数为准。');
  });
  it.each([
    ['per day, days from content', perDay, stated, { amount: 320, perDay: true, note: '16 元/天 × 20 天' }],
    ['per day, estimated days', perDay, estimated, { amount: 352, perDay: true, note: '16 元/天 × 22 天（估算）' }],
    ['per day with cents', { amount: 15.5, unit: '元/天' } as const, estimated, { amount: 341, perDay: true, note: '15.5 元/天 × 22 天（估算）' }],
    ['per month: as it is', perMonth, estimated, { amount: 300, perDay: false, note: '' }],
    ['unknown', undefined, estimated, undefined],
  ] as const)('monthlyMeals: %s', (_n, m, days, want) => {
    expect(monthlyMeals(m, days)).toEqual(want);
    expect(mealsPerMonth(m, days)).toEqual(want?.amount);
  });
  it.each([
    ['one fee', [{ level: '全部', amount: 380 }], perDay, { min: 732, max: 732 }],
    ['fees by class', [{ level: '小班', amount: 420 }, { level: '大班', amount: 380 }], perMonth, { min: 680, max: 720 }],
    ['no tuition published', undefined, perDay, undefined],
    ['no tuition lines', [], perDay, undefined],
    ['no meal fee published', [{ level: '全部', amount: 380 }], undefined, undefined],
  ] as const)('monthlyTotal: %s', (_n, t, m, want) => {
    expect(monthlyTotal(t as readonly Tuition[] | undefined, m, estimated)).toEqual(want);
  });
  it('compareTotals: low to high, unknown last, ties equal', () => {
    const list = [{ id: 'u' }, { id: 'b', t: { min: 700 } }, { id: 'a', t: { min: 650 } }, { id: 'v' }, { id: 'c', t: { min: 700 } }];
    expect([...list].sort((x, y) => compareTotals(x.t, y.t)).map((x) => x.id)).toEqual(['a', 'b', 'c', 'u', 'v']);
  });
});

describe('listFees: the fee figures of a list row', () => {
  it('one fee, per-day meals (estimated days)', () => {
    expect(listFees(data().fees, mealDays(undefined))).toEqual({
      tuition: { min: 400, max: 400 },
      mealsQuoted: '16 元/天',
      meals: { amount: 352, perDay: true, note: '16 元/天 × 22 天（估算）' },
      total: { min: 752, max: 752 },
    });
  });
  it('fees by class, monthly meals', () => {
    const fees = { ...data().fees, tuition: [{ level: '小班', amount: 1200 }, { level: '大班', amount: 1000 }] as Tuition[], meals: { amount: 300, unit: '元/月' } as const };
    expect(listFees(fees, mealDays(20))).toMatchObject({ tuition: { min: 1000, max: 1200 }, mealsQuoted: '300 元/月', total: { min: 1300, max: 1500 } });
  });
  it.each([
    ['no 保教费 published', { meals: { amount: 16, unit: '元/天' as const }, history: [] }, { tuition: undefined, mealsQuoted: '16 元/天', meals: { amount: 352, perDay: true, note: '16 元/天 × 22 天（估算）' }, total: undefined }],
    ['no 伙食费 published', { tuition: [{ level: '全部' as const, amount: 380 }], history: [] }, { tuition: { min: 380, max: 380 }, mealsQuoted: '未公布', meals: undefined, total: undefined }],
    ['nothing published', { history: [] }, { tuition: undefined, mealsQuoted: '未公布', meals: undefined, total: undefined }],
  ])('a part not published: 未公布 and no total (%s)', (_n, fees, want) => {
    expect(listFees(fees, mealDays(undefined))).toEqual(want);
  });
});

describe('fees not published: 未公布, never 0', () => {
  const none = { history: [] };
  const mealsOnly = { meals: { amount: 12, unit: '元/天' as const }, history: [] };
  it.each([
    ['nothing published, page', none, { cap: true, capExpected: true }, [['保教费', '未公布'], ['伙食费', '未公布'], ['核定保教费上限', '未公布']]],
    ['nothing published, 民办 page', none, { cap: true }, [['保教费', '未公布'], ['伙食费', '未公布']]],
    ['meals only, page', mealsOnly, { cap: true, capExpected: true }, [['保教费', '未公布'], ['伙食费', '12 元/天'], ['核定保教费上限', '未公布']]],
    ['meals only, poster', mealsOnly, { cap: false, published: true }, [['伙食费', '12 元/天']]],
    ['nothing, poster', none, { cap: false, published: true }, []],
  ] as const)('feeRows: %s', (_n, f, o, want) => expect(feeRows(f, o).map((r) => [r.item, r.amount])).toEqual(want));
  it.each([
    [{ history: [] }, false],
    [mealsOnly, true],
    [{ tuition: all(300), history: [] }, true],
    [{ basis: { docNumber: 'x', effectiveOn: '2020-01-01' }, cap: 400, history: [] }, false],
  ])('hasPublishedFees %#', (f, want) => expect(hasPublishedFees(f)).toBe(want));
  it('texts and ranges', () => {
    expect(tuitionText(undefined)).toBe('未公布');
    expect(mealsText(undefined)).toBe('未公布');
    expect(knownTuitionRange(none)).toBeUndefined();
    expect(knownTuitionRange({ tuition: byLevel, history: [] })).toEqual({ min: 380, max: 420 });
  });
  it.each([[0, ''], [1, '另有 1 所未公布保教费'], [3, '另有 3 所未公布保教费']])('unpublishedNote(%d)', (n, want) => expect(unpublishedNote(n, '保教费')).toBe(want));
  it('the fee table figure leaves unknown cells empty (null) and says how many are unpublished', () => {
    const kgs = [kg('a', 'jiaoban', 'dong'), kg('b', 'jiaoban', 'xi', { fees: none }), kg('c', 'jiaoban', 'xi', { fees: mealsOnly })];
    const f = feeTableFigure(kgs, '镇（苏木）');
    expect(f.table.rows.map((r) => [r.id, r.tuitionMin, r.tuitionMax, r.cap, r.meals, r.mealsUnit, r.basis, r.effectiveOn])).toEqual([
      ['a', 400, 400, 400, 16, '元/天', '示例〔2019〕1号', '2019-09-01'],
      ['b', null, null, null, null, null, null, null],
      ['c', null, null, null, 12, '元/天', null, null],
    ]);
    expect(f.summary).toBe('共 3 所幼儿园（公办 3 所）；保教费最低 400 元/月（示例a幼儿园），最高 400 元/月（示例a幼儿园）；另有 2 所未公布保教费。');
    expect(feeTableFigure([kgs[1]!], '镇').summary).toBe('共 1 所幼儿园（公办 1 所），均未公布保教费。');
  });
  it('the 公办 overview leaves the unknown out of the range and meals, and counts it', () => {
    const kgs = [kg('a', 'jiaoban', 'dong'), kg('b', 'jiaoban', 'xi', { fees: none }), kg('c', 'jiaoban', 'xi', { fees: mealsOnly })];
    expect(publicFeeOverview(kgs)).toEqual({ range: { min: 400, max: 400 }, meals: ['16 元/天', '12 元/天'], tuitionUnknown: 2, mealsUnknown: 1 });
    expect(publicFeeOverview([kgs[1]!])).toEqual({ meals: [], tuitionUnknown: 1, mealsUnknown: 1 });
    expect(citingCount(kgs, '示例〔2019〕1号')).toBe(1);
  });
});
