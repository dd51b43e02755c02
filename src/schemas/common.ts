import { z } from 'astro/zod';

/** A message for staff: what is wrong, then 修改方法 (the fix). The friendly-error helper splits on it. */
export function msg(problem: string, fix: string): string {
  return `${problem}修改方法：${fix}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `s` is YYYY-MM-DD and names a real calendar day (no 2024-02-30). */
export function isRealIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * A calendar date written YYYY-MM-DD. YAML turns an unquoted 2023-12-18 into a Date object,
 * so Dates are folded back to the same string: pages and data always see `"2023-12-18"`.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().refine(isRealIsoDate, {
    error: msg('日期格式不对或不是真实存在的日期。', '写成“年-月-日”，四位年份、两位月份、两位日期，例如 2023-12-18。'),
  }),
);

/** A month written YYYY-MM. */
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
  error: msg('月份格式不对。', '写成“年-月”，例如 2024-06。'),
});

/** Non-empty text (whitespace alone does not count). */
export const text = z.string().trim().min(1, {
  error: msg('不能为空。', '填写内容，或在允许省略时删除整行。'),
});

/** ASCII id used in URLs: lower-case letters, digits and hyphens. URLs never break, so ids never change. */
export const asciiId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: msg('只能用小写英文字母、数字和连字符“-”。', '例如 dongcheng-1，不要用中文、空格或大写字母。'),
});

/** Marks a record as not coming from an official source: pages showing it carry a 示例数据 banner. */
export const sampleFlag = z.boolean().default(false);

/** Which facts of a sample record are nevertheless official, or what the sample stands for (shown with the banner). */
export const sampleNote = z.string().trim().default('');

/** Where a policy page of this site states something: its slug and the section. */
export const policyRef = z.strictObject({
  /** Slug of the policy page (file name in content/policies/, without .mdx). */
  policy: asciiId,
  /** Section, e.g. 三、（三）1. */
  section: text,
});
