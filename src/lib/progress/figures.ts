/**
 * The progress figures (table + summary + chart spec) for /progress/ and /progress/<task>/. Pure: built
 * from the derivations in engine.ts, so the chart, the table, the CSV and the sentence share one source.
 */
import { figureIds, type Column, type Figure } from '../core/figure.ts';
import { formatDateZh, formatNumber, percentValue } from '../core/format.ts';
import { STATUS_LABELS, type Aggregate, type BreakdownPoint, type TargetProgress, type TargetFacts, type TaskProgress, type TrendPoint } from './engine.ts';
import { breakdownSentence, overviewSentence, taskSentence, trendSentence } from './text.ts';

/** The figures of a task's page, in page order: its targets, its trend, then each target's breakdown (targets with one). */
export function taskFigureIds(tp: { task: { id: string }; targets: readonly { target: { id: string; breakdown: readonly unknown[] } }[] }): string[] {
  return [figureIds.task(tp.task.id), figureIds.taskTrend(tp.task.id), ...tp.targets.filter((p) => p.target.breakdown.length).map((p) => figureIds.breakdown(p.target.id))];
}

/** A ratio as a percentage with one decimal, for table cells (0.72727 → 72.7). */
export function percentCell(ratio: number | null): number | null {
  return ratio === null ? null : percentValue(ratio);
}

/** The promise as a table cell: the number itself, “3至5”, or “定性目标”. */
export function targetCell(t: TargetFacts): number | string {
  if (t.target.kind === 'number') return t.target.value;
  if (t.target.kind === 'range') return `${formatNumber(t.target.min, 2)}至${formatNumber(t.target.max, 2)}`;
  return '定性目标';
}

/** The reported value as a table cell: the number, 已完成/未完成, or empty without a report. */
export function doneCell(p: TargetProgress): number | string | null {
  if (p.done === null) return null;
  if (typeof p.done === 'boolean') return p.done ? '已完成' : '未完成';
  return p.done;
}

/** Every target of one task: target, done, % and status; chart of % done per target. */
export function taskFigure(tp: TaskProgress, source: string): Figure {
  return {
    id: figureIds.task(tp.task.id),
    caption: `${tp.task.shortTitle}：各项目标完成情况`,
    summary: taskSentence(tp),
    table: {
      columns: [
        { key: 'title', label: '目标' },
        { key: 'unit', label: '单位' },
        { key: 'target', label: '目标值', numeric: true },
        { key: 'done', label: '完成值', numeric: true },
        { key: 'percent', label: '完成率', unit: '%', numeric: true },
        { key: 'status', label: '状态' },
        { key: 'asOf', label: '统计截止日期' },
      ],
      rows: tp.targets.map((p) => ({
        title: p.target.title,
        unit: p.target.unit,
        target: targetCell(p.target),
        done: doneCell(p),
        percent: percentCell(p.ratio),
        status: STATUS_LABELS[p.status],
        asOf: p.asOf,
      })),
    },
    chart: { kind: 'hbar', labelKey: 'title', series: [{ key: 'percent', label: '完成率' }], unit: '%' },
    sample: tp.summary.sample,
    ...(tp.summary.asOf ? { asOf: tp.summary.asOf } : {}),
    source,
  };
}

function trendRows(points: readonly TrendPoint[]) {
  return points.map((p) => ({
    month: formatDateZh(p.month),
    reportAsOf: p.reportAsOf,
    percent: percentCell(p.ratio),
    completed: p.completed,
    reported: p.reported,
  }));
}

const TREND_COLUMNS: Column[] = [
  { key: 'month', label: '月份' },
  { key: 'reportAsOf', label: '统计截止日期' },
  { key: 'percent', label: '平均完成率', unit: '%', numeric: true },
  { key: 'completed', label: '已完成目标数', unit: '项', numeric: true, digits: 0 },
  { key: 'reported', label: '已报告目标数', unit: '项', numeric: true, digits: 0 },
];

function trendFigure(id: string, caption: string, scope: string, points: readonly TrendPoint[], source: string): Figure {
  const last = points.at(-1);
  return {
    id,
    caption,
    summary: trendSentence(points, scope),
    table: { columns: TREND_COLUMNS, rows: trendRows(points) },
    chart: { kind: 'line', labelKey: 'month', series: [{ key: 'percent', label: '平均完成率' }], unit: '%' },
    sample: points.some((p) => p.sample),
    ...(last ? { asOf: last.reportAsOf } : {}),
    source,
  };
}

/** One task's average completion month by month. */
export function taskTrendFigure(tp: TaskProgress, points: readonly TrendPoint[], source: string): Figure {
  return trendFigure(figureIds.taskTrend(tp.task.id), `${tp.task.shortTitle}：逐月进度`, `“${tp.task.shortTitle}”`, points, source);
}

/** Every target's average completion month by month. */
export function overallTrendFigure(points: readonly TrendPoint[], source: string): Figure {
  return trendFigure(figureIds.trend, '全部目标：逐月进度', '全部目标', points, source);
}

/** Completion per task (and overall in the summary). */
export function tasksFigure(tasks: readonly TaskProgress[], overall: Aggregate, source: string): Figure {
  return {
    id: figureIds.tasks,
    caption: '各项任务完成情况',
    summary: overviewSentence(tasks, overall),
    table: {
      columns: [
        { key: 'task', label: '任务' },
        { key: 'count', label: '目标数', unit: '项', numeric: true, digits: 0 },
        { key: 'completed', label: '已完成', unit: '项', numeric: true, digits: 0 },
        { key: 'reported', label: '已报告', unit: '项', numeric: true, digits: 0 },
        { key: 'percent', label: '平均完成率', unit: '%', numeric: true },
      ],
      rows: tasks.map((t) => ({
        task: t.task.shortTitle,
        count: t.summary.count,
        completed: t.summary.completed,
        reported: t.summary.reported,
        percent: percentCell(t.summary.ratio),
      })),
    },
    chart: { kind: 'hbar', labelKey: 'task', series: [{ key: 'percent', label: '平均完成率' }], unit: '%' },
    sample: overall.sample,
    ...(overall.asOf ? { asOf: overall.asOf } : {}),
    source,
  };
}

/** Counts per category (准入/整改/取缔) month by month, stacked. */
export function breakdownFigure(target: TargetFacts, points: readonly BreakdownPoint[], source: string): Figure {
  const last = points.at(-1);
  return {
    id: figureIds.breakdown(target.id),
    caption: `${target.title}：分类统计`,
    summary: breakdownSentence(target, points),
    table: {
      columns: [
        { key: 'month', label: '月份' },
        ...target.breakdown.map((c, i) => ({ key: `c${i}`, label: c, ...(target.breakdownUnit ? { unit: target.breakdownUnit } : {}), numeric: true, digits: 0 })),
      ],
      rows: points.map((p) => ({
        month: formatDateZh(p.month),
        ...Object.fromEntries(target.breakdown.map((c, i) => [`c${i}`, p.counts[c] ?? null])),
      })),
    },
    chart: {
      kind: 'bar',
      labelKey: 'month',
      series: target.breakdown.map((c, i) => ({ key: `c${i}`, label: c })),
      ...(target.breakdownUnit ? { unit: target.breakdownUnit } : {}),
      stacked: true,
    },
    sample: points.some((p) => p.sample),
    ...(last ? { asOf: last.asOf } : {}),
    source,
  };
}
