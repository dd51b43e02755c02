/**
 * One-sentence Chinese summaries generated from the progress data: the text alternative of every chart
 * and the line under every target. Pure.
 */
import { asOfPrefix, formatDateZh, formatNumber, formatPercent } from '../core/format.ts';
import { STATUS_LABELS, type Aggregate, type BreakdownPoint, type TargetProgress, type TargetFacts, type TaskProgress, type TrendPoint } from './engine.ts';
import type { TargetValue } from '../../schemas/target.ts';

/** A quantity with its unit: 7200, ㎡ → “7,200㎡”. */
export function amount(n: number, unit: string): string {
  return `${formatNumber(n, 2)}${unit}`;
}

/** The promise in words: “9,900㎡”, “3至5名”, or the qualitative description. */
export function targetText(target: TargetValue, unit: string): string {
  if (target.kind === 'number') return amount(target.value, unit);
  if (target.kind === 'range') return `${formatNumber(target.min, 2)}至${amount(target.max, unit)}`;
  return target.description;
}

/** The reported value in words: “7,200㎡”, “已完成”, “未完成”, or “—” without a report. */
export function doneText(p: TargetProgress): string {
  if (p.done === null) return '—';
  if (typeof p.done === 'boolean') return p.done ? '已完成' : '未完成';
  return amount(p.done, p.target.unit);
}

/**
 * A target's state in one short phrase, in the status words of the progress pages (STATUS_LABELS), with the
 * reported figure against the target for numbers and ranges: “未开始（0 / 360 个）”, “进行中（120 / 360 个）”,
 * “已完成（4 / 3至5 名）”, “已完成”, “尚无报告”.
 */
export function statusPhrase(p: TargetProgress): string {
  const label = STATUS_LABELS[p.status];
  const t = p.target.target;
  if (typeof p.done !== 'number' || t.kind === 'qualitative') return label;
  const goal = t.kind === 'number' ? formatNumber(t.value, 2) : `${formatNumber(t.min, 2)}至${formatNumber(t.max, 2)}`;
  return `${label}（${formatNumber(p.done, 2)} / ${goal} ${p.target.unit}）`;
}

/**
 * 「截至2024年6月30日，室外地面硬化完成7,200㎡，占目标9,900㎡的72.7%。」 and its variants for ranges,
 * percentages, qualitative targets, targets done beyond 100 % and targets without a report.
 */
export function targetSentence(p: TargetProgress): string {
  const { target: t, done, ratio } = p;
  if (done === null || ratio === null) return `${t.title}尚无月报数据。`;
  const head = asOfPrefix(p.asOf);
  if (typeof done === 'boolean') return `${head}${t.title}${done ? '已完成' : '尚未完成'}。`;
  const value = t.target;
  if (value.kind === 'range') {
    const range = targetText(value, t.unit);
    if (p.status === 'exceeded') return `${head}${t.title}完成${amount(done, t.unit)}，超过目标区间${range}的上限。`;
    if (p.status === 'done') return `${head}${t.title}完成${amount(done, t.unit)}，在目标区间${range}之内。`;
    return `${head}${t.title}完成${amount(done, t.unit)}，目标为${range}，达到下限的${formatPercent(ratio)}。`;
  }
  if (value.kind !== 'number') throw new Error(`目标“${t.id}”的类型与完成数不符。`);
  const goal = amount(value.value, t.unit);
  // A percentage target reads as a rate: “持证上岗率为98.6%，目标为100%”.
  if (t.unit === '%') return `${head}${t.title}为${amount(done, t.unit)}，目标为${goal}。`;
  if (p.status === 'exceeded') return `${head}${t.title}完成${amount(done, t.unit)}，超过目标${goal}，完成率${formatPercent(ratio)}。`;
  return `${head}${t.title}完成${amount(done, t.unit)}，占目标${goal}的${formatPercent(ratio)}。`;
}

/** Counts of a set in words: “已完成8项，尚无报告3项”. */
function counts(a: Aggregate): string {
  const parts = [`已完成${a.completed}项`];
  if (a.reported < a.count) parts.push(`尚无报告${a.count - a.reported}项`);
  return parts.join('，');
}

/** Summary of one task's targets figure: average completion, completed count, slowest target. */
export function taskSentence(tp: TaskProgress): string {
  const a = tp.summary;
  const name = `“${tp.task.shortTitle}”`;
  if (a.count === 0) return `${name}没有目标。`;
  if (a.reported === 0) return `${name}的${a.count}项目标尚无月报数据。`;
  const reported = tp.targets.filter((p) => p.status !== 'none');
  let slowest = '';
  if (reported.length > 1) {
    const low = reported.reduce((m, p) => (p.capped < m.capped ? p : m));
    if (low.capped < 1) slowest = `，进度最慢的是“${low.target.title}”（${formatPercent(low.capped)}）`;
  }
  return `${asOfPrefix(a.asOf)}${name}的${a.count}项目标平均完成${formatPercent(a.ratio)}，${counts(a)}${slowest}。`;
}

/** Summary of the per-task figure: overall average, completed count, fastest and slowest task. */
export function overviewSentence(tasks: readonly TaskProgress[], overall: Aggregate): string {
  if (overall.count === 0) return '还没有录入任何目标。';
  if (overall.reported === 0) return `尚无月报，${overall.count}项目标均无完成数据。`;
  let spread = '';
  const withTargets = tasks.filter((t) => t.summary.count > 0);
  if (withTargets.length > 1) {
    const hi = withTargets.reduce((m, t) => (t.summary.ratio > m.summary.ratio ? t : m));
    const lo = withTargets.reduce((m, t) => (t.summary.ratio < m.summary.ratio ? t : m));
    if (hi !== lo) spread = `；完成率最高的是“${hi.task.shortTitle}”（${formatPercent(hi.summary.ratio)}），最低的是“${lo.task.shortTitle}”（${formatPercent(lo.summary.ratio)}）`;
  }
  return `${asOfPrefix(overall.asOf)}全部${overall.count}项目标平均完成${formatPercent(overall.ratio)}，${counts(overall)}${spread}。`;
}

/** Summary of a trend figure: first and last month with the change in average completion. */
export function trendSentence(points: readonly TrendPoint[], scope: string): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return `尚无月报，${scope}没有进度数据。`;
  if (points.length === 1) return `目前只有${formatDateZh(last.month)}1期月报，${scope}平均完成${formatPercent(last.ratio)}。`;
  const a = formatPercent(first.ratio);
  const b = formatPercent(last.ratio);
  const move = a === b ? `保持在${b}` : last.ratio > first.ratio ? `从${a}升至${b}` : `从${a}降至${b}`;
  return `${formatDateZh(first.month)}至${formatDateZh(last.month)}的${points.length}期月报中，${scope}平均完成率${move}。`;
}

/** Summary of a breakdown figure: 「截至…，清理整顿无证学前办学机构累计准入4所、整改7所、取缔5所。」 */
export function breakdownSentence(target: TargetFacts, points: readonly BreakdownPoint[]): string {
  const last = points.at(-1);
  const parts = last ? target.breakdown.flatMap((c) => {
    const n = last.counts[c];
    return n === null || n === undefined ? [] : [`${c}${amount(n, target.breakdownUnit)}`];
  }) : [];
  if (!last || parts.length === 0) return `${target.title}尚无分类统计数据。`;
  return `${asOfPrefix(last.asOf)}${target.title}累计${parts.join('、')}。`;
}

/** The 来源 line of a progress figure: where the targets come from (`targetsFrom`) and the monthly reports of `bureau`. */
export function progressSource(targetsFrom: string, bureau: string): string {
  return `目标：${targetsFrom}；完成数：${bureau}月报`;
}
