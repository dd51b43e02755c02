import { z } from 'astro/zod';
import { boundedNumber, isoDate, msg, sampleFlag, sampleNote, text } from './common.ts';

/** How a value is shown: 92.4%, 1:6.8 (children per adult), or a plain number with its unit. */
export const INDICATOR_FORMATS = ['percent', 'ratio', 'number'] as const;

/** A threshold like ≥ 85 %. Omitted when no official threshold could be sourced: the page then says so. */
const threshold = z.strictObject({
  /** 比较方式 */
  op: z.enum(['>=', '<=', '='], { error: msg('比较方式不对。', '只能写 >=、<= 或 =。') }),
  /** 达标值 (for a ratio 1:7, write 7: children per adult). */
  value: boundedNumber('figure', { type: msg('达标值必须是数字。', '只写数字，例如 85；比例 1:7 写 7。') }, true),
  /** The official document stating the threshold. */
  source: text,
});

/** `content/indicators/<id>.json`: a national assessment indicator (三率三比 and others). */
export const indicatorSchema = z.strictObject({
  /** 指标名称 */
  name: text,
  /**
   * 评估内容: the section of the indicators page (free text, e.g. 普及普惠水平). Sections appear in the order
   * their first indicator appears (by `order`, then file name).
   */
  group: z.string().trim().min(1, { error: msg('不能为空。', '写这项指标所属的评估内容，例如 普及普惠水平；或删除整行。') }).default('评估指标'),
  /** 显示方式 */
  format: z.enum(INDICATOR_FORMATS, { error: msg('显示方式不对。', 'percent（百分比）、ratio（1:x 的比例）或 number（数字加单位）。') }).default('percent'),
  /** 单位 for `number` values, e.g. 元/生·年. */
  unit: z.string().trim().default(''),
  /** 达标要求; omitted when it could not be sourced (the page then says so). */
  threshold: threshold.optional(),
  /** Why the threshold is missing, or what else to know about it. */
  thresholdNote: z.string().trim().default(''),
  /** 计算方法 */
  computation: text,
  /** 当前值 */
  value: boundedNumber('figure', { type: msg('当前值必须是数字。', '只写数字，不加 % 或引号，例如 92.4；比例 1:6.8 写 6.8。') }, true).optional(),
  /** 统计日期 */
  asOf: isoDate.optional(),
  /** 数据来源 of the value. */
  source: z.string().trim().default(''),
  /** Display order. */
  order: boundedNumber('order', {}, true).default(0),
  /** True when the value is sample data. */
  sample: sampleFlag,
  /** What is sample and what is official in the record. */
  sampleNote,
});

/** Validated indicator. */
export type IndicatorData = z.infer<typeof indicatorSchema>;
/** An indicator with its id (file name, also its anchor on the indicators page): the one record type of lib, queries and e2e. */
export type IndicatorRecord = IndicatorData & { id: string };

/** Chinese labels of indicator fields. */
export const indicatorLabels: Record<string, string> = {
  name: '指标名称',
  group: '评估内容',
  format: '显示方式',
  unit: '单位',
  threshold: '达标要求',
  'threshold.op': '比较方式',
  'threshold.value': '达标值',
  'threshold.source': '达标要求来源',
  thresholdNote: '达标要求说明',
  computation: '计算方法',
  value: '当前值',
  asOf: '统计日期',
  source: '数据来源',
  order: '排序',
  sample: '示例数据标记',
  sampleNote: '示例数据说明',
};
