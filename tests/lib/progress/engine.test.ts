import { describe, expect, it } from 'vitest';
import {
  aggregate, breakdownSeries, completion, latestAsOf, newSeats, progressByTask, sortReports, targetProgress, total, trend,
  valueFits, type ReportFacts, type TargetFacts, type TaskFacts,
} from '../../../src/lib/progress/engine.ts';
import type { TargetValue } from '../../../src/schemas/target.ts';

const num = (value: number): TargetValue => ({ kind: 'number', value });
const range = (min: number, max: number): TargetValue => ({ kind: 'range', min, max });
const qual: TargetValue = { kind: 'qualitative', description: '定性' };

function target(id: string, t: TargetValue, extra: Partial<TargetFacts> = {}): TargetFacts {
  return { id, task: 'facilities', title: id, unit: '㎡', target: t, newSeats: false, breakdown: [], breakdownUnit: '', order: 0, ...extra };
}

function report(month: string, values: ReportFacts['values'], extra: Partial<ReportFacts> = {}): ReportFacts {
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
  return { id: month, path: `content/reports/${month}.json`, month, asOf: last, values, notes: {}, breakdown: {}, sample: false, ...extra };
}

describe('completion', () => {
  it.each([
    ['number, partly done', num(9900), 7200, 7200 / 9900, 'in-progress'],
    ['number, nothing yet', num(9900), 0, 0, 'not-started'],
    ['number, exactly done', num(9900), 9900, 1, 'done'],
    ['number, done beyond 100 %', num(55100), 56300, 56300 / 55100, 'exceeded'],
    ['number, a target of 0 is met', num(0), 0, 1, 'done'],
    ['percentage target', num(100), 98.6, 0.986, 'in-progress'],
    ['range, nothing yet', range(3, 5), 0, 0, 'not-started'],
    ['range, below the lower bound', range(3, 5), 2, 2 / 3, 'in-progress'],
    ['range, at the lower bound', range(3, 5), 3, 1, 'done'],
    ['range, at the upper bound', range(3, 5), 5, 1, 'done'],
    ['range, beyond the upper bound', range(3, 5), 6, 6 / 5, 'exceeded'],
    ['range from 0', range(0, 2), 0, 1, 'done'],
    ['qualitative, done', qual, true, 1, 'done'],
    ['qualitative, not done', qual, false, 0, 'pending'],
  ] as const)('%s', (_name, t, done, ratio, status) => {
    const c = completion(t, done);
    expect(c.ratio).toBeCloseTo(ratio, 10);
    expect(c.status).toBe(status);
  });

  it.each([
    [num(10), true, false],
    [range(3, 5), false, false],
    [qual, 1, false],
    [num(10), 1, true],
    [qual, true, true],
  ] as const)('valueFits(%j, %j) = %j', (t, v, want) => expect(valueFits(t, v)).toBe(want));

  it('a value of the wrong kind is an error', () => {
    expect(() => completion(num(10), true)).toThrowErrorMatchingInlineSnapshot(`[ProgressError: 完成数 true 与目标类型不符，应为数字（累计完成数）。]`);
    expect(() => completion(qual, 3)).toThrowErrorMatchingInlineSnapshot(`[ProgressError: 完成数 3 与目标类型不符，应为true（已完成）或 false（未完成）。]`);
  });
});

describe('targetProgress', () => {
  const hard = target('outdoor-hardening', num(9900));
  const reports = [
    report('2024-06', { 'outdoor-hardening': 7200 }, { notes: { 'outdoor-hardening': '六月说明' } }),
    report('2024-04', { 'outdoor-hardening': 3800, walls: 1200 }),
    report('2024-05', { 'outdoor-hardening': 5600 }, { sample: true }),
  ];

  it('takes the latest report, whatever the order of the files', () => {
    const p = targetProgress(hard, reports);
    expect(p).toMatchObject({ done: 7200, status: 'in-progress', asOf: '2024-06-30', reportPath: 'content/reports/2024-06.json', note: '六月说明', sample: false });
    expect(p.capped).toBeCloseTo(0.7273, 4);
  });

  it('a target left out of later reports keeps its last value and that report’s date', () => {
    expect(targetProgress(target('walls', num(3700), { unit: 'm' }), reports)).toMatchObject({ done: 1200, asOf: '2024-04-30' });
  });

  it('counts only reports up to a month when asked', () => {
    expect(targetProgress(hard, reports, '2024-05')).toMatchObject({ done: 5600, asOf: '2024-05-31', sample: true, note: '' });
    expect(targetProgress(hard, reports, '2024-03')).toMatchObject({ done: null, status: 'none' });
  });

  it('a target with no report yet', () => {
    expect(targetProgress(target('publicity-video', qual), reports)).toEqual({
      target: target('publicity-video', qual),
      done: null, ratio: null, capped: 0, status: 'none', asOf: null, reportPath: null, note: '', breakdown: null, sample: false,
    });
  });

  it('done beyond 100 % keeps its ratio but is capped for averages', () => {
    const p = targetProgress(target('picture-books', num(55100)), [report('2024-06', { 'picture-books': 56300 })]);
    expect(p.status).toBe('exceeded');
    expect(p.ratio).toBeCloseTo(1.0218, 4);
    expect(p.capped).toBe(1);
  });

  it('a value of the wrong kind names the report file and the target', () => {
    expect(() => targetProgress(hard, [report('2024-06', { 'outdoor-hardening': true })])).toThrowErrorMatchingInlineSnapshot(
      `[ProgressError: content/reports/2024-06.json：目标“outdoor-hardening”的完成数 true 与目标类型不符，应为数字（累计完成数）。]`,
    );
  });

  it('rethrows anything that is not a progress error', () => {
    const weird = { ...hard, target: { kind: 'number', get value(): number { throw new TypeError('boom'); } } as TargetValue };
    expect(() => targetProgress(weird, [report('2024-06', { 'outdoor-hardening': 1 })])).toThrow(TypeError);
  });
});

describe('aggregate', () => {
  const t = (id: string, v: TargetValue) => target(id, v);
  const reports = [report('2024-06', { a: 50, b: 200, c: true, d: 0 }, { sample: true })];
  it.each([
    ['no targets', [], { count: 0, reported: 0, completed: 0, ratio: 0, asOf: null, sample: false }],
    ['one half done', [t('a', num(100))], { count: 1, reported: 1, completed: 0, ratio: 0.5, asOf: '2024-06-30', sample: true }],
    // b is 200 % done: capped at 100 % so it cannot make up for a.
    ['exceeded is capped', [t('a', num(100)), t('b', num(100))], { count: 2, reported: 2, completed: 1, ratio: 0.75 }],
    ['no report counts as 0', [t('a', num(100)), t('x', num(100))], { count: 2, reported: 1, completed: 0, ratio: 0.25 }],
    ['qualitative and zero', [t('c', qual), t('d', num(5))], { count: 2, reported: 2, completed: 1, ratio: 0.5 }],
  ] as const)('%s', (_name, targets, want) => {
    expect(aggregate(targets.map((x) => targetProgress(x, reports)))).toMatchObject(want);
  });
});

describe('progressByTask', () => {
  const tasks: TaskFacts[] = [
    { id: 'fees', label: '（三）', title: '规范收费', shortTitle: '规范收费', order: 3 },
    { id: 'staffing', label: '（一）', title: '配齐教职工', shortTitle: '配齐教职工', order: 1 },
  ];
  const targets = [
    target('b', num(10), { task: 'staffing', order: 2 }),
    target('a', num(10), { task: 'staffing', order: 1 }),
    target('f', qual, { task: 'fees', order: 1 }),
  ];
  it('orders tasks and their targets, with a summary per task', () => {
    const r = progressByTask(tasks, targets, [report('2024-06', { a: 10, b: 5, f: false })]);
    expect(r.map((t) => [t.task.id, t.targets.map((p) => p.target.id), t.summary.ratio])).toEqual([
      ['staffing', ['a', 'b'], 0.75],
      ['fees', ['f'], 0],
    ]);
  });
  it('a target of an unknown task is an error', () => {
    expect(() => progressByTask(tasks, [target('z', num(1), { task: 'nope' })], [])).toThrowErrorMatchingInlineSnapshot(`[ProgressError: 目标“z”所属的任务“nope”不存在。]`);
  });
  it.each([
    ['values', { values: { ghost: 1 } }],
    ['breakdown', { breakdown: { ghost: { 准入: 1 } } }],
  ] as const)('a report naming an unknown target id in %s is an error naming the file and the id', (_field, extra) => {
    expect(() => progressByTask(tasks, targets, [report('2024-06', {}, extra)])).toThrowErrorMatchingInlineSnapshot(`[ProgressError: content/reports/2024-06.json：目标编号“ghost”不存在。]`);
  });
  it('a task without targets has an empty summary', () => {
    expect(progressByTask(tasks, [], [])[0]!.summary).toMatchObject({ count: 0, ratio: 0 });
  });
});

describe('trend', () => {
  const targets = [target('a', num(100)), target('b', num(100))];
  it('one point per report month, values carried forward between reports', () => {
    const points = trend(targets, [report('2024-05', { b: 40 }), report('2024-04', { a: 20 }), report('2024-06', { a: 60 }, { sample: true })]);
    expect(points.map((p) => [p.month, p.reportAsOf, Math.round(p.ratio * 1000) / 1000, p.reported, p.sample])).toEqual([
      ['2024-04', '2024-04-30', 0.1, 1, false],
      ['2024-05', '2024-05-31', 0.3, 2, false],
      ['2024-06', '2024-06-30', 0.5, 2, true],
    ]);
  });
  it('no reports, no points', () => expect(trend(targets, [])).toEqual([]));
});

describe('breakdownSeries', () => {
  const t = target('unlicensed', qual, { breakdown: ['准入', '整改', '取缔'], breakdownUnit: '所' });
  it('counts per category and month, carried forward; null before the first count', () => {
    const s = breakdownSeries(t, [
      report('2024-03', { unlicensed: false }),
      report('2024-04', { unlicensed: false }, { breakdown: { unlicensed: { 准入: 1, 整改: 3 } } }),
      report('2024-05', { unlicensed: false }),
    ]);
    expect(s.map((p) => [p.month, p.counts])).toEqual([
      ['2024-03', { 准入: null, 整改: null, 取缔: null }],
      ['2024-04', { 准入: 1, 整改: 3, 取缔: null }],
      ['2024-05', { 准入: 1, 整改: 3, 取缔: null }],
    ]);
  });
  it('a breakdown without a value still shows and is flagged sample', () => {
    expect(targetProgress(t, [report('2024-04', {}, { breakdown: { unlicensed: { 准入: 2 } }, sample: true })])).toMatchObject({
      status: 'none', breakdown: { 准入: 2 }, sample: true,
    });
  });
});

describe('totals', () => {
  const targets = [
    target('seats-17', num(360), { newSeats: true, unit: '个' }),
    target('seats-18', num(360), { newSeats: true, unit: '个' }),
    target('area', num(5000)),
  ];
  it.each([
    ['no reports', [], { planned: 720, done: 0, count: 2, asOf: null }],
    ['one reported', [report('2024-06', { 'seats-17': 360, area: 5000 })], { planned: 720, done: 360, count: 2, asOf: '2024-06-30' }],
    ['both reported', [report('2024-06', { 'seats-17': 360, 'seats-18': 120 })], { planned: 720, done: 480 }],
  ] as const)('new seats, %s', (_n, reports, want) => expect(newSeats(targets, reports)).toMatchObject(want));

  it('only numeric targets can be summed', () => {
    expect(() => total([target('q', qual)], [], () => true)).toThrowErrorMatchingInlineSnapshot(`[ProgressError: 目标“q”不是数字目标，不能计入合计。]`);
  });
});

describe('reports', () => {
  it('sortReports orders by month', () => {
    expect(sortReports([report('2024-06', {}), report('2023-12', {}), report('2024-01', {})]).map((r) => r.month)).toEqual(['2023-12', '2024-01', '2024-06']);
  });
  it.each([
    [[], null],
    [[report('2024-04', {}), report('2024-06', {}), report('2024-05', {})], '2024-06-30'],
  ] as const)('latestAsOf', (reports, want) => expect(latestAsOf(reports)).toBe(want));
});
