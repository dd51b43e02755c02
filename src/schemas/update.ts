import { z } from 'astro/zod';
import { fileLink, isoDate, limitedText, LIMITS, optionalText, sampleFlag, sampleNote } from './common.ts';

/**
 * `content/updates/<id>.json`: an optional note for the 更新记录 page (/updates/) and /rss.xml, for changes
 * that git and the content cannot tell by themselves (a corrected figure, a new service, a notice).
 * New policies, monthly reports, fee changes and kindergartens added or removed are listed without notes.
 */
export const updateNoteSchema = z.strictObject({
  /** 日期 YYYY-MM-DD: the day the change was published. */
  date: isoDate,
  /** 标题 */
  title: limitedText(LIMITS.title),
  /** 说明: one or two sentences. */
  text: optionalText(LIMITS.summary),
  /** 链接: the page the note is about (/policies/x/) or an https address; empty when none. */
  link: fileLink,
  /** True when the note is sample content. */
  sample: sampleFlag,
  /** What is sample and what is official in the record. */
  sampleNote,
});

/** Validated update note. */
export type UpdateNoteData = z.infer<typeof updateNoteSchema>;

/** Chinese labels of update note fields, used in error messages. */
export const updateNoteLabels: Record<string, string> = {
  date: '日期',
  title: '标题',
  text: '说明',
  link: '链接',
  sample: '示例数据标记',
  sampleNote: '示例数据说明',
};
