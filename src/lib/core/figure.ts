/**
 * Figures: a data table, its one-sentence summary and an optional chart drawn from the same rows.
 * The table is the content; the chart enhances it; the CSV is exactly the table. Pure.
 */
import { formatNumber } from './format.ts';

/** A table column. `unit` is shown in the header (“完成数（㎡）”), never inside numeric cells. */
export interface Column {
  key: string;
  label: string;
  unit?: string;
  /** Numeric cells are right-aligned and formatted with thousands separators. */
  numeric?: boolean;
  /** Decimal places shown for numbers (default 1, trailing zeros dropped). */
  digits?: number;
}

/** A table cell; null is an empty cell (no value yet), shown as “—”. */
export type Cell = string | number | null;

/** Rows keyed by column key. */
export interface DataTable {
  columns: Column[];
  rows: Record<string, Cell>[];
}

/** How to draw the table: `labelKey` column gives the category axis, each series a numeric column. */
export interface ChartSpec {
  kind: 'bar' | 'hbar' | 'line';
  labelKey: string;
  series: { key: string; label: string }[];
  unit?: string;
  stacked?: boolean;
}

/**
 * Every figure id of the site, in one table: ASCII and stable, they are public anchors and the CSV addresses
 * /data/<id>.csv (`figureCsvPath` in urls.ts), so an id never changes once published.
 */
export const figureIds = {
  /** /progress/: every task's completion. */
  tasks: 'progress-tasks',
  /** /progress/: every target, month by month. */
  trend: 'progress-trend',
  /** /progress/<task>/: the task's targets. */
  task: (task: string) => `progress-task-${task}`,
  /** /progress/<task>/: the task's targets, month by month. */
  taskTrend: (task: string) => `progress-task-${task}-trend`,
  /** /progress/<task>/: one target's breakdown. */
  breakdown: (target: string) => `progress-target-${target}`,
  /** /indicators/. */
  indicators: 'indicators',
  /** /seats/: capacity and enrolment by subdivision. */
  seatsByStreet: 'seats-by-street',
  /** /seats/: capacity and enrolment by kindergarten type. */
  seatsByType: 'seats-by-type',
  /** /seats/: 公办 and 普惠 shares. */
  seatsShares: 'seats-shares',
  /** /seats/: new-seat projects per subdivision (long lists). */
  seatProjectsByStreet: 'seat-projects-by-street',
  /** /fees/: every kindergarten's fees. */
  kindergartenFees: 'kindergarten-fees',
  /** /fees/: the fee adjustments, one row per kindergarten. */
  feeAdjustments: 'fee-adjustments',
  /** /fees/: the fee adjustments per subdivision (long lists). */
  feeAdjustmentsByStreet: 'fee-adjustments-by-street',
} as const;

/** A figure of the site. Its id (from `figureIds`) becomes the CSV address `/data/<id>.csv`. */
export interface Figure {
  id: string;
  caption: string;
  /** One Chinese sentence generated from the data: the chart's text alternative. */
  summary: string;
  table: DataTable;
  chart?: ChartSpec;
  sample: boolean;
  asOf?: string;
  source?: string;
}

/** A figure's `asOf` field: `{ asOf }` with a date, nothing without one (the figure then has no 统计截至 line). */
export function withAsOf(asOf: string | undefined): { asOf?: string } {
  return asOf ? { asOf } : {};
}

/** Header text of a column: label with its unit in full-width brackets. */
export function columnHeader(col: Column): string {
  return col.unit ? `${col.label}（${col.unit}）` : col.label;
}

/** Display text of a cell. */
export function formatCell(col: Column, value: Cell | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') return col.numeric === false ? String(value) : formatNumber(value, col.digits ?? 1);
  return value;
}

/** Text a spreadsheet would run as a formula (=, +, -, @, or a leading tab or CR): CSV injection. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Raw CSV text of a cell: numbers unformatted (no thousands separators) so spreadsheets read them as numbers.
 * Text that starts like a formula gets a leading ' (OWASP's advice), so Excel shows it instead of running it;
 * numbers, negative ones included, stay numbers.
 */
function csvCell(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV of a table: UTF-8 with BOM (Excel opens Chinese correctly), CRLF line ends (RFC 4180). */
export function toCsv(table: DataTable): string {
  const lines = [table.columns.map((c) => csvCell(columnHeader(c))).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvCell(row[c.key])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Chart data read by the client script from `data-chart`: labels and one numeric series per spec entry. */
export interface ChartData {
  kind: ChartSpec['kind'];
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
  unit: string;
  stacked: boolean;
}

/** True when the figure has rows: a figure without rows shows no table and gets no CSV (/data/<id>.csv). */
export function hasRows(fig: Pick<Figure, 'table'>): boolean {
  return fig.table.rows.length > 0;
}

/**
 * Builds the chart's data from the table rows, so the chart can never disagree with the table. No chart
 * without data points: a bar chart needs a value other than 0 (all-zero bars say nothing the table does not),
 * a line (trend) chart needs at least 2 rows with a value.
 */
export function chartData(fig: Figure): ChartData | undefined {
  const spec = fig.chart;
  if (!spec) return undefined;
  const keys = new Set(fig.table.columns.map((c) => c.key));
  for (const k of [spec.labelKey, ...spec.series.map((s) => s.key)]) {
    if (!keys.has(k)) throw new Error(`图表 ${fig.id} 引用了表格中不存在的列 ${k}`);
  }
  const numbers = (r: Record<string, Cell>) => spec.series.map((s) => r[s.key]).filter((v): v is number => typeof v === 'number');
  if (spec.kind === 'line') {
    if (fig.table.rows.filter((r) => numbers(r).length > 0).length < 2) return undefined;
  } else if (!fig.table.rows.some((r) => numbers(r).some((v) => v !== 0))) return undefined;
  return {
    kind: spec.kind,
    labels: fig.table.rows.map((r) => String(r[spec.labelKey] ?? '')),
    datasets: spec.series.map((s) => ({
      label: s.label,
      data: fig.table.rows.map((r) => (typeof r[s.key] === 'number' ? (r[s.key] as number) : null)),
    })),
    unit: spec.unit ?? '',
    stacked: spec.stacked ?? false,
  };
}

/** A category label cut to `max` characters with “…” (chart axes on phones; the table keeps the full text). */
export function shortLabel(label: string, max: number): string {
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/**
 * The one CSV reader: RFC 4180 text (what `toCsv` writes, and what spreadsheets export) into rows of strings.
 * A leading BOM is dropped. A quote opens a quoted cell only at the start of a cell; elsewhere it is text (as
 * spreadsheets read a hand-typed 他说"好"). `delimiter` is `,` or a tab (Excel's “Unicode 文本”). With `unguard`
 * (the default) the ' that `toCsv` puts before text starting like a formula is dropped, so a cell reads as on the
 * page; the spreadsheet import keeps every cell as staff typed it. Throws SyntaxError (in Chinese, with the line) for
 * a quote that is never closed.
 */
export function parseCsv(text: string, { delimiter = ',', unguard = true }: { delimiter?: ',' | '\t'; unguard?: boolean } = {}): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let started = false;
  let from = 0; // where the cell starts in src
  let line = 1;
  let openedOn = 0; // line of the open quote
  for (let i = 0; i < src.length; i++) {
    const ch = src.charAt(i);
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') {
        quoted = false;
        // Text after the closing quote (“"a"b”): the cell was not quoted after all and reads as written.
        const next = src[i + 1];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') cell = src.slice(from, i + 1);
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && !started) { quoted = true; started = true; openedOn = line; }
    else if (ch === delimiter) { row.push(cell); cell = ''; started = false; from = i + 1; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = ''; started = false; from = i + 1; line++;
    } else { cell += ch; started = true; }
  }
  if (quoted) throw new SyntaxError(`第 ${openedOn} 行有一个单元格以英文引号 " 开头，但到文件末尾也没有配对的引号。`);
  if (started || cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return unguard ? rows.map((r) => r.map((c) => (c.startsWith("'") && FORMULA_START.test(c.slice(1)) ? c.slice(1) : c))) : rows;
}
