import { describe, expect, it } from 'vitest';
import { aggregate, breakdownSeries, STATUS_LABELS, progressByTask, targetProgress, trend, type ReportFacts, type TargetFacts, type TaskFacts } from '../../../src/lib/progress/engine.ts';
import { amount, breakdownSentence, doneText, statusPhrase, overviewSentence, progressSource, targetSentence, targetText, taskSentence, trendSentence } from '../../../src/lib/progress/text.ts';
import type { TargetValue } from '../../../src/schemas/target.ts';

const num = (value: number): TargetValue => ({ kind: 'number', value });
function target(id: string, title: string, unit: string, t: TargetValue, extra: Partial<TargetFacts> = {}): TargetFacts {
  return { id, task: 'facilities', title, unit, target: t, newSeats: false, breakdown: [], breakdownUnit: '', order: 0, ...extra };
}
function report(month: string, asOf: string, values: ReportFacts['values'], extra: Partial<ReportFacts> = {}): ReportFacts {
  return { id: month, path: `content/reports/${month}.json`, month, asOf, values, notes: {}, breakdown: {}, sample: false, ...extra };
}
const june = (values: ReportFacts['values']) => [report('2024-06', '2024-06-30', values)];

describe('amount, targetText, doneText', () => {
  it.each([
    [7200, '㎡', '7,200㎡'],
    [3700, 'm', '3,700m'],
    [98.6, '%', '98.6%'],
    [0.125, '', '0.13'],
  ])('amount(%d, %s)', (n, u, want) => expect(amount(n, u)).toBe(want));
  it.each([
    [num(9900), '㎡', '9,900㎡'],
    [{ kind: 'range', min: 3, max: 5 } as TargetValue, '名', '3至5名'],
    [{ kind: 'qualitative', description: '统一伙食费标准' } as TargetValue, '', '统一伙食费标准'],
  ])('targetText(%j)', (t, u, want) => expect(targetText(t, u)).toBe(want));
  it.each([
    [num(10), { x: 4 }, '4个'],
    [{ kind: 'qualitative', description: 'd' } as TargetValue, { x: true }, '已完成'],
    [{ kind: 'qualitative', description: 'd' } as TargetValue, { x: false }, '未完成'],
    [num(10), {}, '—'],
  ] as const)('doneText %#', (t, values, want) => expect(doneText(targetProgress(target('x', 'x', '个', t), june(values)))).toBe(want));
});

describe('statusPhrase: the status words of the progress pages, with the figure', () => {
  const range: TargetValue = { kind: 'range', min: 3, max: 5 };
  const qual: TargetValue = { kind: 'qualitative', description: '完成翻建' };
  it.each([
    ['no report', num(360), {}, '尚无报告'],
    ['reported 0: not started', num(360), { x: 0 }, '未开始（0 / 360 个）'],
    ['in progress', num(360), { x: 120 }, '进行中（120 / 360 个）'],
    ['done', num(360), { x: 360 }, '已完成（360 / 360 个）'],
    ['exceeded', num(360), { x: 400 }, '超额完成（400 / 360 个）'],
    ['thousands and decimals', num(9900), { x: 7200.125 }, '进行中（7,200.13 / 9,900 个）'],
    ['a target of 0 is met', num(0), { x: 0 }, '已完成（0 / 0 个）'],
    ['range below', range, { x: 2 }, '进行中（2 / 3至5 个）'],
    ['range inside', range, { x: 3 }, '已完成（3 / 3至5 个）'],
    ['range above', range, { x: 6 }, '超额完成（6 / 3至5 个）'],
    ['qualitative done', qual, { x: true }, '已完成'],
    ['qualitative not done', qual, { x: false }, '未完成'],
  ] as const)('%s', (_n, t, values, want) => expect(statusPhrase(targetProgress(target('x', 'x', '个', t), june(values)))).toBe(want));
  it('starts with the label the progress pages show for the same record', () => {
    for (const v of [0, 100, 360, 500]) {
      const p = targetProgress(target('x', 'x', '个', num(360)), june({ x: v }));
      expect(statusPhrase(p).startsWith(STATUS_LABELS[p.status])).toBe(true);
    }
  });
});

describe('targetSentence', () => {
  const range: TargetValue = { kind: 'range', min: 3, max: 5 };
  const qual: TargetValue = { kind: 'qualitative', description: '统一' };
  it.each([
    ['the issue’s example', target('h', '室外地面硬化', '㎡', num(9900)), 7200, '截至2024年6月30日，室外地面硬化完成7,200㎡，占目标9,900㎡的72.7%。'],
    ['nothing done yet', target('a', '包钢十七园新建建筑面积', '㎡', num(5000)), 0, '截至2024年6月30日，包钢十七园新建建筑面积完成0㎡，占目标5,000㎡的0%。'],
    ['exactly done', target('d', '购置幼儿桌椅', '套', num(6932)), 6932, '截至2024年6月30日，购置幼儿桌椅完成6,932套，占目标6,932套的100%。'],
    ['done beyond 100 %', target('b', '幼儿图书购置', '本', num(55100)), 56300, '截至2024年6月30日，幼儿图书购置完成56,300本，超过目标55,100本，完成率102.2%。'],
    ['a percentage target', target('c', '园长及专任教师持证上岗率', '%', num(100)), 98.6, '截至2024年6月30日，园长及专任教师持证上岗率为98.6%，目标为100%。'],
    ['range, below', target('r', '增配学前教育兼职教研员', '名', range), 2, '截至2024年6月30日，增配学前教育兼职教研员完成2名，目标为3至5名，达到下限的66.7%。'],
    ['range, within', target('r', '增配学前教育兼职教研员', '名', range), 4, '截至2024年6月30日，增配学前教育兼职教研员完成4名，在目标区间3至5名之内。'],
    ['range, beyond', target('r', '增配学前教育兼职教研员', '名', range), 6, '截至2024年6月30日，增配学前教育兼职教研员完成6名，超过目标区间3至5名的上限。'],
    ['qualitative, done', target('q', '统一公办幼儿园伙食费标准', '', qual), true, '截至2024年6月30日，统一公办幼儿园伙食费标准已完成。'],
    ['qualitative, not done', target('q', '购置室外大型玩教具', '', qual), false, '截至2024年6月30日，购置室外大型玩教具尚未完成。'],
  ] as const)('%s', (_name, t, done, want) => {
    expect(targetSentence(targetProgress(t, june({ [t.id]: done })))).toBe(want);
  });
  it('a target with no report yet', () => {
    expect(targetSentence(targetProgress(target('v', '专题宣传片', '', qual), june({})))).toBe('专题宣传片尚无月报数据。');
  });
});

describe('task and overview sentences', () => {
  const tasks: TaskFacts[] = [
    { id: 'staffing', label: '（一）', title: '配齐配足教职工', shortTitle: '配齐教职工', order: 1 },
    { id: 'facilities', label: '（二）', title: '改善办园条件', shortTitle: '改善办园条件', order: 2 },
    { id: 'empty', label: '（六）', title: '空', shortTitle: '空任务', order: 3 },
  ];
  const targets = [
    target('t1', '招聘幼儿教师', '人', num(96), { task: 'staffing' }),
    target('t2', '专职教研员', '名', num(2), { task: 'staffing' }),
    target('f1', '室外地面硬化', '㎡', num(9900), { task: 'facilities' }),
    target('f2', '围墙改造', 'm', num(3700), { task: 'facilities' }),
    target('f3', '专题宣传片', '', { kind: 'qualitative', description: 'x' }, { task: 'facilities' }),
  ];
  const reports = june({ t1: 96, t2: 2, f1: 7200, f2: 1850 });
  const byTask = progressByTask(tasks, targets, reports);

  it.each([
    [0, '截至2024年6月30日，“配齐教职工”的2项目标平均完成100%，已完成2项。'],
    [1, '截至2024年6月30日，“改善办园条件”的3项目标平均完成40.9%，已完成0项，尚无报告1项，进度最慢的是“围墙改造”（50%）。'],
    [2, '“空任务”没有目标。'],
  ])('taskSentence #%d', (i, want) => expect(taskSentence(byTask[i]!)).toBe(want));

  it('taskSentence without any report', () => {
    expect(taskSentence(progressByTask(tasks, targets, [])[0]!)).toBe('“配齐教职工”的2项目标尚无月报数据。');
  });

  it('overviewSentence names the fastest and the slowest task', () => {
    const overall = aggregate(byTask.flatMap((t) => t.targets));
    expect(overviewSentence(byTask, overall)).toBe(
      '截至2024年6月30日，全部5项目标平均完成64.5%，已完成2项，尚无报告1项；完成率最高的是“配齐教职工”（100%），最低的是“改善办园条件”（40.9%）。',
    );
  });
  it.each([
    ['no targets', [], '还没有录入任何目标。'],
    ['no reports', [], '尚无月报，5项目标均无完成数据。'],
  ] as const)('overviewSentence, %s', (name, reps, want) => {
    const t = name === 'no targets' ? [] : targets;
    const bt = progressByTask(tasks, t, reps);
    expect(overviewSentence(bt, aggregate(bt.flatMap((x) => x.targets)))).toBe(want);
  });
  it('overviewSentence with one task leaves out the comparison', () => {
    const one = progressByTask([tasks[0]!], targets.slice(0, 2), june({ t1: 96, t2: 2 }));
    expect(overviewSentence(one, one[0]!.summary)).toBe('截至2024年6月30日，全部2项目标平均完成100%，已完成2项。');
  });
});

describe('trendSentence', () => {
  const targets = [target('a', 'a', '个', num(100))];
  const r = (m: string, v: number) => report(m, `${m}-28`, { a: v });
  it.each([
    ['rising', [r('2024-03', 10), r('2024-06', 72.7)], '2024年3月至2024年6月的2期月报中，全部目标平均完成率从10%升至72.7%。'],
    ['falling (a correction)', [r('2024-03', 50), r('2024-04', 40)], '2024年3月至2024年4月的2期月报中，全部目标平均完成率从50%降至40%。'],
    ['flat', [r('2024-03', 50), r('2024-04', 50), r('2024-05', 50)], '2024年3月至2024年5月的3期月报中，全部目标平均完成率保持在50%。'],
    ['one report', [r('2024-06', 30)], '目前只有2024年6月1期月报，全部目标平均完成30%。'],
    ['no report', [], '尚无月报，全部目标没有进度数据。'],
  ] as const)('%s', (_n, reports, want) => expect(trendSentence(trend(targets, reports), '全部目标')).toBe(want));
});

describe('breakdownSentence', () => {
  const t = target('u', '清理整顿无证学前办学机构', '', { kind: 'qualitative', description: 'x' }, { breakdown: ['准入', '整改', '取缔'], breakdownUnit: '所' });
  it('lists the latest count of each category', () => {
    const s = breakdownSeries(t, [report('2024-06', '2024-06-30', { u: false }, { breakdown: { u: { 准入: 4, 整改: 7, 取缔: 5 } } })]);
    expect(breakdownSentence(t, s)).toBe('截至2024年6月30日，清理整顿无证学前办学机构累计准入4所、整改7所、取缔5所。');
  });
  it('leaves out categories never counted', () => {
    const s = breakdownSeries(t, [report('2024-06', '2024-06-30', {}, { breakdown: { u: { 取缔: 2 } } })]);
    expect(breakdownSentence(t, s)).toBe('截至2024年6月30日，清理整顿无证学前办学机构累计取缔2所。');
  });
  it.each([
    ['no reports', []],
    ['reports without counts', [report('2024-06', '2024-06-30', { u: false })]],
  ] as const)('%s', (_n, reports) => expect(breakdownSentence(t, breakdownSeries(t, reports))).toBe('清理整顿无证学前办学机构尚无分类统计数据。'));
});

describe('progressSource', () => {
  it.each([
    ['《实施方案》第三部分', '区教育局', '目标：《实施方案》第三部分；完成数：区教育局月报'],
    ['方案甲、方案乙', '县教体局', '目标：方案甲、方案乙；完成数：县教体局月报'],
  ])('progressSource(%s, %s)', (from, bureau, want) => expect(progressSource(from, bureau)).toBe(want));
});
