import { z } from 'astro/zod';
import { asciiId, boundedNumber, NUMBER_BOUNDS, isoDate, msg, sampleFlag, sampleNote, text } from './common.ts';

/** What the plan promises: a number, a range (兼职教研员 3至5名) or a qualitative goal (no figure). */
export const targetValue = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('number'),
      /** The promised figure. */
      value: boundedNumber('figure', { type: msg('目标数值必须是数字。', '只写数字，不写单位，例如 120。'), negative: msg('不能是负数。', '填写计划中的目标数字。') }),
    }),
    z
      .strictObject({
        kind: z.literal('range'),
        /** Lower bound (e.g. 3 of 3至5名). */
        min: boundedNumber('figure', { type: msg('区间下限必须是数字。', '例如 3。'), negative: msg('不能是负数。', '填写区间的下限。') }),
        /** Upper bound (e.g. 5 of 3至5名). */
        max: boundedNumber('figure', { type: msg('区间上限必须是数字。', '例如 5。'), negative: msg('不能是负数。', '填写区间的上限。') }),
      })
      .refine((t) => t.min <= t.max, { path: ['max'], error: msg('区间上限小于下限。', '“3至5名”写成 "min": 3, "max": 5。') }),
    z.strictObject({
      kind: z.literal('qualitative'),
      /** What “done” means, in the plan's words. */
      description: text,
    }),
  ],
  { error: msg('目标类型不对。', 'kind 只能写 number（数字）、range（区间）或 qualitative（无数字的定性目标）。') },
);

/** The promise of one target. */
export type TargetValue = z.infer<typeof targetValue>;

/** One quantified item of the plan. The file name is its id (ASCII, also the anchor on its task page). */
export const targetSchema = z
  .strictObject({
    /** 所属任务: file name of `content/tasks/<slug>.json`, e.g. staffing. */
    task: asciiId,
    /** 条目编号 within the task (1., 2., …); omitted for the task's opening paragraph. */
    item: z.number().int().positive({ error: msg('条目编号必须是正整数。', '写方案中该条的序号，例如 2；任务开头的总述段落不写这一项。') }).max(NUMBER_BOUNDS.order.max).optional(),
    /** 名称: short, it starts the generated sentence (「室外地面硬化完成7,200㎡」). */
    title: text,
    /** 单位, e.g. 人, ㎡, 间, %; empty for a qualitative target. */
    unit: z.string().trim().default(''),
    /** 目标 */
    target: targetValue,
    /** 责任单位, as the plan lists them. */
    responsible: z.array(text).min(1, { error: msg('至少填写一个责任单位。', '按方案原文填写，例如 ["教育局"]。') }),
    /** 配合单位, as the plan lists them. */
    cooperating: z.array(text).default([]),
    /** 完成时限 YYYY-MM-DD, omitted when the plan gives none. */
    deadline: isoDate.optional(),
    /** Where the plan states it. */
    source: z.strictObject({
      /** Slug of the policy page. */
      policy: asciiId,
      /** Section, e.g. 三、（二）2.① */
      section: text,
      /** The sentence of the plan this target comes from, verbatim. */
      quote: text,
    }),
    /** 说明 shown under the target (what the plan adds, how it is counted). */
    note: z.string().trim().default(''),
    /** True when the completed value counts new kindergarten seats (新增学位), summed on the home page. */
    newSeats: z.boolean().default(false),
    /** Categories reported as counts besides the value (无证机构：准入、整改、取缔). */
    breakdown: z.array(text).default([]),
    /** Unit of the breakdown counts, e.g. 所. */
    breakdownUnit: z.string().trim().default(''),
    /** Display order within the task. */
    order: boundedNumber('order', {}, true).default(0),
    /** True when the record is sample data, not from an official source: pages showing it carry the 示例数据 banner. */
    sample: sampleFlag,
    /** What is sample and what is official in the record. */
    sampleNote,
  })
  .refine((t) => t.target.kind === 'qualitative' || t.unit !== '', {
    path: ['unit'],
    error: msg('数字目标必须写单位。', '按方案原文写，例如 "㎡"、"人"、"%"。'),
  });

/** Validated target. */
export type TargetData = z.infer<typeof targetSchema>;
/** A target with its id (file name, also its anchor on its task page): the one record type of lib, queries and e2e. */
export type TargetRecord = TargetData & { id: string };

/** Chinese labels of target fields, used in error messages. */
export const targetLabels: Record<string, string> = {
  task: '所属任务',
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
  'source.quote': '原文',
  note: '说明',
  newSeats: '计入新增学位',
  breakdown: '分类统计项',
  breakdownUnit: '分类统计单位',
  order: '排序',
  sample: '示例数据标记',
  sampleNote: '示例数据说明',
};
