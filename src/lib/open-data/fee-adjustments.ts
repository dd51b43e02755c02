/** The 收费调整记录 dataset (/data/sets/fee-adjustments.csv|json). Pure. */
import { latestDate } from '../core/format.ts';
import { isSample } from '../core/sample.ts';
import type { Kindergarten } from '../kindergartens/kindergarten.ts';
import { tuitionRange, tuitionSummary } from '../kindergartens/fees.ts';
import type { Dataset, DatasetField } from './datasets.ts';
import { derivedField, KG, SAMPLE_NOTE, schemaField, text, yesNo } from './fields.ts';

/**
 * 收费调整记录: every fee change of every kindergarten (fees.history), oldest first. `planDoc` is the 文号 the
 * plan orders adjustments under (content/fees.json adjustments), `planWord` the plan's short name.
 */
export function feeAdjustmentsDataset(kgs: readonly Kindergarten[], planDoc: string | undefined, planWord: string): Dataset {
  const fields: DatasetField[] = [
    derivedField('id', '网址名', '文字', '幼儿园文件的文件名（不含 .json）。'),
    schemaField(KG, 'name', 'name', '文字', { label: '幼儿园' }),
    schemaField(KG, 'effectiveOn', 'fees.history.effectiveOn', '日期', { docPath: 'fees.history[].effectiveOn' }),
    schemaField(KG, 'docNumber', 'fees.history.docNumber', '文字', { docPath: 'fees.history[].docNumber' }),
    schemaField(KG, 'before', 'fees.history.before', '文字', { unit: '元/月', docPath: 'fees.history[].before', note: '各班级相同时只写金额，不同时写“小班 420、中班 400”' }),
    schemaField(KG, 'after', 'fees.history.after', '文字', { unit: '元/月', docPath: 'fees.history[].after', note: '写法同“调整前”' }),
    derivedField('beforeMax', '调整前最高一档', '数字', '调整前各班级保教费中最高的一项。', '元/月'),
    derivedField('afterMax', '调整后最高一档', '数字', '调整后各班级保教费中最高的一项。', '元/月'),
    derivedField('change', '最高一档变化', '数字', '调整后最高一档减调整前最高一档；负数表示下调。', '元/月'),
    schemaField(KG, 'note', 'fees.history.note', '文字', { docPath: 'fees.history[].note' }),
    derivedField('inPlan', `${planWord}要求的调整`, '是/否', `是：按 content/fees.json 中收费调整计划（adjustments）的文号所作的调整。`),
    schemaField(KG, 'sample', 'sample', '是/否', { note: SAMPLE_NOTE }),
  ];
  const changes = kgs.flatMap((k, i) => k.data.fees.history.map((c) => ({ k, c, i })));
  changes.sort((a, b) => a.c.effectiveOn.localeCompare(b.c.effectiveOn) || a.i - b.i);
  const rows = changes.map(({ k, c }) => {
    const before = tuitionRange(c.before).max;
    const after = tuitionRange(c.after).max;
    return {
      id: k.id,
      name: k.data.name,
      effectiveOn: c.effectiveOn,
      docNumber: c.docNumber,
      before: tuitionSummary(c.before, false),
      after: tuitionSummary(c.after, false),
      beforeMax: before,
      afterMax: after,
      change: after - before,
      note: text(c.note),
      inPlan: yesNo(planDoc !== undefined && c.docNumber === planDoc),
      sample: yesNo(isSample(k)),
    };
  });
  const adjusted = [...new Set(changes.map((x) => x.k))];
  return {
    id: 'fee-adjustments',
    title: '收费调整记录',
    description: '各幼儿园保教费的每一次调整：执行日期、文号、调整前后的保教费和最高一档的变化。每行一次调整，按执行日期排列。',
    fields,
    rows,
    asOf: latestDate(adjusted.map((k) => k.data.asOf)) ?? null,
    source: '各幼儿园收费调整记录（文号见“文号”列）',
    sample: adjusted.some(isSample),
  };
}
