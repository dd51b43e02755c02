/** National assessment indicators against their thresholds. Pure. */
import { asOfPrefix, formatNumber, latestDate } from '../core/format.ts';
import { byOrder } from './order.ts';
import { figureIds, withAsOf, type Column, type Figure } from '../core/figure.ts';
import type { IndicatorData, IndicatorRecord } from '../../schemas/indicator.ts';

/** Whether a value meets its threshold; `unknown` when there is no sourced threshold or no value. */
export type Compliance = 'met' | 'not-met' | 'unknown';

/** How compliance reads on the page. */
export const COMPLIANCE_LABELS: Readonly<Record<Compliance, string>> = { met: '达标', 'not-met': '未达标', unknown: '无法判断' };

/** Compares a value with its threshold. */
export function compliance(ind: Pick<IndicatorData, 'value' | 'threshold'>): Compliance {
  const { value, threshold } = ind;
  if (value === undefined || !threshold) return 'unknown';
  const ok = threshold.op === '>=' ? value >= threshold.value : threshold.op === '<=' ? value <= threshold.value : value === threshold.value;
  return ok ? 'met' : 'not-met';
}

/** A number in the indicator's format: 96.3%, 1:6.8, 600元/生·年. */
export function formatIndicatorNumber(n: number, format: IndicatorData['format'], unit: string): string {
  if (format === 'percent') return `${formatNumber(n, 2)}%`;
  if (format === 'ratio') return `1:${formatNumber(n, 2)}`;
  return `${formatNumber(n, 2)}${unit}`;
}

/** The current value in words, or “暂无数据”. */
export function valueText(ind: Pick<IndicatorData, 'value' | 'format' | 'unit'>): string {
  return ind.value === undefined ? '暂无数据' : formatIndicatorNumber(ind.value, ind.format, ind.unit);
}

const OPS = { '>=': '≥', '<=': '≤', '=': '' } as const;

/** The threshold in the notation of the documents (≥85%, ≤1:7, 100%), or null when it could not be sourced. */
export function thresholdText(ind: Pick<IndicatorData, 'threshold' | 'format' | 'unit'>): string | null {
  if (!ind.threshold) return null;
  return `${OPS[ind.threshold.op]}${formatIndicatorNumber(ind.threshold.value, ind.format, ind.unit)}`;
}

/** What the page says where a threshold is missing. */
export const UNSOURCED_THRESHOLD = '未能核实';

/** Indicators in page order. */
export function sortIndicators<T extends Pick<IndicatorRecord, 'order' | 'id'>>(list: readonly T[]): T[] {
  return [...list].sort(byOrder);
}

/** An indicators page section: its name, anchor and indicators. */
export interface IndicatorGroup<T> {
  name: string;
  anchor: string;
  items: T[];
}

/** Indicators grouped by `group`, groups in order of first appearance in page order (see sortIndicators). */
export function indicatorGroups<T extends Pick<IndicatorRecord, 'order' | 'id' | 'group'>>(list: readonly T[]): IndicatorGroup<T>[] {
  const groups: IndicatorGroup<T>[] = [];
  for (const i of sortIndicators(list)) {
    let g = groups.find((x) => x.name === i.group);
    if (!g) groups.push((g = { name: i.group, anchor: `group-${groups.length + 1}`, items: [] }));
    g.items.push(i);
  }
  return groups;
}

/** One sentence over all indicators: how many meet their threshold, how many could not be judged. */
export function indicatorsSentence(list: readonly IndicatorRecord[]): string {
  if (list.length === 0) return '还没有录入评估指标。';
  const c = { met: 0, 'not-met': 0, unknown: 0 };
  for (const i of list) c[compliance(i)]++;
  const judged = c.met + c['not-met'];
  const head = asOfPrefix(latestDate(list.map((i) => i.asOf)));
  const parts: string[] = [];
  if (judged) parts.push(c['not-met'] ? `可对照达标要求的${judged}项中${c.met}项达标、${c['not-met']}项未达标` : `可对照达标要求的${judged}项全部达标`);
  if (c.unknown) parts.push(`${c.unknown}项因达标要求未能核实或暂无数据而无法判断`);
  return `${head}${list.length}项评估指标中，${parts.join('，')}。`;
}

/** The indicators table (no chart: values have different units): name, threshold, value, compliance, date. */
export function indicatorsFigure(list: readonly IndicatorRecord[]): Figure {
  const sorted = sortIndicators(list);
  const columns: Column[] = [
    { key: 'name', label: '指标' },
    { key: 'group', label: '类别' },
    { key: 'threshold', label: '达标要求' },
    { key: 'value', label: '当前值' },
    { key: 'compliance', label: '是否达标' },
    { key: 'asOf', label: '统计日期' },
  ];
  const sources = [...new Set(sorted.map((i) => i.source).filter(Boolean))];
  return {
    id: figureIds.indicators,
    source: sources.length ? sources.join('；') : '各指标说明',
    caption: '评估指标一览',
    summary: indicatorsSentence(sorted),
    table: {
      columns,
      rows: sorted.map((i) => ({
        name: i.name,
        group: i.group,
        threshold: thresholdText(i) ?? UNSOURCED_THRESHOLD,
        value: i.value === undefined ? null : valueText(i),
        compliance: COMPLIANCE_LABELS[compliance(i)],
        asOf: i.asOf ?? null,
      })),
    },
    sample: sorted.some((i) => i.sample),
    ...withAsOf(latestDate(sorted.map((i) => i.asOf))),
  };
}
