import { describe, expect, it } from 'vitest';
import { chartData, figureIds, parseCsv, toCsv } from '../../../src/lib/core/figure.ts';
import { aggregate, breakdownSeries, progressByTask, targetProgress, trend, type ReportFacts, type TargetFacts, type TaskFacts } from '../../../src/lib/progress/engine.ts';
import {
  breakdownFigure, doneCell, overallTrendFigure, percentCell, targetCell, taskFigure, taskFigureIds, taskTrendFigure, tasksFigure,
} from '../../../src/lib/progress/figures.ts';
import type { TargetValue } from '../../../src/schemas/target.ts';

const num = (value: number): TargetValue => ({ kind: 'number', value });
const qual: TargetValue = { kind: 'qualitative', description: 'x' };
function target(id: string, title: string, unit: string, t: TargetValue, extra: Partial<TargetFacts> = {}): TargetFacts {
  return { id, task: 'staffing', title, unit, target: t, newSeats: false, breakdown: [], breakdownUnit: '', order: 0, ...extra };
}
function report(month: string, asOf: string, values: ReportFacts['values'], extra: Partial<ReportFacts> = {}): ReportFacts {
  return { id: month, path: `content/reports/${month}.json`, month, asOf, values, notes: {}, breakdown: {}, sample: true, ...extra };
}

const tasks: TaskFacts[] = [
  { id: 'staffing', label: '（一）', title: '配齐配足教职工，落实待遇保障', shortTitle: '配齐教职工', order: 1 },
  { id: 'publicity', label: '（五）', title: '大力宣传，营造氛围', shortTitle: '宣传', order: 5 },
];
const targets = [
  target('teachers', '补充招聘幼儿教师', '人', num(96), { order: 1 }),
  target('parttime', '兼职教研员', '名', { kind: 'range', min: 3, max: 5 }, { order: 2 }),
  target('video', '专题宣传片', '', qual, { task: 'publicity', order: 1 }),
  target('album', '成果宣传画册', '', qual, { task: 'publicity', order: 2 }),
];
const reports = [
  report('2024-05', '2024-05-31', { teachers: 80, parttime: 2 }),
  report('2024-06', '2024-06-30', { teachers: 90, album: true }),
];
const byTask = progressByTask(tasks, targets, reports);
const SRC = '目标：实施方案；完成数：区教育局月报';

describe('cells', () => {
  it.each([[0.72727, 72.7], [1.02178, 102.2], [0, 0], [null, null]] as const)('percentCell(%j)', (r, want) => expect(percentCell(r)).toBe(want));
  it.each([
    [num(9900), 9900],
    [{ kind: 'range', min: 3, max: 5 } as TargetValue, '3至5'],
    [qual, '定性目标'],
  ] as const)('targetCell(%j)', (t, want) => expect(targetCell(target('x', 'x', '个', t))).toBe(want));
  it.each([
    [num(10), { x: 4 }, 4],
    [qual, { x: true }, '已完成'],
    [qual, { x: false }, '未完成'],
    [qual, {}, null],
  ] as const)('doneCell %#', (t, values, want) => expect(doneCell(targetProgress(target('x', 'x', '', t), [report('2024-06', '2024-06-30', values)]))).toBe(want));
});

describe('taskFigure', () => {
  const fig = taskFigure(byTask[0]!, SRC);
  it('has a stable id, the task’s targets in order, and the sample flag of its reports', () => {
    expect(fig.id).toBe('progress-task-staffing');
    expect(fig).toMatchObject({ caption: '配齐教职工：各项目标完成情况', sample: true, asOf: '2024-06-30', source: SRC });
  });
  it('its CSV is exactly the table, with raw numbers', () => {
    expect(parseCsv(toCsv(fig.table))).toEqual([
      ['目标', '单位', '目标值', '完成值', '完成率（%）', '状态', '统计截止日期'],
      ['补充招聘幼儿教师', '人', '96', '90', '93.8', '进行中', '2024-06-30'],
      // parttime was last reported in May: its own as-of date says so.
      ['兼职教研员', '名', '3至5', '2', '66.7', '进行中', '2024-05-31'],
    ]);
  });
  it('the chart plots % done per target from the same rows', () => {
    expect(chartData(fig)).toEqual({ kind: 'hbar', labels: ['补充招聘幼儿教师', '兼职教研员'], datasets: [{ label: '完成率', data: [93.8, 66.7] }], unit: '%', stacked: false });
  });
  it('its summary is generated from the data', () => {
    expect(fig.summary).toBe('截至2024年6月30日，“配齐教职工”的2项目标平均完成80.2%，已完成0项，进度最慢的是“兼职教研员”（66.7%）。');
  });
  it('qualitative targets and targets without a report', () => {
    const pub = taskFigure(byTask[1]!, SRC);
    expect(pub.table.rows).toEqual([
      { title: '专题宣传片', unit: '', target: '定性目标', done: null, percent: null, status: '尚无报告', asOf: null },
      { title: '成果宣传画册', unit: '', target: '定性目标', done: '已完成', percent: 100, status: '已完成', asOf: '2024-06-30' },
    ]);
  });
  it('without reports: no as-of date, not sample', () => {
    const fig0 = taskFigure(progressByTask(tasks, targets, [])[0]!, SRC);
    expect(fig0.asOf).toBeUndefined();
    expect(fig0.sample).toBe(false);
  });
});

describe('trend figures', () => {
  const points = trend(byTask[0]!.targets.map((p) => p.target), reports);
  it('task trend: one row per month', () => {
    const fig = taskTrendFigure(byTask[0]!, points, SRC);
    expect(fig.id).toBe('progress-task-staffing-trend');
    expect(fig.table.rows).toEqual([
      { month: '2024年5月', reportAsOf: '2024-05-31', percent: 75, completed: 0, reported: 2 },
      { month: '2024年6月', reportAsOf: '2024-06-30', percent: 80.2, completed: 0, reported: 2 },
    ]);
    expect(fig.summary).toBe('2024年5月至2024年6月的2期月报中，“配齐教职工”平均完成率从75%升至80.2%。');
    expect(fig).toMatchObject({ asOf: '2024-06-30', sample: true, chart: { kind: 'line', labelKey: 'month' } });
  });
  it('overall trend without reports', () => {
    const fig = overallTrendFigure([], SRC);
    expect(fig).toMatchObject({ id: 'progress-trend', sample: false, summary: '尚无月报，全部目标没有进度数据。' });
    expect(fig.asOf).toBeUndefined();
    expect(fig.table.rows).toEqual([]);
  });
});

describe('tasksFigure', () => {
  it('one row per task, overall in the summary', () => {
    const overall = aggregate(byTask.flatMap((t) => t.targets));
    const fig = tasksFigure(byTask, overall, SRC);
    expect(fig.id).toBe(figureIds.tasks);
    expect(fig.table.rows).toEqual([
      { task: '配齐教职工', count: 2, completed: 0, reported: 2, percent: 80.2 },
      { task: '宣传', count: 2, completed: 1, reported: 1, percent: 50 },
    ]);
    expect(fig.summary).toContain('全部4项目标平均完成65.1%');
    expect(toCsv(fig.table).startsWith('\uFEFF任务,目标数（项）,已完成（项）,已报告（项）,平均完成率（%）\r\n')).toBe(true);
  });
  it('no reports: not sample, no date', () => {
    const none = progressByTask(tasks, targets, []);
    const fig = tasksFigure(none, aggregate(none.flatMap((t) => t.targets)), SRC);
    expect(fig.sample).toBe(false);
    expect(fig.asOf).toBeUndefined();
  });
});

describe('breakdownFigure', () => {
  const t = target('unlicensed', '清理整顿无证学前办学机构', '', qual, { breakdown: ['准入', '整改', '取缔'], breakdownUnit: '所' });
  const reps = [
    report('2024-05', '2024-05-31', { unlicensed: false }, { breakdown: { unlicensed: { 准入: 3, 整改: 6, 取缔: 4 } } }),
    report('2024-06', '2024-06-30', { unlicensed: false }, { breakdown: { unlicensed: { 准入: 4, 整改: 7, 取缔: 5 } } }),
  ];
  it('stacked counts per category and month; CSV equals the table', () => {
    const fig = breakdownFigure(t, breakdownSeries(t, reps), SRC);
    expect(fig.id).toBe('progress-target-unlicensed');
    expect(parseCsv(toCsv(fig.table))).toEqual([
      ['月份', '准入（所）', '整改（所）', '取缔（所）'],
      ['2024年5月', '3', '6', '4'],
      ['2024年6月', '4', '7', '5'],
    ]);
    expect(chartData(fig)).toMatchObject({ kind: 'bar', stacked: true, unit: '所', datasets: [{ label: '准入', data: [3, 4] }, { label: '整改' }, { label: '取缔' }] });
    expect(fig).toMatchObject({ asOf: '2024-06-30', sample: true });
  });
  it('without a unit or reports', () => {
    const bare = { ...t, breakdownUnit: '' };
    const fig = breakdownFigure(bare, [], SRC);
    expect(fig.table.columns.map((c) => c.unit)).toEqual([undefined, undefined, undefined, undefined]);
    expect(fig.chart!.unit).toBeUndefined();
    expect(fig.asOf).toBeUndefined();
  });
});

describe('taskFigureIds: the figures of a task page, in page order', () => {
  const t = (id: string, breakdown: string[]) => ({ target: { id, breakdown } });
  it.each([
    ['no breakdown', [t('a', []), t('b', [])], ['progress-task-staffing', 'progress-task-staffing-trend']],
    ['breakdowns in target order', [t('a', ['x']), t('b', []), t('c', ['y', 'z'])], ['progress-task-staffing', 'progress-task-staffing-trend', 'progress-target-a', 'progress-target-c']],
    ['no target', [], ['progress-task-staffing', 'progress-task-staffing-trend']],
  ])('%s', (_n, targets, want) => expect(taskFigureIds({ task: { id: 'staffing' }, targets })).toEqual(want));
});
