/** Queries of the plan's progress: tasks, targets and monthly reports, the indicators and the milestones. */
import { getCollection } from 'astro:content';
import type { Figure } from '../lib/core/figure.ts';
import {
  aggregate, breakdownSeries, latestAsOf, newSeats, progressByTask, trend,
  type Aggregate, type ReportFacts, type TaskProgress, type Total, type TrendPoint,
} from '../lib/progress/engine.ts';
import { breakdownFigure, overallTrendFigure, taskFigure, taskTrendFigure, tasksFigure } from '../lib/progress/figures.ts';
import { indicatorsFigure, sortIndicators } from '../lib/progress/indicators.ts';
import { timeline, type TimelineItem } from '../lib/progress/milestones.ts';
import { progressSource } from '../lib/progress/text.ts';
import type { IndicatorRecord } from '../schemas/indicator.ts';
import type { ReportRecord } from '../schemas/report.ts';
import type { TargetRecord } from '../schemas/target.ts';
import type { TaskRecord } from '../schemas/task.ts';
import { once } from './once.ts';
import { getSite } from './site.ts';

/** Everything the progress pages and the home page show, from the same derivations. */
export interface ProgressData {
  /** Every task with its targets' progress, in order. */
  tasks: TaskProgress<TaskRecord, TargetRecord>[];
  /** All targets together. */
  overall: Aggregate;
  /** All targets month by month. */
  trend: TrendPoint[];
  /** Each task month by month, by task id. */
  taskTrends: Record<string, TrendPoint[]>;
  /** 新建学位 planned and done. */
  seats: Total;
  /** Latest 统计截止日期 of any report. */
  latestAsOf: string | null;
  /** Number of monthly reports. */
  reportCount: number;
  /** True when any report shown is sample data. */
  sample: boolean;
  /** Title of each policy the targets cite, by slug (for source lines and links). */
  policyTitles: Record<string, string>;
  /** The progress figures (also served as /data/<id>.csv). */
  figures: Figure[];
}

/** The plan's records with their ids: tasks, targets, monthly reports. Once per build (progress and datasets read them). */
export const getPlan = once(async (): Promise<{ tasks: TaskRecord[]; targets: TargetRecord[]; reports: ReportRecord[] }> => {
  const [tasks, targets, reports] = await Promise.all([getCollection('tasks'), getCollection('targets'), getCollection('reports')]);
  const withId = <T>(e: { id: string; data: T }) => ({ id: e.id, ...e.data });
  return { tasks: tasks.map(withId), targets: targets.map(withId), reports: reports.map(withId) };
});

/** Progress on every target of the plan, computed once per build. */
export const getProgress = once(async (): Promise<ProgressData> => {
  const [site, { tasks, targets, reports: records }, policies] = await Promise.all([getSite(), getPlan(), getCollection('policies')]);
  const reports: ReportFacts[] = records.map((r) => ({ ...r, path: `content/reports/${r.id}.json` }));
  const policyTitles = Object.fromEntries(policies.map((p) => [p.id, p.data.title]));
  const byTask = progressByTask(tasks, targets, reports);
  const overall = aggregate(byTask.flatMap((t) => t.targets));
  const allTrend = trend(targets, reports);
  const taskTrends: Record<string, TrendPoint[]> = {};
  const sourceOf = (task: TaskRecord) => progressSource(`${policyTitles[task.source.policy] ?? task.source.policy}${task.source.section}`, site.bureau);
  const planSources = [...new Set(tasks.map((t) => policyTitles[t.source.policy] ?? t.source.policy))].join('、');
  const overallSource = progressSource(planSources, site.bureau);
  const figures: Figure[] = [tasksFigure(byTask, overall, overallSource), overallTrendFigure(allTrend, overallSource)];
  for (const t of byTask) {
    const points = trend(t.targets.map((p) => p.target), reports);
    taskTrends[t.task.id] = points;
    figures.push(taskFigure(t, sourceOf(t.task)), taskTrendFigure(t, points, sourceOf(t.task)));
    for (const p of t.targets) {
      if (p.target.breakdown.length) figures.push(breakdownFigure(p.target, breakdownSeries(p.target, reports), sourceOf(t.task)));
    }
  }
  return {
    tasks: byTask,
    overall,
    trend: allTrend,
    taskTrends,
    seats: newSeats(targets, reports),
    latestAsOf: latestAsOf(reports),
    reportCount: reports.length,
    sample: reports.some((r) => r.sample),
    policyTitles,
    figures,
  };
});

/** The national assessment indicators in page order, and their table. Once per build (the figures and the datasets use it too). */
export const getIndicators = once(async (): Promise<{ indicators: IndicatorRecord[]; figure: Figure }> => {
  const indicators = sortIndicators((await getCollection('indicators')).map((e) => ({ id: e.id, ...e.data })));
  return { indicators, figure: indicatorsFigure(indicators) };
});

/** The campaign's milestones in timeline order. */
export async function getMilestones(): Promise<TimelineItem[]> {
  return timeline((await getCollection('milestones')).map((e) => ({ id: e.id, ...e.data })));
}
