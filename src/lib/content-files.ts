/** Parsing of staff-edited files (JSON, MDX frontmatter) into data or friendly issues. Pure. */
import yaml from 'js-yaml';
import type { FriendlyIssue } from './content-errors.ts';

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

/** Parses a JSON file. */
export function parseJson(text: string): ParseResult {
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')), body: '' };
  } catch (e) {
    return { ok: false, issues: [explainJsonSyntax(text, e as Error)] };
  }
}

/** Parses the YAML frontmatter of an MDX file (between the first two `---` lines). */
export function parseFrontmatter(text: string): ParseResult {
  const src = text.replace(/^\uFEFF/, '');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(src);
  if (!m) {
    return {
      ok: false,
      issues: [{ field: '（文件开头）', label: '', problem: '文件开头没有 frontmatter（两行 --- 之间的元数据）。', fix: '文件第一行写 ---，接着写 title: 等字段，再写一行 --- 后开始正文。' }],
    };
  }
  try {
    const data = yaml.load(m[1] ?? '') ?? {};
    return { ok: true, data, body: src.slice(m[0].length) };
  } catch (e) {
    const err = e as { mark?: { line: number }; reason?: string };
    const line = err.mark ? err.mark.line + 2 : undefined; // +1 for 1-based, +1 for the opening ---
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
    return { field: '（文件名）', label: '', problem: `文件扩展名应为 ${ext}。`, fix: `把文件改名为 ${name.replace(/\.[^.]*$/, '')}${ext}。` };
  }
  const stem = name.slice(0, -ext.length);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(stem)) {
    return {
      field: '（文件名）',
      label: '',
      problem: `文件名“${stem}”会成为网址的一部分，只能用小写英文字母、数字和连字符。`,
      fix: '改用拼音或英文，例如 dongcheng-1.json；网址一经发布不要再改。',
    };
  }
  return undefined;
}
