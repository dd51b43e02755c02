/**
 * The columns of the open datasets: fields taken from the schemas (label and description from the same source
 * as docs/内容字段说明.md) or computed by the site, and the cell helpers every dataset uses. Pure.
 */
import { describeFields, type FieldDoc, type Schema } from '../content/schema-doc.ts';
import type { Cell } from '../core/figure.ts';
import { kindergartenLabels, kindergartenSchema } from '../../schemas/kindergarten.ts';
import { reportLabels, reportSchema } from '../../schemas/report.ts';
import { targetLabels, targetSchema } from '../../schemas/target.ts';
import { taskLabels, taskSchema } from '../../schemas/task.ts';
import { indicatorLabels, indicatorSchema } from '../../schemas/indicator.ts';
import type { DatasetField, FieldType } from './datasets.ts';

const docsCache = new Map<Schema, FieldDoc[]>();
function docsOf(schema: unknown, labels: Record<string, string>): FieldDoc[] {
  const s = schema as Schema;
  if (!docsCache.has(s)) docsCache.set(s, describeFields(s, labels));
  return docsCache.get(s)!;
}

/** A content kind the fields come from: its file name pattern, schema and labels. */
export interface Source {
  file: string;
  schema: unknown;
  labels: Record<string, string>;
}
/** The content kinds the datasets' fields come from. */
export const TARGET: Source = { file: 'content/targets/<编号>.json', schema: targetSchema, labels: targetLabels };
export const TASK: Source = { file: 'content/tasks/<网址名>.json', schema: taskSchema, labels: taskLabels };
export const REPORT: Source = { file: 'content/reports/<年-月>.json', schema: reportSchema, labels: reportLabels };
export const KG: Source = { file: 'content/kindergartens/<网址名>.json', schema: kindergartenSchema, labels: kindergartenLabels };
export const IND: Source = { file: 'content/indicators/<编号>.json', schema: indicatorSchema, labels: indicatorLabels };

/**
 * A field taken from a schema: the label is the schema's Chinese label of `path` (unless `label` overrides it,
 * e.g. the content-derived subdivision word), the description names the file and field and adds the schema's
 * limits (`docPath` when the documented path differs, e.g. fees.tuition[].amount).
 */
export function schemaField(src: Source, key: string, path: string, type: FieldType, opts: { label?: string; unit?: string; docPath?: string; note?: string } = {}): DatasetField {
  const label = opts.label ?? src.labels[path];
  if (!label) throw new Error(`模式中没有字段 ${path} 的中文名称`);
  const doc = docsOf(src.schema, src.labels).find((d) => d.path === (opts.docPath ?? path));
  if (!doc) throw new Error(`模式中没有字段 ${opts.docPath ?? path}`);
  // Value limits help a reader (≥ 0, the allowed words); length limits and patterns are for staff.
  const limits = doc.limits.filter((l) => /^(只能写|可以是|≥|≤|>|<)/.test(l));
  const parts = [`${src.file} 的 ${opts.docPath ?? path}（${label}）`, ...(doc.type === '整数' ? ['整数'] : []), ...limits, ...(opts.note ? [opts.note] : [])];
  return { key, label, type, description: `${parts.join('；')}。`, ...(opts.unit ? { unit: opts.unit } : {}), ...(type === '数字' ? { numeric: true, digits: 2 } : {}) };
}

/** A field computed by this site (not written in any content file), with its own description. */
export function derivedField(key: string, label: string, type: FieldType, description: string, unit?: string): DatasetField {
  return { key, label, type, description, ...(unit ? { unit } : {}), ...(type === '数字' ? { numeric: true, digits: 2 } : {}) };
}

/** What 是 means in a 示例数据 column. */
export const SAMPLE_NOTE = '是：该条记录不是官方数据（示例数据）';
/** The 示例数据 and 示例说明 columns of a content kind. */
export const sampleFields = (src: Source): DatasetField[] => [
  schemaField(src, 'sample', 'sample', '是/否', { note: SAMPLE_NOTE }),
  schemaField(src, 'sampleNote', 'sampleNote', '文字'),
];

// ---------------------------------------------------------------- cells

/** Text cell: empty text is no value. */
export const text = (s: string | undefined | null): Cell => (s === undefined || s === null || s.trim() === '' ? null : s);
/** Number cell: no number is no value (never 0). */
export const num = (n: number | undefined | null): Cell => (typeof n === 'number' ? n : null);
/** Yes/no cell: 是 or 否. */
export const yesNo = (b: boolean | undefined): Cell => (b ? '是' : '否');
/** List cell: items joined with 、; an empty list is no value. */
export const list = (xs: readonly string[]): Cell => text(xs.join('、'));
