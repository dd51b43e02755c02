/**
 * Cells of the staff spreadsheets (Excel/CSV import and export): reading a cell as text, number, date, 是/否 or list,
 * and the raw-record paths columns read and write (the column kinds are in columns.ts). Pure: a column knows how to
 * read its value out of a raw content record (the JSON as written in the file) and how to write a cell
 * back into a copy of it, so fields the sheet does not carry are kept as they are.
 */

/**
 * A number the spreadsheet shows as a percentage: a cell with a percent number format (Excel stores 85% as
 * 0.85) or the text “85%”. `shown` is the number as displayed (85), `text` what the cell shows (“85%”).
 */
export class Percent {
  readonly shown: number;
  readonly text: string;
  constructor(shown: number, text: string) {
    this.shown = shown;
    this.text = text;
  }
}

/** A cell value as a spreadsheet reader hands it over. */
export type Cell = string | number | boolean | Date | Percent | null | undefined;

/** A raw JSON object as written in a content file (key order matters: files are rewritten byte for byte). */
export type Raw = Record<string, unknown>;

/** A malformed cell: what is wrong and how to fix it. */
export interface CellProblem {
  problem: string;
  fix: string;
}

/** The other cells of the row being imported, by column header (some columns need their neighbours). */
export type RowCells = ReadonlyMap<string, Cell>;

/** One column of a sheet. */
export interface Column {
  /** Header in row 1, Chinese, with the unit, e.g. 保教费（元/月）. */
  header: string;
  /** Label key (dotted, no list indices) of the field the column fills: maps validator issues back to it. */
  field: string;
  /** The column must be present in the sheet. */
  required?: boolean;
  /** Shown for reference only; the import ignores it. */
  readOnly?: boolean;
  /** A hint shown as the header note in templates (allowed values, format). */
  hint?: string;
  /** Allowed values, offered as a drop-down list in exported sheets and templates. */
  choices?: readonly string[];
  /** Holds numbers: the sheet keeps Excel's general format (other columns are formatted as text). */
  numeric?: boolean;
  /** The cell for `raw` (export; also used to diff old and new records). */
  read(raw: Raw): Cell;
  /** Writes the cell into `draft`; returns a problem when the cell cannot be read. */
  write(draft: Raw, cell: Cell, row: RowCells): CellProblem | undefined;
  /** True when a validator issue at `path` (e.g. fees.tuition[0].amount) concerns this column. */
  owns?(path: string, draft: Raw): boolean;
}

/** Normalised header for matching: full-width forms folded (（）→ ()), spaces dropped. */
export function normalizeHeader(h: string): string {
  return h.normalize('NFKC').replace(/\s+/g, '');
}

/** A header without its trailing unit or note in parentheses: 保教费（元/月） → 保教费. */
export function headerBase(h: string): string {
  return normalizeHeader(h).replace(/\([^()]*\)$/, '');
}

/** yyyy-mm-dd of a Date read from a sheet (spreadsheet dates carry no zone: their UTC fields are the day). */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Cell as trimmed text ('' when blank). Numbers keep their digits; dates become yyyy-mm-dd. */
export function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : isoDay(c);
  if (typeof c === 'boolean') return c ? '是' : '否';
  if (typeof c === 'number') return String(c);
  if (c instanceof Percent) return c.text;
  return c.trim();
}

/** True when the cell holds nothing. */
export function isBlank(c: Cell): boolean {
  return cellText(c) === '';
}

/**
 * Text of a number as people type it, or undefined: full-width digits and signs (NFKC), spaces, thousands
 * separators in groups of three (1,234 / 1，234.5). “1,5” or “1.234.5” is not a number (ambiguous).
 */
export function numberFromText(t: string): number | undefined {
  const s = t.normalize('NFKC').replace(/\s+/g, '');
  if (/^[-+]?\d+(\.\d+)?$/.test(s)) return Number(s);
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  return undefined;
}

/** “85%” / “８５％” / “85 %” as a Percent, undefined when the text is no percentage. */
export function percentFromText(t: string): Percent | undefined {
  const s = t.normalize('NFKC').trim();
  const m = /^(.*?)\s*%$/.exec(s);
  const n = m?.[1] !== undefined ? numberFromText(m[1]) : undefined;
  return n === undefined ? undefined : new Percent(n, `${m![1]!.trim()}%`);
}

/** A percentage where a plain number is expected: refused, saying why (never read silently as 0.85). */
function percentProblem(p: Percent): CellProblem {
  return {
    problem: `收到百分数“${p.text}”，但这一列不是以 % 为单位的数。`,
    fix: '写成普通数字：把单元格格式改为“常规”或“数值”后重新输入，例如 450；目标的单位是 % 时才能写百分数。',
  };
}

/**
 * Cell as a number, undefined when blank, or a problem when it is not a plain number. Numbers stored as
 * text are numbers. `percent`: the target's unit is %, so 85% (a percent cell or the text “85%”) reads as 85.
 */
export function cellNumber(c: Cell, integer: boolean, percent = false): number | undefined | CellProblem {
  let n: number | undefined;
  let shown: string;
  if (typeof c === 'number') {
    n = c;
    shown = ` ${c}`;
  } else {
    const p = c instanceof Percent ? c : typeof c === 'string' ? percentFromText(c) : undefined;
    if (p) {
      if (!percent) return percentProblem(p);
      n = Math.round(p.shown * 1e9) / 1e9;
      shown = `“${p.text}”`;
    } else {
      if (c instanceof Date) return { problem: `应为数字，收到日期“${cellText(c)}”。`, fix: '把单元格格式改为“常规”或“数值”后重新输入数字。' };
      const t = cellText(c);
      if (t === '') return undefined;
      n = numberFromText(t);
      shown = `“${t}”`;
      if (n === undefined) return { problem: `应为数字，收到“${t}”。`, fix: `只写数字，不写单位、逗号或文字，例如 ${integer ? '6' : '450'}。` };
    }
  }
  if (!Number.isFinite(n)) return { problem: `应为数字，收到${shown}。`, fix: '写一个普通大小的数字。' };
  if (integer && !Number.isInteger(n)) return { problem: `应为整数，收到${shown}。`, fix: '写整数，例如 6。' };
  return n;
}

const pad = (n: string) => n.padStart(2, '0');
/** Days from 1899-12-30 (Excel's day 0 in the 1900 system, past its 1900-02-29 bug). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A date cell as yyyy-mm-dd: a date cell, an Excel serial (a date cell whose format was lost, e.g. 45536),
 * or the text 2024-09-01, 2024-9-1, 2024/9/1, 2024.9.1, 2024年9月1日 (full-width digits too). Text that is
 * no date is returned as it is, for the validator's message; a date the order of whose parts cannot be
 * known (9/1/2024, 24/9/1) is a problem.
 */
export function cellDate(c: Cell): string | CellProblem {
  if (c instanceof Date) return cellText(c);
  if (typeof c === 'number') {
    // serials 29952 .. 79992 (1982-01-01 .. 2119-01-03): anything else is no date.
    if (Number.isInteger(c) && c >= 29952 && c <= 79992) return isoDay(new Date(EXCEL_EPOCH + c * 86400000));
    return { problem: `应为日期，收到数字 ${c}。`, fix: '写成“年-月-日”，例如 2024-09-01。' };
  }
  const t = cellText(c).normalize('NFKC').replace(/\s+/g, '');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/.exec(t);
  if (m) return `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(t) ?? /^(\d{2})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return { problem: `看不出“${cellText(c)}”是哪年哪月哪日。`, fix: '写成“年-月-日”，四位年份在前，例如 2024-09-01（Excel 中写 2024/9/1 也可以）。' };
  return cellText(c);
}

/** A month cell as yyyy-mm: 2024-07, 2024-7, 2024/7, 2024年7月, or a date cell (Excel turns 2024-07 into 2024-07-01). */
export function cellMonth(c: Cell): string {
  if (c instanceof Date) return cellText(c).slice(0, 7);
  const t = cellText(c).normalize('NFKC').replace(/\s+/g, '');
  const m = /^(\d{4})[-/.](\d{1,2})$/.exec(t) ?? /^(\d{4})年(\d{1,2})月?$/.exec(t) ?? /^(\d{4})[-/.](\d{1,2})[-/.]0?1$/.exec(t);
  return m ? `${m[1]}-${pad(m[2]!)}` : cellText(c);
}

const YES = new Set(['是', 'true', 'TRUE', 'True', '√', '1', 'Y', 'y', 'yes']);
const NO = new Set(['否', 'false', 'FALSE', 'False', '×', '0', 'N', 'n', 'no']);

/** Cell as true/false, undefined when blank, or a problem. */
export function cellBool(c: Cell): boolean | undefined | CellProblem {
  if (typeof c === 'boolean') return c;
  const t = cellText(c);
  if (t === '') return undefined;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return { problem: `只能写“是”或“否”，收到“${t}”。`, fix: '写 是 或 否。' };
}

/**
 * Separator of list cells. Not 、: items themselves contain it (责任单位 “各责任单位、部门”). The import
 * also accepts ; and line breaks.
 */
export const LIST_SEPARATOR = '；';

/** Cell as a list of texts. */
export function cellList(c: Cell): string[] {
  return cellText(c)
    .split(/[；;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Deep equality of JSON values (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i]));
  }
  const ka = Object.keys(a as Raw);
  const kb = Object.keys(b as Raw);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b as Raw, k) && sameJson((a as Raw)[k], (b as Raw)[k]));
}

/** The value at a path of keys, undefined when a step is missing. */
export function getAt(raw: unknown, path: readonly string[]): unknown {
  let cur = raw;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Raw)[k];
  }
  return cur;
}

/**
 * Sets (or with `undefined`, deletes) the value at `path`, creating objects on the way. An equal value is
 * left untouched so key order and formatting survive an unchanged import.
 */
export function setAt(raw: Raw, path: readonly string[], value: unknown): void {
  let cur = raw;
  for (const k of path.slice(0, -1)) {
    const next = cur[k];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) {
      if (value === undefined) return;
      cur[k] = {};
    }
    cur = cur[k] as Raw;
  }
  const last = path.at(-1);
  if (last === undefined) throw new Error('setAt: 字段路径为空');
  if (value === undefined) delete cur[last];
  else if (!sameJson(cur[last], value)) cur[last] = value;
}

/** Label key of a validator path: fees.tuition[0].amount → fees.tuition.amount. */
export function fieldKey(path: string): string {
  return path.replace(/\[\d+\]/g, '');
}

/** The problem of a blank cell in a required column. */
export function blank(header: string): CellProblem {
  return { problem: '不能为空。', fix: `填写“${header}”。` };
}
