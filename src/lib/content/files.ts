/**
 * Decoding and parsing of staff-edited files (bytes → text → JSON / MDX frontmatter) into data or friendly
 * issues. Pure: the one place every reader of content/ (validate, build, Astro's loaders, scripts, e2e) uses.
 * Over 300 lines on purpose: decoding, the JSON key scan and the two parsers share their friendly issues and
 * are read together when a content file is refused.
 */
import yaml from 'js-yaml';
import type { FriendlyIssue } from './errors.ts';
import { isAsciiId, MAX_ID_LENGTH } from '../../schemas/common.ts';

/** Largest file accepted, in bytes: a policy's full text is well under 1 MB; anything bigger is a mistake. */
export const MAX_FILE_BYTES = { '.json': 1_000_000, '.mdx': 2_000_000 } as const;

/** How to save a file as UTF-8 in the editors staff use (notepad, WPS, Excel, VS Code). */
export const SAVE_AS_UTF8 =
  '请用 UTF-8 保存：记事本「文件 → 另存为」，下方“编码”选 UTF-8 后保存；WPS/Excel 导出 CSV 时选「CSV UTF-8（逗号分隔）」；VS Code 点右下角的编码 →「通过编码保存」→ UTF-8。';

/** The issue for a file over its size limit (checked from the file's size before reading, and after). */
export function tooBigIssue(size: number, limit: number): FriendlyIssue {
  return whole(`文件太大（${(size / 1e6).toFixed(1)} MB），超过上限 ${limit / 1e6} MB。`, '检查是否误粘贴了大段内容或图片；图片和附件放在 public/ 下，用链接引用。');
}

/** Deepest nesting of lists and objects a content file may have: real files use 5 levels at most. */
export const MAX_NESTING = 20;

const tooDeep = (field: string): FriendlyIssue => ({
  field, label: '', problem: `括号嵌套太深（超过 ${MAX_NESTING} 层），这不是正常的内容文件。`, fix: '检查是否误粘贴或重复粘贴了大段内容；按同一文件夹其他文件的格式重写。',
});

/** Deepest [ / { nesting of a JSON text (strings skipped), stopping once past `max`. */
export function jsonNesting(text: string, max = MAX_NESTING): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    } else if (c === '[' || c === '{') {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > max) return deepest;
    } else if (c === ']' || c === '}') depth--;
  }
  return deepest;
}

/** Deepest nesting of parsed data (iterative: a hostile file cannot overflow the stack), stopping past `max`. */
export function dataNesting(data: unknown, max = MAX_NESTING): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[data, 0]];
  // YAML aliases share objects: each is walked once, so an alias bomb costs no more than its text.
  const seen = new Set<object>();
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (!v || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (d + 1 > deepest) deepest = d + 1;
    if (deepest > max) return deepest;
    for (const c of Object.values(v)) stack.push([c, d + 1]);
  }
  return deepest;
}

/** Result of decoding a file's bytes: its text (BOM removed) and warnings, or why it cannot be read. */
export type DecodeResult = { ok: true; text: string; warnings: string[] } | { ok: false; issues: FriendlyIssue[] };

const whole = (problem: string, fix: string): FriendlyIssue => ({ field: '（整个文件）', label: '', problem, fix });

/** True when many bytes are NUL: UTF-16 text without a byte-order mark (ASCII letters get a 0 byte each). */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return n >= 2 && zeros / n > 0.2;
}

/**
 * The bytes without a leading UTF-8 byte-order mark (Notepad and Excel write one), and whether there was one:
 * the one place a BOM is removed. Used by `decodeContent` and by the spreadsheet import's CSV decoder.
 */
export function withoutBom(bytes: Uint8Array): { body: Uint8Array; bom: boolean } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { body: bom ? bytes.subarray(3) : bytes, bom };
}

/** A text without its leading BOM, for text that did not come through `decodeContent` (Vite hands astro.config.mjs a string). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Decodes a content file. UTF-8 only: a BOM (Notepad, Excel) is stripped with a warning; UTF-16 and GBK
 * (Chinese Windows' default) are refused with the editor step that fixes them, as is an empty file.
 */
export function decodeContent(bytes: Uint8Array, ext: string = '.json'): DecodeResult {
  const limit = MAX_FILE_BYTES[ext as keyof typeof MAX_FILE_BYTES];
  if (limit && bytes.length > limit) return { ok: false, issues: [tooBigIssue(bytes.length, limit)] };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksUtf16(bytes)) {
    return { ok: false, issues: [whole('文件是 UTF-16（“Unicode”）编码，网站只读 UTF-8。', SAVE_AS_UTF8)] };
  }
  const warnings: string[] = [];
  const { body, bom } = withoutBom(bytes);
  if (bom) warnings.push('文件开头有 BOM（“带签名的 UTF-8”），已忽略。以后保存时选“UTF-8”（不带 BOM）即可。');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    let sample = '';
    try {
      sample = new TextDecoder('gbk', { fatal: true }).decode(body).replace(/\s+/g, ' ').match(/[\u4e00-\u9fff][^"{}\[\]]{0,11}/)?.[0] ?? '';
    } catch {
      // Neither UTF-8 nor GBK: the generic advice below still applies.
    }
    const what = sample ? `文件像是 GBK 编码（中文 Windows 的默认编码，按 GBK 读出“${sample}”），` : '文件不是 UTF-8 编码，';
    return { ok: false, issues: [whole(`${what}网站只读 UTF-8，直接发布会变成乱码。`, SAVE_AS_UTF8)] };
  }
  if (text.trim() === '') {
    return { ok: false, issues: [whole('文件是空的。', ext === '.mdx' ? '从其他政策文件复制一份改写，或删除这个文件（草稿可改名为以 _ 开头）。' : '从同一文件夹的其他文件复制一份改写，或删除这个文件（草稿可改名为以 _ 开头）。')] };
  }
  return { ok: true, text, warnings };
}

/** Result of reading one file: its data, or what is wrong with its syntax. */
export type ParseResult = { ok: true; data: unknown; body: string } | { ok: false; issues: FriendlyIssue[] };

/** 1-based line and column of a character offset. */
export function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

// Mistakes Excel-and-Word editors make most, each with its fix.
const JSON_HINTS: [RegExp, string][] = [
  [/[“”]/, '文件里有中文引号“ ”，JSON 只认英文双引号 "。'],
  [/"\s*[：，]|[，：]\s*"/, '字段之间用了中文逗号或冒号，JSON 只认英文的 , 和 :。'],
  [/,\s*[}\]]/, '最后一项后面多了逗号，删掉它。'],
];

/** Explains a JSON.parse failure with line, column and the likely cause. */
export function explainJsonSyntax(text: string, error: Error): FriendlyIssue {
  const pos = /position (\d+)/.exec(error.message);
  const where = pos ? lineCol(text, Number(pos[1])) : undefined;
  const hint = JSON_HINTS.find(([re]) => re.test(text))?.[1] ?? '检查括号是否成对、每项之间是否有英文逗号。';
  return {
    field: '（整个文件）',
    label: '',
    problem: `JSON 格式错误${where ? `，在第 ${where.line} 行第 ${where.column} 列附近` : ''}。`,
    fix: hint,
  };
}

/** A key written twice in the same object: JSON.parse keeps the last silently, so staff lose an edit. */
export interface DuplicateKey {
  /** Dotted path of the repeated key, e.g. fees.meals.amount */
  path: string;
  line: number;
}

/**
 * One pass over a syntactically valid JSON text: the line of every key (by path as staff read it,
 * `fees.tuition[0].amount`, first occurrence) and every key written twice in the same object.
 */
export function scanJsonKeys(text: string): { lines: Map<string, number>; duplicates: DuplicateKey[] } {
  type Frame = { keys: Set<string> | null; key: string | number; expectKey: boolean };
  const stack: Frame[] = [];
  const lines = new Map<string, number>();
  const duplicates: DuplicateKey[] = [];
  const pathOf = () => stack.map((f) => f.key).reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '');
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack.at(-1);
    if (c === '\n') line++;
    else if (c === '{') stack.push({ keys: new Set(), key: '', expectKey: true });
    else if (c === '[') stack.push({ keys: null, key: 0, expectKey: false });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top) {
      if (top.keys) top.expectKey = true;
      else top.key = (top.key as number) + 1;
    } else if (c === '"') {
      // Valid JSON strings hold no raw newline, so the line count stays right.
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        top.key = key;
        const path = pathOf();
        if (top.keys.has(key)) duplicates.push({ path, line });
        else if (!lines.has(path)) lines.set(path, line);
        top.keys.add(key);
        top.expectKey = false;
      }
      i = j;
    }
  }
  return { lines, duplicates };
}

/** Every duplicate key of a syntactically valid JSON text, in order. */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  return scanJsonKeys(text).duplicates;
}

/** The line of `path` (or of its nearest written parent, for a missing field) in a JSON text; undefined for the whole file. */
export function jsonLineOf(lines: ReadonlyMap<string, number>, path: string): number | undefined {
  let p = path;
  while (p) {
    const l = lines.get(p);
    if (l !== undefined) return l;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
  return undefined;
}

/**
 * The line of a top-level frontmatter field in an MDX file (1-based, counting the opening ---); nested paths
 * use their first key. Undefined when the field is not written.
 */
export function frontmatterLineOf(text: string, path: string): number | undefined {
  const key = path.split(/[.[]/)[0];
  if (!key) return undefined;
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return undefined;
  for (const [i, line] of lines.entries()) {
    if (i === 0) continue;
    if (line.trim() === '---') break;
    if (line.startsWith(`${key}:`)) return i + 1;
  }
  return undefined;
}

/** Parses a JSON file's text (as `decodeContent` returns it: no BOM); a key written twice is an error. */
export function parseJson(src: string): ParseResult {
  // Checked before parsing: every reader after JSON.parse walks the data recursively.
  if (jsonNesting(src) > MAX_NESTING) return { ok: false, issues: [tooDeep('（整个文件）')] };
  let data: unknown;
  try {
    data = JSON.parse(src);
  } catch (e) {
    return { ok: false, issues: [explainJsonSyntax(src, e as Error)] };
  }
  const dups = findDuplicateKeys(src);
  if (dups.length) {
    return {
      ok: false,
      issues: dups.map((d) => ({ field: d.path, label: '', problem: `第 ${d.line} 行：字段 ${d.path} 写了两次，只有后一个会生效。`, fix: '保留正确的一个，删除另一个。' })),
    };
  }
  return { ok: true, data, body: '' };
}

/**
 * Parses the YAML frontmatter of an MDX file's text (as `decodeContent` returns it: no BOM), between the first two `---` lines. The core schema has no
 * timestamps, so dates stay the strings staff wrote: an unquoted 2023-02-30 is checked, not rolled over to
 * 2023-03-02 as js-yaml's default schema would.
 */
export function parseFrontmatter(src: string): ParseResult {
  // Old Mac line ends (CR alone): the frontmatter and paragraphs would not be found, and the build reads it so too.
  if (/\r(?!\n)/.test(src)) {
    return {
      ok: false,
      issues: [{ field: '（整个文件）', label: '', problem: '文件的换行符是旧式的 CR（只有回车，老版 Mac 的格式），网站读不出 frontmatter 和段落。', fix: '用 VS Code 打开，点右下角的“CR”改为“LF”后保存；或用记事本打开后“另存为”UTF-8。' }],
    };
  }
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(src);
  if (!m) {
    return {
      ok: false,
      issues: [{ field: '（文件开头）', label: '', problem: '文件开头没有 frontmatter（两行 --- 之间的元数据）。', fix: '文件第一行写 ---，接着写 title: 等字段，再写一行 --- 后开始正文。' }],
    };
  }
  try {
    const data = yaml.load(m[1] ?? '', { schema: yaml.CORE_SCHEMA }) ?? {};
    if (dataNesting(data) > MAX_NESTING) return { ok: false, issues: [tooDeep('（frontmatter）')] };
    return { ok: true, data, body: src.slice(m[0].length) };
  } catch (e) {
    if (e instanceof RangeError || /maxDepth/.test((e as { reason?: string }).reason ?? '')) return { ok: false, issues: [tooDeep('（frontmatter）')] };
    const err = e as { mark?: { line: number }; reason?: string };
    const line = err.mark ? err.mark.line + 2 : undefined; // +1 for 1-based, +1 for the opening ---
    if (err.reason?.startsWith('duplicated mapping key')) {
      return { ok: false, issues: [{ field: '（frontmatter）', label: '', problem: `frontmatter 中有字段写了两次${line ? `（第 ${line} 行）` : ''}，只能保留一个。`, fix: '保留正确的一行，删除另一行。' }] };
    }
    return {
      ok: false,
      issues: [{
        field: '（frontmatter）',
        label: '',
        problem: `frontmatter 的 YAML 格式错误${line ? `，在第 ${line} 行附近（也检查它的上一行）` : ''}。`,
        fix: '每行写成“字段: 值”，冒号用英文“:”且后面要有空格；值里有冒号或 # 时用英文引号括起来。',
      }],
    };
  }
}

/** File names are public URL segments: ASCII, lower-case, hyphens. Returns an issue when not. */
export function checkFileName(name: string, ext: string): FriendlyIssue | undefined {
  if (!name.endsWith(ext)) {
    const draft = `草稿或备份请改名为以 _ 开头（例如 _${name}），网站不读这样的文件；不需要就删除。`;
    // x.json.bak, x.json~, x.json.orig: a copy of an entry; x.JSON, x.txt: the entry itself, misnamed.
    if (name.toLowerCase().includes(`${ext}.`) || name.endsWith('~')) {
      return { field: '（文件名）', label: '', problem: `“${name}”像是备份或草稿文件，扩展名不是 ${ext}。`, fix: `${draft}要发布它就改名为 ${name.slice(0, name.toLowerCase().indexOf(ext))}${ext}。` };
    }
    const stem = name.includes('.') ? name.slice(0, name.indexOf('.')) : name;
    return { field: '（文件名）', label: '', problem: `文件扩展名应为 ${ext}。`, fix: `把文件改名为 ${stem}${ext}；${draft}` };
  }
  // Typed as a plain string: isAsciiId is a type guard, and the message below reads the refused name.
  const stem: string = name.slice(0, -ext.length);
  if (!isAsciiId(stem as unknown)) {
    return {
      field: '（文件名）',
      label: '',
      problem: `文件名“${stem.length > 60 ? `${stem.slice(0, 30)}…` : stem}”会成为网址的一部分，只能用小写英文字母、数字和连字符${stem.length > MAX_ID_LENGTH ? `，且不超过 ${MAX_ID_LENGTH} 个字符` : ''}。`,
      fix: '改用拼音或英文，例如 dongcheng-1.json；网址一经发布不要再改。',
    };
  }
  return undefined;
}
