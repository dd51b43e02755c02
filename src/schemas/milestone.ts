import { z } from 'astro/zod';
import { asciiId, boundedNumber, isoDate, msg, sampleFlag, sampleNote, text } from './common.ts';

/** Where a milestone stands. 已完成 needs its date and document. */
export const MILESTONE_STATUSES = ['已完成', '进行中', '未到'] as const;

/** The document that records a milestone (a policy page of the site, or a link). */
const milestoneDocument = z.strictObject({
  /** 文件名称 */
  title: text,
  /** Slug of the policy page holding it, when the site publishes it. */
  policy: asciiId.optional(),
});

/** `content/milestones/<id>.json`: a dated step of the campaign (印发方案、申报、自治区评估、国家认定). */
export const milestoneSchema = z
  .strictObject({
    /** 事项 */
    title: text,
    /** 计划时间 as the plan words it (2024年), empty when the plan gives none. */
    planned: z.string().trim().default(''),
    /** 状态 */
    status: z.enum(MILESTONE_STATUSES, { error: msg('状态不对。', `只能写 ${MILESTONE_STATUSES.join('、')} 之一。`) }),
    /** 完成日期 YYYY-MM-DD, only once reached. */
    date: isoDate.optional(),
    /** 依据文件 once reached. */
    document: milestoneDocument.optional(),
    /** Where the plan states the milestone. */
    source: z.strictObject({
      /** Slug of the policy page. */
      policy: asciiId,
      /** Section, e.g. 二、工作目标 */
      section: text,
      /** The sentence of the plan, verbatim. */
      quote: text,
    }),
    /** 说明, e.g. why a date is not shown yet. */
    note: z.string().trim().default(''),
    /** Display order on the timeline. */
    order: boundedNumber('order', {}, true).default(0),
    /** True when status or date is sample data. */
    sample: sampleFlag,
    /** What is sample and what is official in the record. */
    sampleNote,
  })
  .refine((m) => m.status !== '已完成' || m.date !== undefined, {
    path: ['date'],
    error: msg('状态是“已完成”，但没有完成日期。', '加上 "date": "2024-06-30"（写实际日期）；还没完成就把状态改为 进行中 或 未到。'),
  })
  .refine((m) => m.status !== '已完成' || m.document !== undefined, {
    path: ['document'],
    error: msg('状态是“已完成”，但没有依据文件。', '加上 "document": {"title": "文件名称"}，本站收录该文件时再写 "policy"。'),
  })
  .refine((m) => m.status === '已完成' || m.date === undefined, {
    path: ['date'],
    error: msg('还没完成的事项不能写完成日期。', '删除 date；计划时间写在 planned 中，例如 "2024年"。'),
  });

/** Validated milestone. */
export type MilestoneData = z.infer<typeof milestoneSchema>;
/** A milestone with its id (file name): the one record type of lib, queries and e2e. */
export type MilestoneRecord = MilestoneData & { id: string };

/** Chinese labels of milestone fields, used in error messages. */
export const milestoneLabels: Record<string, string> = {
  title: '事项',
  planned: '计划时间',
  status: '状态',
  date: '完成日期',
  document: '依据文件',
  'document.title': '依据文件名称',
  'document.policy': '依据文件网址名',
  source: '来源',
  'source.policy': '来源文件',
  'source.section': '来源章节',
  'source.quote': '原文',
  note: '说明',
  order: '排序',
  sample: '示例数据标记',
  sampleNote: '示例数据说明',
};
