/**
 * MDX is content, not code. A policy body is parsed with the compiler Astro's MDX integration uses (satteri),
 * so syntax errors are found before the build, with their line; then only plain Markdown and a short list of
 * HTML elements and attributes is allowed: no import/export, no {…} expressions, no components (the site
 * passes none to policy bodies), no <script>/<iframe>/<style>, no on* handlers, no javascript: links.
 * Pure: text in, issues out. The build runs the same check (astro.config.mjs), so nothing slips past it.
 */
import { mdxToMdast } from 'satteri';
import type { FriendlyIssue } from './errors.ts';
import { LINK_PROBLEM_TEXT, linkProblem } from './links.ts';

/** HTML elements a policy body may use (the official layout of a government document: notices, tables). */
export const MDX_ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'col', 'colgroup', 'dd', 'del', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'li', 'ol', 'p', 'section', 'small',
  'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'u', 'ul',
]);

/** Attributes allowed on those elements. `style` is not: the CSP forbids inline styles; use a class. */
export const MDX_ALLOWED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'class', 'id', 'title', 'lang', 'scope', 'colspan', 'rowspan', 'headers', 'span', 'start', 'href', 'src', 'alt', 'width', 'height',
]);

/** Components the site provides to policy bodies. None today: policy pages render `<Content />` without any. */
export const MDX_COMPONENTS: ReadonlySet<string> = new Set<string>();

/** Elements that would run code or pull in other pages: named in the message so staff see why. */
const DANGEROUS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form', 'input', 'button', 'link', 'meta', 'base', 'frame', 'frameset', 'svg', 'math', 'template']);

/**
 * The issue for an href/src that, read as a browser reads it (src/lib/content/links.ts), is not https, mailto:,
 * tel:, an in-page #anchor or a path on this site; undefined when it is fine. Control characters are shown,
 * so staff see what is hidden.
 */
function linkIssue(line: number, url: string): FriendlyIssue | undefined {
  const p = linkProblem(url);
  if (!p) return undefined;
  const shown = url.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffd]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return issue(line, `链接“${clip(shown)}”不安全或不完整（${LINK_PROBLEM_TEXT[p]}）。`, '写 https:// 开头的网址，或以 / 开头的本站路径（如 /files/a.pdf）；要链接到本页的某一节，写 #节名。');
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

const issue = (line: number, problem: string, fix: string): FriendlyIssue => ({ field: `（正文第 ${line} 行）`, label: '', problem: `正文第 ${line} 行：${problem}`, fix });

/** The start of an expression, for the message. */
function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 30 ? `${one.slice(0, 30)}…` : one;
}

/** `{/* … *\/}` is an MDX comment: harmless, and staff use it to leave notes. */
function isComment(expr: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(expr);
}

/**
 * Checks an MDX body. `firstLine` is the file line the body starts on (after the frontmatter), so every
 * message names the line as the editor shows it.
 */
export function checkMdxBody(body: string, firstLine = 1): FriendlyIssue[] {
  const at = (n: Node) => (n.position?.start.line ?? 1) + firstLine - 1;
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (e) {
    const [, lineText, column, reason] = /^(\d+):(\d+):\s*([\s\S]*)$/.exec((e as Error).message) ?? [];
    const line = lineText ? Number(lineText) + firstLine - 1 : undefined;
    const why = reason ?? (e as Error).message;
    // <script>/<style> with code inside fail to parse on the code's braces: name the element, not the brace.
    const tag = /<(script|style)\b/i.exec(body);
    if (tag) {
      const tagLine = body.slice(0, tag.index).split('\n').length + firstLine - 1;
      const name = tag[1]!.toLowerCase();
      return [issue(tagLine, `不能使用 <${name}> 标签：它会在读者的浏览器里运行代码或改变整个网页的样子。`, `删除 <${name}>……</${name}> 整段；排版请用 Markdown 或已有的 class。`)];
    }
    if (/^Unexpected character `!`/.test(why)) {
      return [{
        field: line ? `（正文第 ${line} 行）` : '（正文）',
        label: '',
        problem: `正文${line ? `第 ${line} 行` : ''}有 HTML 注释“<!-- -->”，MDX 正文里不能这样写。`,
        fix: '给同事看的备注写成 {/* 备注 */}（不会发布），或删除 <!-- 和 --> 之间的内容。',
      }];
    }
    return [{
      field: line ? `（正文第 ${line} 行）` : '（正文）',
      label: '',
      problem: `正文${line ? `第 ${line} 行第 ${column} 列` : ''}有 MDX 语法错误：${mdxHint(why)}`,
      fix: 'HTML 标签要成对（<p>……</p>）或自闭合（<br />）；正文里的 <、{、} 前加反斜杠写成 \\<、\\{、\\}；不要写 import。',
    }];
  }
  const out: FriendlyIssue[] = [];
  const walk = (n: Node) => {
    switch (n.type) {
      case 'mdxjsEsm':
        out.push(issue(at(n), '不能写 import 或 export：政策正文是内容，不是程序。', '删除这一行；本站没有可在正文中引用的组件。'));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(n.value ?? '')) out.push(issue(at(n), `不能写 {…} 表达式“{${clip(n.value ?? '')}}”。`, '要显示花括号本身，写成 \\{ 和 \\}；数字和文字直接写在正文里。'));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = n.name ?? '';
        if (!name) out.push(issue(at(n), '不能用空标签 <>……</>。', '删除 <> 和 </>，或改用 <div>。'));
        else if (/^[A-Z]/.test(name) || name.includes('.')) {
          if (!MDX_COMPONENTS.has(name)) {
            out.push(issue(at(n), `本站没有提供组件 <${name}>。`, `删除 <${name}>；政策正文只能用 Markdown 和常用 HTML 标签（p、div、table 等）。`));
            break; // its attributes and children would only repeat the point
          }
        } else if (DANGEROUS.has(name.toLowerCase())) {
          out.push(issue(at(n), `不能使用 <${name}> 标签：它会在读者的浏览器里运行代码或嵌入其他网页。`, `删除 <${name}>……</${name}>；视频、外部网页请用普通链接 [说明文字](https://……)。`));
        } else if (!MDX_ALLOWED_ELEMENTS.has(name)) {
          out.push(issue(at(n), `不能使用 <${name}> 标签。`, `可用的标签：${[...MDX_ALLOWED_ELEMENTS].join('、')}。标题请用 Markdown 的 ## 写法。`));
        }
        for (const a of n.attributes ?? []) {
          if (a.type !== 'mdxJsxAttribute') {
            out.push(issue(at(n), `<${name}> 里不能写 {…} 属性。`, '删除花括号部分，属性写成 名称="值"。'));
            continue;
          }
          const attr = a.name ?? '';
          if (/^on/i.test(attr)) out.push(issue(at(n), `<${name}> 不能有事件属性 ${attr}：它会运行代码。`, `删除 ${attr}="……"。`));
          else if (attr === 'style') out.push(issue(at(n), `<${name}> 不能有 style 属性（网站的安全策略禁止内联样式）。`, '删除 style="……"，需要样式时用已有的 class。'));
          else if (typeof a.value === 'object' && a.value !== null) out.push(issue(at(n), `<${name}> 的属性 ${attr} 不能用 {…} 表达式。`, `写成 ${attr}="值"。`));
          else if (!MDX_ALLOWED_ATTRIBUTES.has(attr) && !/^(aria|data)-/.test(attr)) out.push(issue(at(n), `<${name}> 不能有属性 ${attr}。`, `删除 ${attr}；可用的属性：${[...MDX_ALLOWED_ATTRIBUTES].join('、')}。`));
          else if (attr === 'href' || attr === 'src') {
            const bad = linkIssue(at(n), typeof a.value === 'string' ? a.value : '');
            if (bad) out.push(bad);
          }
        }
        break;
      }
      case 'html':
        // Markdown HTML nodes do not occur in MDX, but a future parser option must not open a hole.
        out.push(issue(at(n), '正文中有无法识别的 HTML。', '改用 Markdown 写法或常用标签。'));
        break;
      // Inline links and images, GFM autolinks and reference definitions ([r]: url): every way to write a URL.
      case 'link':
      case 'image':
      case 'definition': {
        const bad = linkIssue(at(n), typeof n.url === 'string' ? n.url : '');
        if (bad) out.push(bad);
        break;
      }
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  return out;
}

// The compiler's English reasons most staff mistakes produce, in Chinese.
const MDX_HINTS: [RegExp, string][] = [
  [/Expected a closing tag for `<([^>]+)>`/, '标签 <$1> 没有闭合。'],
  [/Unexpected character after `<`/, '“<” 后面不是标签名（正文里的小于号要写成 \\<）。'],
  [/closing brace for `\{`/, '“{” 没有配对的“}”（正文里的花括号要写成 \\{）。'],
  [/Unexpected closing tag `<\/([^>]+)>`/, '多了一个结束标签 </$1>，或开始标签写错了。'],
  [/Could not parse import\/exports/, 'import/export 语句写错了（政策正文里不能写 import）。'],
  [/Unexpected lazy line/, '标签或引用块里的换行不对。'],
];

/** The compiler's reason in Chinese, keeping the original for anything not recognised. */
export function mdxHint(reason: string): string {
  for (const [re, zh] of MDX_HINTS) {
    const m = re.exec(reason);
    if (m) return zh.replace('$1', m[1] ?? '');
  }
  return `无法解析（${reason.replace(/\s*\([^)]*\)\s*$/, '')}）。`;
}
