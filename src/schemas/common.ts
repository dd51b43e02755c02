import { z } from 'astro/zod';
import { isAllowedLink } from '../lib/content/links.ts';
import { normalizePhones } from '../lib/core/phone.ts';

/** A message for staff: what is wrong, then 修改方法 (the fix). The friendly-error helper splits on it. */
export function msg(problem: string, fix: string): string {
  return `${problem}修改方法：${fix}`;
}

/**
 * Length limits of text fields, in characters. Stated here so the generated field reference can print them,
 * and so a 5 MB paste is refused at once instead of slowing the build to minutes.
 */
export const LIMITS = {
  /** Titles and names (policy title, kindergarten name, target title). */
  title: 200,
  /** Summaries and one-paragraph descriptions. */
  summary: 500,
  /** Any other text field (notes, quotes from the plan, addresses). */
  text: 2000,
  /** Web addresses. */
  url: 500,
  /** Phone numbers and e-mail addresses. */
  contact: 100,
  /** Any string anywhere in a file, whatever its schema says: the loader's safety net. */
  anyString: 10000,
} as const;

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
}).max(LIMITS.text, { error: msg(`太长，不能超过 ${LIMITS.text} 个字。`, `精简到 ${LIMITS.text} 个字以内；长篇内容请写在政策正文中。`) });

/** The ASCII-id rule: lower-case letters and digits in groups joined by single hyphens (dongcheng-1). */
export const ASCII_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest id: ids are URL segments and file names, printed on posters. */
export const MAX_ID_LENGTH = 100;

/**
 * The one rule every id passes before any path or URL is built from it: a content file name, a reference
 * to another file (policy, task), an id cell of an imported sheet. No `/`, `\`, `.`, `..`, spaces or
 * non-ASCII letters can pass, so an id never leaves its folder.
 */
export function isAsciiId(s: unknown): s is string {
  return typeof s === 'string' && s.length <= MAX_ID_LENGTH && ASCII_ID.test(s);
}

/** The rule in words, for messages outside zod (file names, sheet cells). */
export const ASCII_ID_RULE = { problem: '只能用小写英文字母、数字和连字符“-”。', fix: '例如 dongcheng-1，不要用中文、空格、点、斜杠或大写字母。' } as const;

/** ASCII id used in URLs: lower-case letters, digits and hyphens. URLs never break, so ids never change. */
export const asciiId = z.string().regex(ASCII_ID, {
  error: msg('只能用小写英文字母、数字和连字符“-”。', '例如 dongcheng-1，不要用中文、空格或大写字母。'),
}).max(MAX_ID_LENGTH, { error: msg(`太长，不能超过 ${MAX_ID_LENGTH} 个字符。`, '用简短的拼音或英文缩写。') });

/**
 * Bounds of numbers a person can mean, per kind of field: a fee of 1e308 元 or 380.123456 元 is a typing or
 * paste mistake, not a fee. Stated here so the field reference prints them (≤ …, 最多 … 位小数).
 */
export const NUMBER_BOUNDS = {
  /** 元 (保教费 per month, 伙食费, 收费上限) and ㎡ (建筑面积): to the 分, at most 100,000. */
  money: { max: 100_000, decimals: 2 },
  /** Children, seats, classes, kindergartens: whole numbers, at most 1,000,000. */
  count: { max: 1_000_000, decimals: 0 },
  /** Targets, reported values and indicators (counts, 元, percentages, ratios): at most 1,000,000,000, 4 decimals. */
  figure: { max: 1_000_000_000, decimals: 4 },
  /** Display order and item numbers. */
  order: { max: 1_000_000, decimals: 0 },
} as const;

/** Precision message: the field reference and the error say the same number of decimals. */
function decimalsRule(decimals: number) {
  return decimals === 2
    ? msg('最多两位小数（精确到分）。', '四舍五入到分，例如 380.5 或 380.25。')
    : msg(`最多 ${decimals} 位小数。`, `四舍五入到 ${decimals} 位小数，例如 92.4。`);
}

/**
 * A number within `NUMBER_BOUNDS[kind]`: at most its maximum (and at least its negative when `signed`), with
 * at most its decimals. `type` and `negative` are the field's own messages.
 */
export function boundedNumber(kind: keyof typeof NUMBER_BOUNDS, messages: { type?: string; negative?: string; max?: string } = {}, signed = false) {
  const { max, decimals } = NUMBER_BOUNDS[kind];
  // The precision is checked only within the range: 1e308 is “too big”, not also “too many decimals”. (No
  // `abort`: inside a union, an aborted option would hide its own message behind the union's.)
  const inRange = (p: { value: unknown }) => typeof p.value === 'number' && Math.abs(p.value) <= max;
  const base = z.number(messages.type ? { error: messages.type } : undefined)
    .max(max, { error: messages.max ?? msg(`超过 ${max}，不像真实的数字。`, '检查是否多写了 0、把年度数当成了月度数，或粘贴错了格子。') });
  const low = signed
    ? base.min(-max, { error: msg(`小于 -${max}，不像真实的数字。`, '检查是否多写了 0 或粘贴错了格子。') })
    : base.nonnegative({ error: messages.negative ?? msg('不能是负数。', '填写 0 或正数。') });
  // `when` is a check parameter zod honours at run time but leaves out of these methods' types.
  const only = <T>(params: T & { when: typeof inRange }) => params as T;
  return decimals === 0
    ? low.int(only({ error: msg('必须是整数。', '写整数，不写小数。'), when: inRange }))
    : low.multipleOf(10 ** -decimals, only({ error: decimalsRule(decimals), when: inRange }));
}

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

/** Refusal message for a text over its limit: the reference and the error say the same number. */
function tooLong(max: number) {
  return { error: msg(`太长，不能超过 ${max} 个字。`, `精简到 ${max} 个字以内；长篇内容请写在政策正文中。`) };
}

/** Non-empty text up to `max` characters. */
export const limitedText = (max: number = LIMITS.text) => text.max(max, tooLong(max));

/** Optional text (empty = not known) up to `max` characters. */
export const optionalText = (max: number = LIMITS.text) => z.string().trim().max(max, tooLong(max)).default('');

/**
 * The site's public address: http(s) with a host, e.g. https://jyj.example.gov.cn/xqjy/ . http is allowed
 * because some county portals have no certificate yet; javascript:, ftp: and http:/x are refused.
 */
export function isWebAddress(s: string): boolean {
  if (!/^https?:\/\/[^\s/?#]+/i.test(s)) return false;
  try {
    const u = new URL(s);
    const host = u.hostname;
    return (u.protocol === 'https:' || u.protocol === 'http:') && (host.includes('.') || host === 'localhost');
  } catch {
    return false;
  }
}

/** Optional site address (empty until known). */
export const webAddress = z
  .string()
  .trim()
  .max(LIMITS.url, tooLong(LIMITS.url))
  .refine((s) => s === '' || isWebAddress(s), { error: msg('不是完整的网址。', '写成 https:// 开头、带域名的完整网址，例如 https://jyj.example.gov.cn/xqjy/，或留空。') })
  .default('')
  .describe(`网址：https:// 或 http:// 开头、带域名，例如 https://jyj.example.gov.cn/xqjy/；不超过 ${LIMITS.url} 个字；可留空`);

/**
 * Why a web address cannot be the site's own public address, or undefined. Every page, QR code, the sitemap
 * and robots.txt are built from it, so: no user name or password (they would be printed on every poster), and
 * an ASCII path without %-escapes, ? or # (the site's own URLs are ASCII; a Chinese path breaks the build).
 */
export function siteAddressProblem(s: string): string | undefined {
  if (s === '' || !isWebAddress(s)) return undefined; // reported by webAddress
  const u = new URL(s);
  if (u.username || u.password || /^https?:\/\/[^/?#]*@/i.test(s)) {
    return msg('网址里不能有用户名或密码（“用户名:密码@”）：它会出现在每个页面的链接、二维码、sitemap 和 robots.txt 里，任何人都能看到。', '删除 // 和 @ 之间的部分（连同 @），例如 https://jyj.example.gov.cn/xqjy/。');
  }
  const rest = s.replace(/^https?:\/\/[^/?#]*/i, '');
  if (/[?#]/.test(rest)) return msg('网址不能带 ? 或 # 及其后面的部分。', '只写到网站所在的文件夹，例如 https://jyj.example.gov.cn/xqjy/。');
  if (!/^[A-Za-z0-9\-._~/]*$/.test(rest)) {
    return msg('网址的路径只能用英文字母、数字、连字符“-”、下划线和斜杠：本站每个网址都是英文的，中文、空格或 % 编码的路径会让构建失败。', '把路径改为拼音或英文，例如 https://jyj.example.gov.cn/xqjy/，并让服务器按同一路径发布网站。');
  }
  return undefined;
}

/** The site's own public address (site.json siteUrl): a web address that pages, QR codes and the sitemap can use. */
export const siteAddress = webAddress.superRefine((s, ctx) => {
  const problem = siteAddressProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: s });
});

/** A link to a file: https, or a path on this site (files under public/, e.g. /files/a.pdf). */
export function isFileLink(s: string): boolean {
  // Read as a browser reads it first: /\evil.example/ and java&#9;script: are not what they look like.
  if (!isAllowedLink(s)) return false;
  if (/^https:\/\/[^\s/?#]+\.[^\s/?#]+/i.test(s)) return isWebAddress(s);
  return /^\/(?!\/)[^\s:]*$/.test(s) || /^[a-z0-9][^\s:]*$/i.test(s);
}

/** Optional link to an attachment: https or site-relative; empty when the site does not hold the file. */
export const fileLink = z
  .string()
  .trim()
  .max(LIMITS.url, tooLong(LIMITS.url))
  .refine((s) => s === '' || isFileLink(s), { error: msg('链接不对。', '写 https:// 开头的网址，或本站文件的路径（文件放在 public/files/ 下，写 /files/文件名.pdf）；没有就留空。') })
  .default('')
  .describe(`链接：https:// 开头的网址，或本站路径如 /files/a.pdf；不超过 ${LIMITS.url} 个字；可留空`);

/**
 * A Chinese phone number as people write it: landline with area code (0472-1234567, (0472)1234567,
 * 0472 1234567, optional -分机), mobile (13800138000), 400/800 numbers (400-123-4567) and short service
 * hotlines (12345, 12315). Several numbers may be separated by 、 , ; or /. (src/lib/core/phone.ts)
 */
export function isChinesePhone(s: string): boolean {
  return s.trim() !== '' && normalizePhones(s).ok;
}

const PHONE_FIX = '座机写区号-号码，例如 0472-1234567；手机写 11 位，例如 13800138000；也可写 400-123-4567 或 12345。多个号码用“、”隔开。';

/**
 * Optional phone number(s); empty when not known. Spaces, full-width digits, brackets and dashes are
 * normalised to the documented form (0479 521 3366 → 0479-5213366), so no page or tel: link carries them.
 */
export const phone = z
  .string()
  .trim()
  .max(LIMITS.contact, tooLong(LIMITS.contact))
  .refine((s) => s === '' || normalizePhones(s).ok, { error: msg('不是常见的电话号码格式。', PHONE_FIX) })
  .transform((s) => {
    const r = normalizePhones(s);
    return r.ok ? r.value : s;
  })
  .default('')
  .describe(`电话：座机 0472-1234567（可加 -分机）、手机 13800138000、400-123-4567、12345 等；多个用“、”隔开；空格、全角数字和各种横线自动改成这种写法；不超过 ${LIMITS.contact} 个字；可留空`);

/** Optional e-mail address. */
export const email = z
  .string()
  .trim()
  .max(LIMITS.contact, tooLong(LIMITS.contact))
  .refine((s) => s === '' || /^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/.test(s), { error: msg('不是电子邮箱地址。', '写成 名称@域名，例如 xqjy@example.gov.cn，或留空。') })
  .default('')
  .describe(`电子邮箱：名称@域名，例如 xqjy@example.gov.cn；不超过 ${LIMITS.contact} 个字；可留空`);
