import { z } from 'astro/zod';
import { asciiId, boundedNumber, msg, sampleFlag, sampleNote, text } from './common.ts';

/**
 * `content/tasks/<slug>.json`: one group of targets, usually one of the plan's 工作任务 （一）…（五）.
 * The file name is the public URL `/progress/<slug>/`: ASCII, and it never changes once published.
 */
export const taskSchema = z.strictObject({
  /** 序号 as the plan prints it, e.g. （一）; for a group outside 三、工作任务 the section it comes from. */
  label: text,
  /** 标题, the plan's heading of the task, verbatim. */
  title: text,
  /** 短标题 for the browser title, breadcrumbs and charts (≤ 12 characters). */
  shortTitle: text.max(12, { error: msg('太长。', '短标题不超过 12 个字，例如 配齐教职工。') }),
  /** Where the plan states the task. */
  source: z.strictObject({
    /** Slug of the policy page (content/policies/<slug>.mdx). */
    policy: asciiId,
    /** Section, e.g. 三、（一） */
    section: text,
  }),
  /** Display order on /progress/. */
  order: boundedNumber('order', {}, true).default(0),
  /** True when the record is sample data, not from an official source: pages showing it carry the 示例数据 banner. */
  sample: sampleFlag,
  /** What is sample and what is official in the record. */
  sampleNote,
});

/** Validated task group. */
export type TaskData = z.infer<typeof taskSchema>;
/** A task with its id (file name, also its URL /progress/<id>/): the one record type of lib, queries and e2e. */
export type TaskRecord = TaskData & { id: string };

/** Chinese labels of task fields, used in error messages. */
export const taskLabels: Record<string, string> = {
  label: '序号',
  title: '标题',
  shortTitle: '短标题',
  source: '来源',
  'source.policy': '来源文件',
  'source.section': '来源章节',
  order: '排序',
  sample: '示例数据标记',
  sampleNote: '示例数据说明',
};
