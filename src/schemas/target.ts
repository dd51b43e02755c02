import { z } from 'astro/zod';
import { asciiId, isoDate, msg, text } from './common.ts';

/** What the plan promises: a number, a range (兼职教研员 3至5名) or a qualitative goal (no figure). */
export const targetValue = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('number'),
      /** The promised figure. */
      value: z.number().nonnegative({ error: msg('不能是负数。', '填写计划中的目标数字。') }),
    }),
    z.strictObject({
      kind: z.literal('range'),
      /** Lower bound (e.g. 3 of 3至5名). */
      min: z.number().nonnegative({ error: msg('不能是负数。', '填写区间的下限。') }),
      /** Upper bound (e.g. 5 of 3至5名). */
      max: z.number().nonnegative({ error: msg('不能是负数。', '填写区间的上限。') }),
    }),
    z.strictObject({
      kind: z.literal('qualitative'),
      /** What “done” means, in the plan's words. */
      description: text,
    }),
  ],
  { error: msg('目标类型不对。', 'kind 只能写 number（数字）、range（区间）或 qualitative（无数字的定性目标）。') },
);

const TASK_ERROR = msg('任务编号只能是 1 到 5 的整数。', '对应实施方案“三、工作任务”中的（一）至（五）。');

/** One quantified item of the plan. The file name is its id. */
export const targetSchema = z.strictObject({
  /** 任务：一…五 of 三、工作任务, as 1…5. */
  task: z.number({ error: TASK_ERROR }).int({ error: TASK_ERROR }).min(1, { error: TASK_ERROR }).max(5, { error: TASK_ERROR }),
  /** 条目编号 within the task (1., 2., …). */
  item: z.number().int().positive({ error: msg('条目编号必须是正整数。', '写实施方案中该条的序号，例如 2。') }),
  /** 名称 */
  title: text,
  /** 单位, e.g. 人, ㎡, 间, %. */
  unit: text,
  /** 目标 */
  target: targetValue,
  /** 责任单位 */
  responsible: z.array(text).min(1, { error: msg('至少填写一个责任单位。', '按实施方案填写，例如 ["区教育局"]。') }),
  /** 配合单位 */
  cooperating: z.array(text).default([]),
  /** 完成时限 YYYY-MM-DD, omitted when the plan gives none. */
  deadline: isoDate.optional(),
  /** Where the plan states it. */
  source: z.strictObject({
    /** Slug of the policy page. */
    policy: asciiId,
    /** Section, e.g. 三、（二）2.① */
    section: text,
  }),
  /** Display order within the task. */
  order: z.number().int().default(0),
});

/** Validated target. */
export type TargetData = z.infer<typeof targetSchema>;

/** Chinese labels of target fields, used in error messages. */
export const targetLabels: Record<string, string> = {
  task: '任务编号',
  item: '条目编号',
  title: '名称',
  unit: '单位',
  target: '目标',
  'target.kind': '目标类型',
  'target.value': '目标数值',
  'target.min': '区间下限',
  'target.max': '区间上限',
  'target.description': '目标说明',
  responsible: '责任单位',
  cooperating: '配合单位',
  deadline: '完成时限',
  source: '来源',
  'source.policy': '来源文件',
  'source.section': '来源章节',
  order: '排序',
};
