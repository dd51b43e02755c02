import { z } from 'astro/zod';
import { isoDate, msg, sampleFlag, text } from './common.ts';

/** A threshold like ≥ 85 %; `null` value when no official threshold could be sourced. */
const threshold = z.strictObject({
  /** 比较方式 */
  op: z.enum(['>=', '<=', '='], { error: msg('比较方式不对。', '只能写 >=、<= 或 =。') }),
  /** 达标值 */
  value: z.number(),
  /** Where the threshold comes from. */
  source: text,
});

/** `content/indicators/<id>.json`: a national assessment indicator (三率三比 and others). */
export const indicatorSchema = z.strictObject({
  /** 指标名称 */
  name: text,
  /** 单位, e.g. % */
  unit: z.string().trim().default(''),
  /** 达标要求; omitted when it could not be sourced (the page then says so). */
  threshold: threshold.optional(),
  /** 计算方法 */
  computation: text,
  /** 当前值 */
  value: z.number().optional(),
  /** 统计日期 */
  asOf: isoDate.optional(),
  /** 数据来源 */
  source: z.string().trim().default(''),
  /** Display order. */
  order: z.number().int().default(0),
  /** True when the value is sample data. */
  sample: sampleFlag,
});

/** Validated indicator. */
export type IndicatorData = z.infer<typeof indicatorSchema>;

/** Chinese labels of indicator fields. */
export const indicatorLabels: Record<string, string> = {
  name: '指标名称',
  unit: '单位',
  threshold: '达标要求',
  'threshold.op': '比较方式',
  'threshold.value': '达标值',
  'threshold.source': '达标要求来源',
  computation: '计算方法',
  value: '当前值',
  asOf: '统计日期',
  source: '数据来源',
  order: '排序',
  sample: '示例数据标记',
};
