/** The 评估指标 dataset (/data/sets/indicators.csv|json). Pure. */
import { latestDate } from '../core/format.ts';
import { COMPLIANCE_LABELS, compliance } from '../progress/indicators.ts';
import type { IndicatorRecord } from '../../schemas/indicator.ts';
import type { Dataset, DatasetField } from './datasets.ts';
import { derivedField, IND, num, sampleFields, schemaField, text, yesNo } from './fields.ts';

const INDICATOR_FORMATS: Record<IndicatorRecord['format'], string> = { percent: '百分比', ratio: '比例', number: '数字' };

/** 评估指标: every indicator in page order, with its threshold, value and whether it is met. */
export function indicatorsDataset(indicators: readonly IndicatorRecord[]): Dataset {
  const fields: DatasetField[] = [
    derivedField('id', '指标编号', '文字', '指标文件的文件名（不含 .json），也是评估指标页上的锚点。'),
    schemaField(IND, 'name', 'name', '文字'),
    schemaField(IND, 'group', 'group', '文字'),
    schemaField(IND, 'format', 'format', '文字', { note: `写作 ${Object.values(INDICATOR_FORMATS).join('、')}；百分比的值是百分数（92.4 即 92.4%），比例 1:x 的值是 x` }),
    schemaField(IND, 'unit', 'unit', '文字'),
    schemaField(IND, 'op', 'threshold.op', '文字', { docPath: 'threshold.op' }),
    schemaField(IND, 'threshold', 'threshold.value', '数字'),
    schemaField(IND, 'thresholdSource', 'threshold.source', '文字'),
    schemaField(IND, 'thresholdNote', 'thresholdNote', '文字'),
    schemaField(IND, 'computation', 'computation', '文字'),
    schemaField(IND, 'value', 'value', '数字'),
    derivedField('compliance', '是否达标', '文字', `当前值与达标要求比较：${Object.values(COMPLIANCE_LABELS).join('、')}（没有经过核实的达标要求或没有当前值时无法判断）。`),
    schemaField(IND, 'asOf', 'asOf', '日期'),
    schemaField(IND, 'source', 'source', '文字'),
    ...sampleFields(IND),
  ];
  const rows = indicators.map((i) => ({
    id: i.id,
    name: i.name,
    group: i.group,
    format: INDICATOR_FORMATS[i.format],
    unit: text(i.unit),
    op: text(i.threshold?.op),
    threshold: num(i.threshold?.value),
    thresholdSource: text(i.threshold?.source),
    thresholdNote: text(i.thresholdNote),
    computation: i.computation,
    value: num(i.value),
    compliance: COMPLIANCE_LABELS[compliance(i)],
    asOf: text(i.asOf),
    source: text(i.source),
    sample: yesNo(i.sample),
    sampleNote: text(i.sampleNote),
  }));
  const sources = [...new Set(indicators.map((i) => i.source).filter(Boolean))];
  return {
    id: 'indicators',
    title: '评估指标',
    description: '督导评估指标（“三率”等）：达标要求及其来源、计算方法、当前值、是否达标、统计日期和数据来源。每行一项指标。',
    fields,
    rows,
    asOf: latestDate(indicators.map((i) => i.asOf)) ?? null,
    source: sources.length ? sources.join('；') : '各指标的数据来源未填写',
    sample: indicators.some((i) => i.sample),
  };
}
