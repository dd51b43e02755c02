/**
 * Turns schema failures into messages staff can act on: the file, the field (with its Chinese label),
 * what was wrong, and how to fix it. Pure: takes zod-like issues, returns text.
 */

/** The parts of a zod issue this helper reads (structural, so tests need no zod). */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  inclusive?: boolean;
}

/** One problem explained. */
export interface FriendlyIssue {
  /** Dotted path as written in the file, e.g. fees.tuition[0].amount */
  field: string;
  /** Chinese label of the field, when known. */
  label: string;
  /** What is wrong. */
  problem: string;
  /** How to fix it. */
  fix: string;
  /** Line in the file, when known (shown before the problem). */
  line?: number;
}

/** File syntax the staff member edits: the fix text shows the right syntax. */
export type FileFormat = 'yaml' | 'json';

const FIX_MARK = '修改方法：';

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表 [ ]',
  object: '对象 { }',
  date: '日期',
  null: '空值 null',
  undefined: '空',
};

/** Chinese name of the type of a JSON/YAML value. */
export function describeValue(v: unknown): string {
  if (v === null) return '空值 null';
  if (Array.isArray(v)) return '列表';
  if (v instanceof Date) return '日期';
  const t = typeof v;
  if (t === 'string') {
    // A pasted page must not flood the terminal: long values are cut, with their length.
    const str = v as string;
    return str.length > 60 ? `文字“${str.slice(0, 30)}……”（共 ${str.length} 个字）` : `文字“${str}”`;
  }
  if (t === 'number' || t === 'boolean') return `${TYPE_NAMES[t]} ${String(v)}`;
  if (t === 'object') return '对象';
  return TYPE_NAMES[t] ?? t;
}

/** Path as staff read it: `fees.tuition[0].amount`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '（整个文件）';
}

/** Label lookup key: the path without list indices (`fees.tuition.amount`). */
export function labelKey(path: readonly PropertyKey[]): string {
  return path.filter((p) => typeof p !== 'number').map(String).join('.');
}

/** Value at `path` inside `data`, or undefined when any step is missing. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

/** Levenshtein distance, for “did you mean” hints on enum values and field names. */
export function editDistance(a: string, b: string): number {
  // One row of the table at a time: row[j] is the distance between the first i characters of a and the
  // first j of b.
  const bs = [...b];
  let row = Array.from({ length: bs.length + 1 }, (_, j) => j);
  for (const [i, ca] of [...a].entries()) {
    const next = [i + 1];
    for (const [j, cb] of bs.entries()) {
      next.push(Math.min((row[j + 1] ?? Infinity) + 1, (next[j] ?? Infinity) + 1, (row[j] ?? Infinity) + (ca === cb ? 0 : 1)));
    }
    row = next;
  }
  return row.at(-1) ?? 0;
}

/** The allowed value closest to `given`, when it is close enough to be a typo. */
export function closest(given: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const a of allowed) {
    const d = a.includes(given) || given.includes(a) ? 1 : editDistance(given, a);
    if (d < bestD) [best, bestD] = [a, d];
  }
  return bestD <= Math.max(1, Math.floor(Math.max(given.length, 2) / 2)) ? best : undefined;
}

/**
 * The one “did you mean” hint of every message: “是不是要写“…”？” naming the allowed value closest to `given`,
 * or '' when none is close enough. It opens a fix text, so it is written to be prefixed.
 */
export function didYouMean(given: string, allowed: readonly string[]): string {
  const near = closest(given, allowed);
  return near ? `是不是要写“${near}”？` : '';
}

function exampleLine(format: FileFormat, field: string): string {
  return format === 'yaml' ? `${field}: ……` : `"${field}": ……`;
}

function splitOwn(message: string): { problem: string; fix: string } | undefined {
  const at = message.indexOf(FIX_MARK);
  if (at < 0) return undefined;
  return { problem: message.slice(0, at), fix: message.slice(at + FIX_MARK.length) };
}

/** Explains one issue. `data` is the parsed file content, used to tell “missing” from “wrong”. */
export function explainIssue(
  issue: IssueLike,
  data: unknown,
  labels: Record<string, string>,
  format: FileFormat,
): FriendlyIssue {
  const field = formatPath(issue.path);
  const label = labels[labelKey(issue.path)] ?? '';
  const name = label ? `${label}（${field}）` : field;
  const got = valueAt(data, issue.path);
  const lastKey = issue.path.length ? String(issue.path[issue.path.length - 1]) : field;

  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys ?? [];
    const known = Object.keys(labels).filter((k) => !k.includes('.'));
    const hints = keys.map((k) => `“${k}”${didYouMean(k, known) || '不是本类内容的字段。'}`);
    return {
      field,
      label,
      problem: `有不认识的字段：${keys.map((k) => `“${k}”`).join('、')}。`,
      fix: `${hints.join('')}字段名区分大小写；拼错的请改正，多余的请删除。`,
    };
  }

  // Missing is checked before the schema's own message: “缺少” tells staff more than “格式不对”.
  if (got === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union' || issue.code === 'custom')) {
    return {
      field,
      label,
      problem: `缺少必填字段 ${name}。`,
      fix: `在文件中加上 ${exampleLine(format, lastKey)}${label ? `，填写${label}` : ''}。`,
    };
  }

  const own = splitOwn(issue.message);
  if (own) {
    let fix = own.fix;
    if (issue.code === 'invalid_value' && typeof got === 'string' && issue.values) fix = `${didYouMean(got, issue.values.map(String))}${fix}`;
    return { field, label, problem: `${name} ${own.problem.replace(/。$/, '')}：收到 ${describeValue(got)}。`, fix };
  }

  switch (issue.code) {
    case 'invalid_type': {
      const want = TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? '';
      const quoted = issue.expected === 'number' && typeof got === 'string' ? '数字不要加引号，也不要写单位。' : '';
      return {
        field,
        label,
        problem: `${name} 应为${want}，收到 ${describeValue(got)}。`,
        fix: `${quoted}把 ${field} 改成${want}。`,
      };
    }
    case 'invalid_value': {
      const allowed = (issue.values ?? []).map(String);
      return {
        field,
        label,
        problem: `${name} 的值 ${describeValue(got)} 不在允许范围内。`,
        fix: `${typeof got === 'string' ? didYouMean(got, allowed) : ''}只能写：${allowed.join('、')}。`,
      };
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = String(small ? issue.minimum : issue.maximum);
      const what =
        issue.origin === 'string' ? `长度${small ? '至少' : '至多'} ${bound} 个字` :
        issue.origin === 'array' ? `${small ? '至少' : '至多'} ${bound} 项` :
        `${small ? '不能小于' : '不能大于'} ${bound}`;
      return { field, label, problem: `${name} ${what}，收到 ${describeValue(got)}。`, fix: `改成符合要求的值（${what}）。` };
    }
    default:
      return { field, label, problem: `${name} 不符合要求：${issue.message}`, fix: `对照 README 中“${label || field}”的说明修改。` };
  }
}

/** Multi-line Chinese error text for one file. */
export function formatFileErrors(file: string, issues: readonly FriendlyIssue[]): string {
  const lines = [`✖ 内容错误：${file}`];
  for (const i of issues) {
    lines.push(`  · ${i.line && !i.problem.startsWith(`第 ${i.line} 行`) ? `第 ${i.line} 行：` : ''}${i.problem}`);
    lines.push(`    ${FIX_MARK}${i.fix}`);
  }
  return lines.join('\n');
}

/** A content problem in one file; the build stops on it. */
export class ContentError extends Error {
  readonly file: string;
  readonly issues: readonly FriendlyIssue[];
  constructor(file: string, issues: readonly FriendlyIssue[]) {
    super(formatFileErrors(file, issues));
    this.name = 'ContentError';
    this.file = file;
    this.issues = issues;
  }
}
