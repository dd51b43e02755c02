/**
 * Links as a browser reads them, then allow-listed. A browser removes tabs and newlines anywhere in a URL,
 * trims leading control characters and spaces, decodes character references in HTML attributes and reads `\`
 * as `/` in web addresses: `java&#9;script:`, `\u0001javascript:` and `/\evil.example/` all become something
 * else than they look. The one normaliser here does the same, and the allow-list is applied to its result.
 * Pure: used by the MDX body rules (links, reference definitions, autolinks, HTML attributes) and by the
 * schemas' link fields (attachments).
 */

/** Named character references a browser decodes that matter for links (the rest stay as written). */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', sol: '/', bsol: '\\', tab: '\t', newline: '\n',
  num: '#', quest: '?', period: '.', comma: ',', lpar: '(', rpar: ')', nbsp: '\u00a0', equals: '=', percnt: '%',
};

/** Decodes numeric (`&#9;`, `&#x3A;`) and the named character references above; unknown names stay. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z]+);?/g, (all, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Out of range or a surrogate: browsers give U+FFFD, which makes no scheme either.
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    const named = NAMED[ref.toLowerCase()];
    return named !== undefined && all.endsWith(';') ? named : all;
  });
}

/**
 * A link as the browser will follow it: character references decoded, leading and trailing C0 controls and
 * spaces trimmed, tabs and newlines removed anywhere, `\` read as `/`.
 */
export function normaliseLink(raw: string): string {
  return decodeEntities(raw)
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/[\t\n\r]/g, '')
    .replace(/\\/g, '/');
}

/** What a link may be. `http` only where the rules allow it (the site's own address); body links are https. */
export interface LinkRules {
  http?: boolean;
}

/** Why a link is refused, for the message; undefined when it is allowed. */
export type LinkProblem = 'empty' | 'control' | 'scheme' | 'http' | 'protocol-relative' | 'no-host';

/**
 * Checks a link against the allow-list after normalising it: `https://host…`, `http://host…` (with
 * `rules.http`), `mailto:`, `tel:`, `#anchor`, a site path `/…` (not `//` or `/\`), or a relative path on this
 * site (`files/a.pdf`, `./a`, `?q=1`) that names no scheme. Returns the problem, or undefined when allowed.
 */
export function linkProblem(raw: string, rules: LinkRules = {}): LinkProblem | undefined {
  const u = normaliseLink(raw);
  if (u === '') return 'empty';
  // Left after trimming: a control character inside the address, which nobody types on purpose.
  // A browser may drop or keep these: either way the address is not what it looks like.
  if (/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffd]/.test(u)) return 'control';
  if (u.startsWith('#')) return undefined;
  if (u.startsWith('//')) return 'protocol-relative';
  if (u.startsWith('/')) return undefined;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(u)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
  if (scheme === 'mailto' || scheme === 'tel') return undefined;
  if (scheme === 'https' || scheme === 'http') {
    if (scheme === 'http' && !rules.http) return 'http';
    return /^https?:\/\/[^/?#\s]+/i.test(u) ? undefined : 'no-host';
  }
  return 'scheme';
}

/** True when the link is allowed (see linkProblem). */
export function isAllowedLink(raw: string, rules: LinkRules = {}): boolean {
  return linkProblem(raw, rules) === undefined;
}

/** The problem in Chinese, for the MDX messages. */
export const LINK_PROBLEM_TEXT: Record<LinkProblem, string> = {
  empty: '是空的',
  control: '里有看不见的控制字符或无法识别的字符',
  scheme: '不是网页、邮箱或电话链接，浏览器可能把它当作程序运行',
  http: '是 http:// 开头的不加密网址',
  'protocol-relative': '以 // 或 /\\ 开头，会打开其他网站',
  'no-host': '缺少网站域名',
};
