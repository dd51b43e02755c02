import { z } from 'astro/zod';
import { boundedNumber, isoDate, isoMonth, msg, sampleFlag, sampleNote } from './common.ts';

/** A reported value: a number for quantified targets, true/false for qualitative ones. */
const reportedValue = z.union([
  boundedNumber('figure', { negative: msg('完成数不能是负数。', '填写截至统计日期的累计完成数，没有进展就写 0。') }),
  z.boolean(),
], { error: msg('完成数只能是数字或 true/false。', '数字目标写数字（不要加单位或引号），定性目标写 true（已完成）或 false。') });

/** A count in a breakdown (准入 3 所). */
const count = boundedNumber('count', {
  type: msg('分类统计数必须是数字。', '只写整数，不加单位或引号，例如 3。'),
  negative: msg('分类统计数不能是负数。', '填写 0 或正整数。'),
});

/** `content/reports/<YYYY-MM>.json`: the plan's 月报告制度, one file per month. */
export const reportSchema = z.strictObject({
  /** 月份 YYYY-MM; the file name starts with it. */
  month: isoMonth,
  /** 统计截止日期 YYYY-MM-DD, a day of that month. */
  asOf: isoDate,
  /** 本月说明 */
  note: z.string().trim().default(''),
  /** Cumulative completed value per target id, as of `asOf`. A target not listed keeps its last reported value. */
  values: z.record(z.string(), reportedValue),
  /** Per-target remarks. */
  notes: z.record(z.string(), z.string()).default({}),
  /** Cumulative counts per category, for targets that declare a `breakdown`. */
  breakdown: z.record(z.string(), z.record(z.string(), count)).default({}),
  /** True when the figures are sample data. */
  sample: sampleFlag,
  /** What is sample and what is official in the record. */
  sampleNote,
});

/** Validated monthly report. */
export type ReportData = z.infer<typeof reportSchema>;
/** A monthly report with its id (file name: its month): the one record type of lib, queries and e2e. */
export type ReportRecord = ReportData & { id: string };

/** Chinese labels of report fields, used in error messages. */
export const reportLabels: Record<string, string> = {
  month: '月份',
  asOf: '统计截止日期',
  note: '本月说明',
  values: '完成数',
  notes: '分项说明',
  breakdown: '分类统计',
  sample: '示例数据标记',
  sampleNote: '示例数据说明',
};
