/**
 * Progress on the plan's targets from the monthly reports (月报告制度): completion per target, per task and
 * overall, trends across months, totals. Pure: callers hand in plain records; nothing here reads files.
 *
 * Reported values are cumulative as of the report's date. A report need not list every target: a target
 * left out keeps its last reported value (and that report's date), so every figure has its own as-of date.
 */
import type { ReportRecord } from '../../schemas/report.ts';
import type { TargetRecord, TargetValue } from '../../schemas/target.ts';
import type { TaskRecord } from '../../schemas/task.ts';
import { latestDate } from '../core/format.ts';
import { byMonth, byOrder } from './order.ts';

/** The fields of a target the derivations read (of the schema's record, so tests can hand in less). */
export type TargetFacts = Pick<TargetRecord, 'id' | 'task' | 'title' | 'unit' | 'target' | 'newSeats' | 'breakdown' | 'breakdownUnit' | 'order'>;

/** The fields of a task the derivations read (id = file name = URL slug). */
export type TaskFacts = Pick<TaskRecord, 'id' | 'label' | 'title' | 'shortTitle' | 'order'>;

/** The fields of a monthly report the derivations read, and its file as shown to staff (for messages). */
export type ReportFacts = Pick<ReportRecord, 'id' | 'month' | 'asOf' | 'values' | 'notes' | 'breakdown' | 'sample'> & { path: string };

/** Where a target stands. */
export type ProgressStatus = 'none' | 'not-started' | 'in-progress' | 'pending' | 'done' | 'exceeded';

/** How each status reads on the page. */
export const STATUS_LABELS: Readonly<Record<ProgressStatus, string>> = {
  none: '尚无报告',
  'not-started': '未开始',
  'in-progress': '进行中',
  pending: '未完成',
  done: '已完成',
  exceeded: '超额完成',
};

/** Completion of one value against its target. `ratio` may exceed 1 (done beyond the target). */
export interface Completion {
  ratio: number;
  status: ProgressStatus;
}

/** Thrown when a reported value does not fit its target (a number for a qualitative target, …). */
export class ProgressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProgressError';
  }
}

/** What kind of value a target expects, in words for messages. */
export function expectedValue(target: TargetValue): string {
  return target.kind === 'qualitative' ? 'true（已完成）或 false（未完成）' : '数字（累计完成数）';
}

/** True when `done` has the type `target` expects. */
export function valueFits(target: TargetValue, done: number | boolean): boolean {
  return target.kind === 'qualitative' ? typeof done === 'boolean' : typeof done === 'number';
}

/**
 * Completion of `done` against a target.
 * - number: done ÷ target (over 1 when exceeded); a target of 0 is met by any value.
 * - range (3至5名): below the lower bound done ÷ min; inside the range 1; above the upper bound done ÷ max.
 * - qualitative: true is done (1), false is not yet done (0).
 */
export function completion(target: TargetValue, done: number | boolean): Completion {
  if (!valueFits(target, done)) throw new ProgressError(`完成数 ${String(done)} 与目标类型不符，应为${expectedValue(target)}。`);
  if (target.kind === 'qualitative') return done ? { ratio: 1, status: 'done' } : { ratio: 0, status: 'pending' };
  const n = done as number;
  if (target.kind === 'number') {
    if (target.value === 0) return { ratio: 1, status: 'done' };
    const ratio = n / target.value;
    return { ratio, status: n === 0 ? 'not-started' : ratio < 1 ? 'in-progress' : ratio === 1 ? 'done' : 'exceeded' };
  }
  if (n > target.max) return { ratio: n / target.max, status: 'exceeded' };
  if (n >= target.min) return { ratio: 1, status: 'done' };
  return { ratio: n / target.min, status: n === 0 ? 'not-started' : 'in-progress' };
}

/** Reports oldest first; months are unique (a cross-file rule checks it). */
export function sortReports(reports: readonly ReportFacts[]): ReportFacts[] {
  return [...reports].sort(byMonth);
}

/** Progress of one target, as of the latest report (or the latest up to `upTo`, a YYYY-MM month). */
export interface TargetProgress<T extends TargetFacts = TargetFacts> {
  target: T;
  /** Latest reported value; null when no report names the target yet. */
  done: number | boolean | null;
  /** done ÷ target, may exceed 1; null without a report. */
  ratio: number | null;
  /** ratio capped at 1 (0 without a report): what averages use, so one target cannot make up for another. */
  capped: number;
  status: ProgressStatus;
  /** 统计截止日期 of the report the value comes from. */
  asOf: string | null;
  /** File of that report. */
  reportPath: string | null;
  /** Remark given with the value in that report. */
  note: string;
  /** Latest breakdown counts (准入/整改/取缔), for targets that declare categories. */
  breakdown: Record<string, number> | null;
  /** True when the value comes from a sample report. */
  sample: boolean;
}

/** Progress of `target` from the reports (in any order), counting only reports up to month `upTo` when given. */
export function targetProgress<T extends TargetFacts>(target: T, reports: readonly ReportFacts[], upTo?: string): TargetProgress<T> {
  const usable = sortReports(reports).filter((r) => upTo === undefined || r.month <= upTo);
  // Own keys only: a target id such as “constructor” must not read Object.prototype.
  const valueOf = (r: ReportFacts) => (Object.hasOwn(r.values, target.id) ? r.values[target.id] : undefined);
  const countsOf = (r: ReportFacts) => (Object.hasOwn(r.breakdown, target.id) ? r.breakdown[target.id] : undefined);
  const last = usable.findLast((r) => valueOf(r) !== undefined);
  const lastBreakdown = usable.findLast((r) => countsOf(r) !== undefined);
  const counts = lastBreakdown && countsOf(lastBreakdown);
  const breakdown = counts ? { ...counts } : null;
  const done = last && valueOf(last);
  if (!last || done === undefined) {
    return { target, done: null, ratio: null, capped: 0, status: 'none', asOf: null, reportPath: null, note: '', breakdown, sample: lastBreakdown?.sample ?? false };
  }
  let c: Completion;
  try {
    c = completion(target.target, done);
  } catch (e) {
    if (e instanceof ProgressError) throw new ProgressError(`${last.path}：目标“${target.id}”的${e.message}`);
    throw e;
  }
  return {
    target,
    done,
    ratio: c.ratio,
    capped: Math.min(c.ratio, 1),
    status: c.status,
    asOf: last.asOf,
    reportPath: last.path,
    note: last.notes[target.id] ?? '',
    breakdown,
    sample: last.sample || (lastBreakdown?.sample ?? false),
  };
}

/** Completion of a set of targets. */
export interface Aggregate {
  /** Number of targets. */
  count: number;
  /** Targets with at least one report. */
  reported: number;
  /** Targets done or exceeded. */
  completed: number;
  /** Mean of the capped ratios (targets without a report count as 0); 0 for an empty set. */
  ratio: number;
  /** Latest as-of date among the values. */
  asOf: string | null;
  /** True when any value is sample data. */
  sample: boolean;
}

/** Aggregates target progress: every target weighs the same, whatever its unit. */
export function aggregate(items: readonly TargetProgress[]): Aggregate {
  const count = items.length;
  const reported = items.filter((p) => p.status !== 'none').length;
  const completed = items.filter((p) => p.status === 'done' || p.status === 'exceeded').length;
  const ratio = count ? items.reduce((s, p) => s + p.capped, 0) / count : 0;
  const asOf = latestDate(items.map((p) => p.asOf)) ?? null;
  return { count, reported, completed, ratio, asOf, sample: items.some((p) => p.sample) };
}

/** One task with its targets' progress. */
export interface TaskProgress<K extends TaskFacts = TaskFacts, T extends TargetFacts = TargetFacts> {
  task: K;
  targets: TargetProgress<T>[];
  summary: Aggregate;
}

/** Progress of every task (in task order), each with its targets (in target order). */
export function progressByTask<K extends TaskFacts, T extends TargetFacts>(tasks: readonly K[], targets: readonly T[], reports: readonly ReportFacts[]): TaskProgress<K, T>[] {
  const known = new Set(tasks.map((t) => t.id));
  for (const t of targets) {
    if (!known.has(t.task)) throw new ProgressError(`目标“${t.id}”所属的任务“${t.task}”不存在。`);
  }
  // The build's cross-file rules catch these first with a fix; this guards callers that skip them.
  const ids = new Set(targets.map((t) => t.id));
  for (const r of reports) {
    for (const id of [...Object.keys(r.values), ...Object.keys(r.breakdown)]) {
      if (!ids.has(id)) throw new ProgressError(`${r.path}：目标编号“${id}”不存在。`);
    }
  }
  return [...tasks].sort(byOrder).map((task) => {
    const items = targets.filter((t) => t.task === task.id).sort(byOrder).map((t) => targetProgress(t, reports));
    return { task, targets: items, summary: aggregate(items) };
  });
}

/** Completion of a set of targets as of one monthly report. */
export interface TrendPoint extends Aggregate {
  month: string;
  /** 统计截止日期 of that month's report. */
  reportAsOf: string;
}

/** Completion of `targets` month by month, one point per report, values carried forward between reports. */
export function trend(targets: readonly TargetFacts[], reports: readonly ReportFacts[]): TrendPoint[] {
  return sortReports(reports).map((r) => ({
    ...aggregate(targets.map((t) => targetProgress(t, reports, r.month))),
    month: r.month,
    reportAsOf: r.asOf,
  }));
}

/** Breakdown counts of one target month by month (carried forward), one row per report. */
export interface BreakdownPoint {
  month: string;
  asOf: string;
  counts: Record<string, number | null>;
  sample: boolean;
}

/** Counts per category of a target that declares a breakdown, month by month. */
export function breakdownSeries(target: TargetFacts, reports: readonly ReportFacts[]): BreakdownPoint[] {
  return sortReports(reports).map((r) => {
    const p = targetProgress(target, reports, r.month);
    const counts = Object.fromEntries(target.breakdown.map((c) => [c, p.breakdown?.[c] ?? null]));
    return { month: r.month, asOf: r.asOf, counts, sample: r.sample };
  });
}

/** A total over the targets that count something (新建学位). */
export interface Total {
  /** Sum of the targets' figures. */
  planned: number;
  /** Sum of the latest reported values (0 for a target not yet reported). */
  done: number;
  /** Targets counted. */
  count: number;
  asOf: string | null;
  sample: boolean;
}

/** Sums the numeric targets chosen by `pick` (e.g. those marked newSeats), planned and done. */
export function total(targets: readonly TargetFacts[], reports: readonly ReportFacts[], pick: (t: TargetFacts) => boolean): Total {
  const chosen = targets.filter(pick);
  let planned = 0;
  let done = 0;
  const items: TargetProgress[] = [];
  for (const t of chosen) {
    if (t.target.kind !== 'number') throw new ProgressError(`目标“${t.id}”不是数字目标，不能计入合计。`);
    planned += t.target.value;
    const p = targetProgress(t, reports);
    items.push(p);
    if (typeof p.done === 'number') done += p.done;
  }
  const agg = aggregate(items);
  return { planned, done, count: chosen.length, asOf: agg.asOf, sample: agg.sample };
}

/** 新建学位: planned and done over the targets marked `newSeats`. */
export function newSeats(targets: readonly TargetFacts[], reports: readonly ReportFacts[]): Total {
  return total(targets, reports, (t) => t.newSeats);
}

/** Latest 统计截止日期 of all reports, or null without reports. */
export function latestAsOf(reports: readonly ReportFacts[]): string | null {
  return latestDate(reports.map((r) => r.asOf)) ?? null;
}
