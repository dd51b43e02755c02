import { describe, expect, it } from 'vitest';
import {
  categoryShares, classCount, classesText, freeSeats, plannedNewSeats, projectsByStreetFigure, seatProjects, seatTotals, seatsByStreet, seatsByStreetFigure,
  seatsByType, seatsByTypeFigure, sharesFigure, standardCapacity,
} from '../../../src/lib/kindergartens/seats.ts';
import { targetProgress, type ReportFacts, type TargetFacts } from '../../../src/lib/progress/engine.ts';
import type { Kindergarten } from '../../../src/lib/kindergartens/kindergarten.ts';
import { chartData } from '../../../src/lib/core/figure.ts';
import { kg, STREETS, TYPES, kgWithSampleFlags, SAMPLE_CASES, type SampleFlags } from '../../helpers/kindergartens.ts';

describe('class-size standard', () => {
  it.each([
    [{}, 0, 0, '未填写班级'],
    [{ 小班: 1 }, 1, 25, '1 个小班'],
    [{ 小班: 4, 中班: 4, 大班: 4 }, 12, 360, '4 个小班、4 个中班、4 个大班'],
    [{ 混龄: 2, 大班: 1 }, 3, 95, '1 个大班、2 个混龄班'],
    [{ 中班: 0, 大班: 2 }, 2, 70, '2 个大班'],
  ])('%j: %d classes, %d seats', (classes, n, seats, text) => {
    expect(classCount(classes)).toBe(n);
    expect(standardCapacity(classes)).toBe(seats);
    expect(classesText(classes)).toBe(text);
  });
  it.each([[360, 320, 40], [100, 100, 0], [80, 90, 0]])('freeSeats(%d, %d) = %d', (c, e, want) => expect(freeSeats(c, e)).toBe(want));
});

// Four kindergartens: two 公办 (one 教办, one 包钢) on 东, a 普惠性民办 on 西, a 民办 on 东 that is over-enrolled
// (an error the build refuses; the sums must still never count negative free seats).
const kgs = [
  kg('a', 'jiaoban', 'dong', { capacity: 300, enrolled: 250 }),
  kg('b', 'baogang', 'dong', { capacity: 360, enrolled: 350, classes: { 小班: 4, 中班: 4, 大班: 4 } }),
  kg('c', 'puhui', 'xi', { capacity: 200, enrolled: 150, classes: { 混龄: 2 } }),
  kg('d', 'minban', 'dong', { capacity: 100, enrolled: 110 }),
];

describe('totals and breakdowns', () => {
  it('totals sum free seats per kindergarten', () => {
    expect(seatTotals(kgs)).toEqual({ count: 4, classes: 3 + 12 + 2 + 3, capacity: 960, enrolled: 860, free: 50 + 10 + 50 + 0 });
    expect(seatTotals([])).toEqual({ count: 0, classes: 0, capacity: 0, enrolled: 0, free: 0 });
  });
  it('a kindergarten 暂停招生 counts its seats and children but offers no free seat', () => {
    const paused = [kgs[0]!, { ...kgs[2]!, data: { ...kgs[2]!.data, status: '暂停招生' as const } }];
    expect(seatTotals(paused)).toEqual({ count: 2, classes: 3 + 2, capacity: 500, enrolled: 400, free: 50 });
  });
  it('by street in list order, empty streets left out', () => {
    expect(seatsByStreet(kgs, STREETS).map((g) => [g.id, g.count, g.capacity, g.enrolled, g.free])).toEqual([
      ['dong', 3, 760, 710, 60],
      ['xi', 1, 200, 150, 50],
    ]);
  });
  it('by type in list order', () => {
    expect(seatsByType(kgs, TYPES).map((g) => [g.name, g.capacity])).toEqual([['教办公办', 300], ['包钢幼教处', 360], ['普惠性民办', 200], ['民办', 100]]);
  });
});

describe('公办 and 普惠 shares', () => {
  it('by enrolment and by capacity', () => {
    const { rows, publicShare, puhuiShare } = categoryShares(kgs);
    expect(publicShare).toBeCloseTo(600 / 860);
    expect(puhuiShare).toBeCloseTo(750 / 860);
    expect(rows.map((r) => [r.label, r.count, r.enrolled, r.capacity])).toEqual([
      ['公办幼儿园', 2, 600, 660],
      ['普惠性民办幼儿园', 1, 150, 200],
      ['其他民办幼儿园', 1, 110, 100],
      ['普惠性幼儿园合计（公办＋普惠性民办）', 3, 750, 860],
    ]);
    expect(rows[3]!.capacityShare).toBeCloseTo(860 / 960);
  });
  it('an empty district has shares of 0, not NaN', () => {
    const { publicShare, puhuiShare, rows } = categoryShares([]);
    expect([publicShare, puhuiShare, rows[0]!.capacityShare]).toEqual([0, 0, 0]);
  });
});

describe('seat figures', () => {
  it('by street: table rows, chart from the same rows, generated summary', () => {
    const f = seatsByStreetFigure(kgs, STREETS, '街道');
    expect(f.id).toBe('seats-by-street');
    expect(f.table.rows).toEqual([
      { name: '示例东街道', count: 3, capacity: 760, enrolled: 710, free: 60 },
      { name: '示例西街道', count: 1, capacity: 200, enrolled: 150, free: 50 },
    ]);
    expect(chartData(f)?.datasets).toEqual([{ label: '核定学位', data: [760, 200] }, { label: '在园幼儿', data: [710, 150] }]);
    expect(f.summary).toMatchInlineSnapshot(`"2 个街道共有核定学位 960 个、在园幼儿 860 人；学位最多的是示例东街道（760 个），空余学位最多的是示例东街道（60 个）。"`);
    expect(f.sample).toBe(true);
    expect(f.asOf).toBe('2024-09-01');
  });
  it('by type', () => {
    const f = seatsByTypeFigure(kgs, TYPES);
    expect(f.table.rows.map((r) => r.name)).toEqual(['教办公办', '包钢幼教处', '普惠性民办', '民办']);
    expect(f.summary).toContain('学位最多的是包钢幼教处（360 个）');
  });
  it('shares as percentages with one decimal', () => {
    const f = sharesFigure(kgs);
    expect(f.table.rows[0]).toEqual({ label: '公办幼儿园', count: 2, enrolled: 600, enrolledShare: 69.8, capacity: 660, capacityShare: 68.8 });
    expect(f.summary).toMatchInlineSnapshot(`"公办幼儿园在园幼儿占全部在园幼儿的 69.8%，普惠性幼儿园（公办＋普惠性民办）占 87.2%。"`);
    expect(f.chart).toBeUndefined();
  });
  it('empty data says so', () => {
    expect(seatsByStreetFigure([], STREETS, '街道').summary).toBe('暂无幼儿园学位数据。');
    expect(sharesFigure([]).summary).toBe('暂无幼儿园学位数据。');
  });
  it('a figure is not sample when neither records nor streets are', () => {
    const k = kg('a', 'jiaoban', 'dong', { sample: false });
    const real = [{ ...k, street: { ...k.street, sample: false } }];
    expect(seatsByStreetFigure(real, STREETS.map((s) => ({ ...s, sample: false })), '街道').sample).toBe(false);
    expect(seatsByStreetFigure(real, STREETS, '街道').sample).toBe(true);
  });
});

describe('seatProjects: projects with the progress the progress pages show', () => {
  const project = (target: string) => ({ kind: '原址翻建' as const, target, classes: 12, seats: 360, source: { policy: 'plan', section: '三' } });
  const seatsTarget: TargetFacts = { id: 'seats-17', task: 'facilities', title: '新建学位', unit: '个', target: { kind: 'number', value: 360 }, newSeats: true, breakdown: [], breakdownUnit: '', order: 0 };
  const june: ReportFacts = { id: '2024-06', path: 'content/reports/2024-06.json', month: '2024-06', asOf: '2024-06-30', values: { 'seats-17': 0 }, notes: {}, breakdown: {}, sample: true };
  const seats17 = targetProgress(seatsTarget, [june]);
  const progress = new Map([['seats-17', seats17]]);
  it.each([
    ['no project: left out', [kg('a', 'jiaoban', 'dong')], []],
    ['project without a target: plan figures only', [kg('b', 'baogang', 'dong', { project: project('') })], [{ id: 'b', progress: undefined }]],
    ['target not in the progress data: plan figures only', [kg('c', 'baogang', 'dong', { project: project('nowhere') })], [{ id: 'c', progress: undefined }]],
    ['target known: its progress record', [kg('d', 'baogang', 'dong', { project: project('seats-17') })], [{ id: 'd', progress: seats17 }]],
    ['list order kept', [kg('e', 'baogang', 'dong', { project: project('seats-17') }), kg('a', 'jiaoban', 'dong'), kg('f', 'baogang', 'xi', { project: project('') })], [{ id: 'e', progress: seats17 }, { id: 'f', progress: undefined }]],
  ] as [string, Kindergarten[], { id: string; progress: unknown }[]][])('%s', (_name, kgs, want) => {
    const got = seatProjects(kgs, progress);
    expect(got.map((p) => ({ id: p.kg.id, progress: p.progress }))).toEqual(want);
    for (const p of got) expect(p.project).toBe(p.kg.data.project);
  });
  it('the progress record is the one the progress pages hold (same object)', () => {
    const [p] = seatProjects([kg('d', 'baogang', 'dong', { project: project('seats-17') })], progress);
    expect(p?.progress).toBe(seats17);
  });
});

describe('plannedNewSeats', () => {
  it.each([
    [[], 0],
    [[360], 360],
    [[360, 360], 720],
  ])('%j → %d', (seats, total) => {
    const projects = seats.map((s) => ({ project: { kind: '原址翻建', seats: s, classes: 12 } as never }));
    expect(plannedNewSeats(projects)).toBe(total);
  });
});

describe('projectsByStreetFigure: the projects per subdivision, for a long list', () => {
  const project = (seats: number, classes: number) => ({ kind: '原址翻建' as const, target: '', classes, seats, source: { policy: 'plan', section: '三' } });
  const projects = seatProjects([
    kg('a', 'baogang', 'xi', { project: project(360, 12) }),
    kg('b', 'baogang', 'dong', { project: project(180, 6) }),
    kg('c', 'jiaoban', 'xi', { project: project(90, 3) }),
    kg('d', 'jiaoban', 'nan'),
  ], new Map());
  it('rows in the streets order, streets without a project left out; totals, summary, source', () => {
    const f = projectsByStreetFigure(projects, STREETS, '街道');
    expect(f.id).toBe('seat-projects-by-street');
    expect(f.caption).toBe('各街道新增学位项目');
    expect(f.table.rows).toEqual([
      { name: '示例东街道', count: 1, classes: 6, seats: 180 },
      { name: '示例西街道', count: 2, classes: 15, seats: 450 },
    ]);
    expect(f.summary).toMatchInlineSnapshot(`"2 个街道共有 3 个新增学位项目，建成后共可提供学位 630 个；最多的是示例西街道（450 个）。"`);
    expect(f.sample).toBe(true);
    expect(f.source).toBe('各幼儿园信息');
  });
  it('names the subdivision with the content word', () => expect(projectsByStreetFigure(projects, STREETS, '镇（乡）').table.columns[0]).toEqual({ key: 'name', label: '镇（乡）' }));
  it('no project: says so, no rows', () => {
    const f = projectsByStreetFigure([], STREETS, '街道');
    expect(f.summary).toBe('暂无新增学位项目。');
    expect(f.table.rows).toEqual([]);
    expect('asOf' in f).toBe(false);
  });
});

// One answer to “is this kindergarten sample data?” (isSample): its own flag, its street's or its type's. Every
// seat figure is sample as soon as one kindergarten it shows is; the per-street and per-type figures also when a
// street or type they list is.
describe('seat figures: sample by isSample', () => {
  const project = { kind: '原址翻建' as const, target: '', classes: 12, seats: 360, source: { policy: 'plan', section: '三' } };
  const real = (flags: SampleFlags = {}) => kgWithSampleFlags(flags, { project });
  const streets = STREETS.map((s) => ({ ...s, sample: false }));
  it.each(SAMPLE_CASES)('%s → sample %s', (_n, over, want) => {
    const kgs = [real(over)];
    const figures = [seatsByStreetFigure(kgs, streets, '街道'), seatsByTypeFigure(kgs, TYPES), sharesFigure(kgs), projectsByStreetFigure(seatProjects(kgs, new Map()), streets, '街道')];
    expect(figures.map((f) => f.sample)).toEqual([want, want, want, want]);
  });
  it('a sample street or type in the list makes its figure sample', () => {
    const kgs = [real()];
    expect(seatsByStreetFigure(kgs, [...streets, { ...STREETS[2]!, sample: true }], '街道').sample).toBe(true);
    expect(seatsByTypeFigure(kgs, [...TYPES, { ...TYPES[3]!, id: 'x', name: '示例类型', sample: true }]).sample).toBe(true);
  });
});
