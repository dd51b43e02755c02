import { z } from 'astro/zod';
import { asciiId, fileLink, isoDate, limitedText, LIMITS, msg, sampleFlag, sampleNote, text } from './common.ts';

/** Validity of a policy document, as government portals state it. */
export const POLICY_STATUSES = ['现行有效', '已修订', '已废止'] as const;

/** An attachment named by the document. `href` is empty when the attachment is not published here. */
const attachment = z.strictObject({
  /** 附件名称, as the document gives it. */
  title: text,
  /** Link to the file (site-relative, under public/), empty when the site does not hold it. */
  href: fileLink,
  /** Why the file is missing or what it is, shown beside the title. */
  note: z.string().trim().default(''),
});

/** Frontmatter of `content/policies/<slug>.mdx`. The slug (file name) is the public URL. */
export const policySchema = z.strictObject({
  /** 标题: the full official title. */
  title: limitedText(LIMITS.title),
  /** Short title put first in `<title>` (WeChat shows only title and URL), ≤ 20 characters. */
  shortTitle: text.max(20, { error: msg('太长。', '短标题不超过 20 个字，例如 实施方案全文。') }),
  /** 发文机关 */
  issuer: text,
  /** 发文字号, empty when the document has none or it is not known (then it is not shown). */
  docNumber: z.string().trim().default(''),
  /** 成文日期 YYYY-MM-DD */
  writtenOn: isoDate,
  /** 发布日期 YYYY-MM-DD, omitted when not known. */
  publishedOn: isoDate.optional(),
  /** 主题分类 */
  topic: text,
  /** 效力状态 */
  status: z.enum(POLICY_STATUSES, {
    error: msg('不是允许的效力状态。', `只能写 ${POLICY_STATUSES.join('、')} 之一。`),
  }),
  /** Slug of the policy that replaces this one (when 已修订 / 已废止). */
  supersededBy: asciiId.optional(),
  /** 摘要: one or two sentences for lists, search and meta description. */
  summary: limitedText(LIMITS.summary),
  /** 附件 */
  attachments: z.array(attachment).default([]),
  /** True when the document is sample content, not an official one. */
  sample: sampleFlag,
  /** What is sample and what is official in the record. */
  sampleNote,
});

/** Validated policy frontmatter. */
export type PolicyData = z.infer<typeof policySchema>;

/** Chinese labels of policy fields, used in error messages. */
export const policyLabels: Record<string, string> = {
  title: '标题',
  shortTitle: '短标题',
  issuer: '发文机关',
  docNumber: '发文字号',
  writtenOn: '成文日期',
  publishedOn: '发布日期',
  topic: '主题分类',
  status: '效力状态',
  supersededBy: '被替代文件',
  summary: '摘要',
  attachments: '附件',
  'attachments.title': '附件名称',
  'attachments.href': '附件链接',
  'attachments.note': '附件说明',
  sample: '示例数据标记',
  sampleNote: '示例数据说明',
};
