/** The fee figures (table + CSV, no chart): every kindergarten's fees, and the adjustments under one fee document. */
import { figureIds, withAsOf, type Figure } from '../core/figure.ts';
import { formatNumber, latestDate } from '../core/format.ts';
import { isSample } from '../core/sample.ts';
import { byStreet, type Kindergarten } from './kindergarten.ts';
import { knownTuitionRange, lastChange, tuitionRange, tuitionSummary, unpublishedNote, type Adjustment } from './fees.ts';
import type { Street } from '../../schemas/directory.ts';

/**
 * Figure (table + CSV, no chart) of every kindergarten's fees, in directory order. A fee not published is an
 * empty cell (null), never 0, and the sentence says how many kindergartens leave the 保教费 out.
 */
export function feeTableFigure(kgs: readonly Kindergarten[], subdivisionWord: string): Figure {
  const rows = kgs.map((k) => {
    const f = k.data.fees;
    const range = knownTuitionRange(f);
    const last = lastChange(f.history);
    return {
      id: k.id,
      name: k.data.name,
      type: k.type.name,
      street: k.street.name,
      tuitionMin: range?.min ?? null,
      tuitionMax: range?.max ?? null,
      cap: f.cap ?? null,
      meals: f.meals?.amount ?? null,
      mealsUnit: f.meals?.unit ?? null,
      basis: f.basis?.docNumber ?? null,
      effectiveOn: f.basis?.effectiveOn ?? null,
      lastChange: last ? last.effectiveOn : null,
    };
  });
  const publicCount = kgs.filter((k) => k.type.category === '公办').length;
  const priced = kgs.flatMap((k) => (k.data.fees.tuition ? [{ k, range: tuitionRange(k.data.fees.tuition) }] : []));
  const cheapest = [...priced].sort((a, b) => a.range.min - b.range.min)[0];
  const dearest = [...priced].sort((a, b) => b.range.max - a.range.max)[0];
  const unknown = unpublishedNote(kgs.length - priced.length, '保教费');
  const summary = cheapest && dearest
    ? `共 ${kgs.length} 所幼儿园（公办 ${publicCount} 所）；保教费最低 ${formatNumber(cheapest.range.min, 2)} 元/月（${cheapest.k.data.name}），最高 ${formatNumber(dearest.range.max, 2)} 元/月（${dearest.k.data.name}）${unknown ? `；${unknown}` : ''}。`
    : kgs.length ? `共 ${kgs.length} 所幼儿园（公办 ${publicCount} 所），均未公布保教费。` : '暂无幼儿园收费数据。';
  return {
    id: figureIds.kindergartenFees,
    caption: '各幼儿园收费标准',
    summary,
    sample: kgs.some(isSample),
    asOf: latestDate(kgs.map((k) => k.data.asOf)),
    table: {
      columns: [
        { key: 'name', label: '幼儿园' },
        { key: 'id', label: '网址名' },
        { key: 'type', label: '类型' },
        { key: 'street', label: subdivisionWord },
        { key: 'tuitionMin', label: '保教费最低', unit: '元/月', numeric: true, digits: 2 },
        { key: 'tuitionMax', label: '保教费最高', unit: '元/月', numeric: true, digits: 2 },
        { key: 'cap', label: '核定上限', unit: '元/月', numeric: true, digits: 2 },
        { key: 'meals', label: '伙食费', numeric: true, digits: 2 },
        { key: 'mealsUnit', label: '伙食费单位' },
        { key: 'basis', label: '收费依据' },
        { key: 'effectiveOn', label: '执行日期' },
        { key: 'lastChange', label: '最近调整' },
      ],
      rows,
    },
  };
}

/** Figure (table + CSV, no chart) of the fee adjustments under one document, before and after. */
export function adjustmentsFigure(adjustments: readonly Adjustment[], docNumber: string, expected: number | undefined, planName: string): Figure {
  const rows = adjustments.map((a) => ({
    name: a.kg.data.name,
    before: tuitionSummary(a.change.before, false),
    after: tuitionSummary(a.change.after, false),
    cut: a.cut,
    effectiveOn: a.change.effectiveOn,
  }));
  const done = adjustments.length;
  const lower = adjustments.filter((a) => a.cut > 0).length;
  const plan = expected === undefined ? '' : `${planName}要求调整 ${expected} 所，`;
  const summary = done
    ? `${plan}已记录 ${done} 所幼儿园按${docNumber}调整保教费：${lower} 所下调，最高一档保教费平均每月降低 ${formatNumber(adjustments.reduce((s, a) => s + a.cut, 0) / done, 1)} 元。`
    : `${plan}尚未记录按${docNumber}调整的幼儿园。`;
  return {
    id: figureIds.feeAdjustments,
    caption: `按${docNumber}调整收费的幼儿园`,
    summary,
    sample: adjustments.some((a) => isSample(a.kg)),
    source: `${docNumber}；各幼儿园收费调整记录`,
    ...withAsOf(latestDate(adjustments.map((a) => a.kg.data.asOf))),
    table: {
      columns: [
        { key: 'name', label: '幼儿园' },
        { key: 'before', label: '调整前', unit: '元/月' },
        { key: 'after', label: '调整后', unit: '元/月' },
        { key: 'cut', label: '最高一档降低', unit: '元/月', numeric: true, digits: 2 },
        { key: 'effectiveOn', label: '执行日期' },
      ],
      rows,
    },
  };
}

/**
 * The same adjustments counted per subdivision (in the order of the streets list, those with none left out):
 * the fees page shows this instead of one row per kindergarten once the list is long (src/lib/kindergartens/directory-pages.ts);
 * the full list stays at /data/fee-adjustments.csv and on each kindergarten's page.
 */
export function adjustmentsByStreetFigure(adjustments: readonly Adjustment[], streets: readonly Street[], docNumber: string, subdivision: string): Figure {
  const rows = byStreet(adjustments, streets, (a) => a.kg).map(({ street, items }) => ({
    name: street.name,
    count: items.length,
    lower: items.filter((a) => a.cut > 0).length,
    cut: items.reduce((n, a) => n + a.cut, 0) / items.length,
  }));
  const most = [...rows].sort((a, b) => b.count - a.count)[0];
  return {
    id: figureIds.feeAdjustmentsByStreet,
    caption: `各${subdivision}按${docNumber}调整收费的幼儿园`,
    summary: most
      ? `${rows.length} 个${subdivision}共有 ${adjustments.length} 所幼儿园按${docNumber}调整保教费，最多的是${most.name}（${most.count} 所）。`
      : `尚未记录按${docNumber}调整的幼儿园。`,
    sample: adjustments.some((a) => isSample(a.kg)),
    source: `${docNumber}；各幼儿园收费调整记录`,
    ...withAsOf(latestDate(adjustments.map((a) => a.kg.data.asOf))),
    table: {
      columns: [
        { key: 'name', label: subdivision },
        { key: 'count', label: '调整', unit: '所', numeric: true, digits: 0 },
        { key: 'lower', label: '其中下调', unit: '所', numeric: true, digits: 0 },
        { key: 'cut', label: '最高一档平均降低', unit: '元/月', numeric: true, digits: 1 },
      ],
      rows,
    },
  };
}
