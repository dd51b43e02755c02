/**
 * Sheet ↔ content records: which kind a sheet is, header matching, turning rows into would-be content
 * files merged onto the existing ones, locating validator issues back at a row and column, and the change
 * list shown after an import. Pure: file reading, validation runs and writing happen in scripts/.
 */
import { ASCII_ID_RULE, isAsciiId } from '../../schemas/common.ts';
import { didYouMean } from '../content/errors.ts';
import { cellText, headerBase, isBlank, normalizeHeader, sameJson, type Cell, type Raw, type RowCells } from './cells.ts';
import { SHEET_KINDS, type SheetColumn, type SheetContext, type SheetKind } from './kinds.ts';

/** A sheet as read from a file: row numbers as the spreadsheet shows them (row 1: headers). */
export interface SheetData {
  /** Worksheet name (xlsx only). */
  name?: string;
  rows: { row: number; cells: Cell[] }[];
}

/** A problem located in the sheet. `column` is a header, or '' for the whole row. */
export interface SheetError {
  row: number;
  column: string;
  problem: string;
  fix: string;
}

/** “第 3 行，“保教费（元/月）”列：应为数字，收到“450元”。修改方法：……” */
export function formatSheetError(e: SheetError): string {
  const where = e.row === 1 ? '第 1 行（表头）' : `第 ${e.row} 行`;
  return `${where}${e.column ? `，“${e.column}”列` : ''}：${e.problem}修改方法：${e.fix}`;
}

/** Excel column letters of a 0-based index (0 → A, 26 → AA). */
export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The column a header cell names: exact match first, then without the unit in parentheses. */
export function findColumn(kind: SheetKind, header: string): SheetColumn | undefined {
  const n = normalizeHeader(header);
  return kind.columns.find((c) => normalizeHeader(c.header) === n) ?? kind.columns.find((c) => headerBase(c.header) === headerBase(header));
}

/** Header cells matched to columns (index → column), plus every header problem. */
export function matchHeaders(kind: SheetKind, sheet: SheetData): { columns: (SheetColumn | undefined)[]; errors: SheetError[] } {
  const header = sheet.rows.find((r) => r.row === 1)?.cells ?? [];
  const errors: SheetError[] = [];
  const columns: (SheetColumn | undefined)[] = [];
  const seen = new Map<SheetColumn, number>();
  header.forEach((cell, i) => {
    const h = cellText(cell);
    if (!h) {
      const used = sheet.rows.some((r) => r.row > 1 && !isBlank(r.cells[i]));
      if (used) errors.push({ row: 1, column: '', problem: `第 ${columnLetter(i)} 列有数据但没有表头。`, fix: '在第 1 行写上列名，或删除这一列。' });
      columns.push(undefined);
      return;
    }
    const c = findColumn(kind, h);
    if (!c) {
      errors.push({ row: 1, column: h, problem: `${kind.title}表没有这一列。`, fix: `${didYouMean(h, kind.columns.map((x) => x.header))}表头要和导出的表格一致；多余的列请删除。` });
    } else {
      const first = seen.get(c);
      if (first !== undefined) errors.push({ row: 1, column: h, problem: `与第 ${columnLetter(first)} 列重复。`, fix: '删除重复的一列。' });
      else seen.set(c, i);
    }
    columns.push(c && seen.get(c) === i ? c : undefined);
  });
  for (const c of kind.columns) {
    if (c.required && !seen.has(c)) errors.push({ row: 1, column: c.header, problem: '缺少这一列。', fix: `在第 1 行加上“${c.header}”列并填写；最简单的办法是用 npm run export 导出的表格或空白模板修改。` });
  }
  return { columns, errors };
}

/** Which kind of sheet this is: its worksheet name, else the kind whose columns its headers fit best. */
export function detectKind(sheet: SheetData): SheetKind | SheetError {
  const header = sheet.rows.find((r) => r.row === 1)?.cells.map(cellText).filter(Boolean) ?? [];
  if (!header.length) return { row: 1, column: '', problem: '表格是空的：第 1 行没有表头。', fix: '用 npm run export 导出的表格或空白模板填写，第 1 行保留表头。' };
  const byName = Object.values(SHEET_KINDS).find((k) => k.title === sheet.name?.trim());
  if (byName) return byName;
  const scored = Object.values(SHEET_KINDS).map((k) => {
    const matched = header.filter((h) => findColumn(k, h)).length;
    const complete = k.columns.every((c) => !c.required || header.some((h) => findColumn(k, h) === c));
    return { k, matched, complete, score: matched - (header.length - matched) };
  });
  scored.sort((a, b) => Number(b.complete) - Number(a.complete) || b.score - a.score);
  const best = scored[0];
  if (!best || best.matched === 0) {
    return { row: 1, column: '', problem: '认不出这是哪一种表格（幼儿园、收费、月报或目标）：第 1 行的表头一个也不认识。', fix: '用 npm run export 导出的表格或空白模板填写，不要改第 1 行的表头。' };
  }
  return best.k;
}

/** The header row and data rows of an export (`record`: the report month). */
export function exportSheet(kind: SheetKind, ctx: SheetContext, record?: string): { headers: string[]; rows: Cell[][] } {
  const headers = kind.columns.map((c) => c.header);
  const rows = kind.exportRows(ctx, record).map(({ raw, row }) => kind.columns.map((c) => (row.has(c.header) ? row.get(c.header) : c.read(raw, row)) ?? ''));
  return { headers, rows };
}

/** One record the sheet describes: its would-be content, the current content, and the rows it comes from. */
export interface Candidate {
  id: string;
  /** File under content/, e.g. kindergartens/baogang-17.json. */
  file: string;
  raw: Raw;
  old?: Raw;
  rows: { row: number; cells: RowCells }[];
}

function existing(kind: SheetKind, ctx: SheetContext, id: string): Raw | undefined {
  const m = kind.collection === 'reports' ? ctx.reports : kind.collection === 'targets' ? ctx.targets : ctx.kindergartens;
  return m.get(id);
}

/** The shape (field order) of a zod 4 object schema, through optional/default/pipe wrappers. */
function shapeOf(schema: unknown): Record<string, unknown> | undefined {
  let cur = schema as { _zod?: { def: { type: string; shape?: Record<string, unknown>; innerType?: unknown; in?: unknown; out?: unknown } } } | undefined;
  for (let i = 0; i < 10 && cur?._zod; i++) {
    const d = cur._zod.def;
    if (d.type === 'object') return d.shape;
    cur = (d.innerType ?? (d.type === 'pipe' ? d.out : undefined)) as typeof cur;
  }
  return undefined;
}

/** A copy of `raw` with keys in schema order, recursively (new files read like the existing ones). */
export function orderLike(raw: unknown, schema: unknown): unknown {
  const shape = shapeOf(schema);
  if (!shape || raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const r = raw as Raw;
  const keys = [...Object.keys(shape).filter((k) => k in r), ...Object.keys(r).filter((k) => !(k in shape))];
  return Object.fromEntries(keys.map((k) => [k, orderLike(r[k], shape[k])]));
}

/** The rows of a sheet as records merged onto `ctx`, with every cell-level problem. */
export function sheetToRecords(kind: SheetKind, sheet: SheetData, ctx: SheetContext, schema?: unknown): { candidates: Candidate[]; errors: SheetError[] } {
  const { columns, errors } = matchHeaders(kind, sheet);
  if (errors.length) return { candidates: [], errors };
  const present = new Set(columns.filter((c): c is SheetColumn => !!c).map((c) => c.header));
  const data = sheet.rows.filter((r) => r.row > 1 && r.cells.some((c) => !isBlank(c)));
  if (!data.length) {
    return { candidates: [], errors: [{ row: 2, column: '', problem: `${kind.title}表只有表头，没有数据行。`, fix: '从第 2 行起每行填写一条记录；什么都不想改就不必导入。' }] };
  }
  const byId = new Map<string, Candidate>();
  const firstRow = new Map<string, number>();
  for (const r of data) {
    const cells = new Map<string, Cell>();
    columns.forEach((c, i) => c && cells.set(c.header, r.cells[i]));
    const id = kind.idOf ? kind.idOf(cells.get(kind.idHeader)) : cellText(cells.get(kind.idHeader));
    if (!id) {
      errors.push({ row: r.row, column: kind.idHeader, problem: '不能为空。', fix: `填写“${kind.idHeader}”，它决定这一行写进哪个文件。` });
      continue;
    }
    // The id names a file: it passes the ASCII-id rule before any path is built from it (no ../, no /).
    if (!isAsciiId(id)) {
      errors.push({ row: r.row, column: kind.idHeader, problem: `“${id}”不能用作文件名：${ASCII_ID_RULE.problem}`, fix: kind.multiRow ? '写成“年-月”，例如 2024-07。' : ASCII_ID_RULE.fix });
      continue;
    }
    const key = kind.multiRow ? `${id}\u0000${cellText(cells.get(kind.multiRow.keyHeader))}` : id;
    if (kind.multiRow && !cellText(cells.get(kind.multiRow.keyHeader))) {
      errors.push({ row: r.row, column: kind.multiRow.keyHeader, problem: '不能为空。', fix: `填写“${kind.multiRow.keyHeader}”。` });
      continue;
    }
    const dup = firstRow.get(key);
    if (dup !== undefined) {
      errors.push({ row: r.row, column: kind.multiRow?.keyHeader ?? kind.idHeader, problem: `与第 ${dup} 行重复。`, fix: '每条记录只写一行：删除或合并重复的行。' });
      continue;
    }
    firstRow.set(key, r.row);
    let cand = byId.get(id);
    // Record-level cells (统计截止日期, 示例数据) repeat on every row of a record: they must agree.
    const first = cand?.rows[0];
    let disagrees = false;
    for (const h of first ? kind.multiRow?.recordHeaders ?? [] : []) {
      const c = kind.columns.find((x) => x.header === h);
      if (!c || h === kind.idHeader || !present.has(h) || isBlank(cells.get(h))) continue;
      // Compared as written (2025-03-31 and a date cell of that day agree).
      const as = (rc: RowCells) => {
        const d: Raw = {};
        return c.write(d, rc.get(h), rc, ctx) ? cellText(rc.get(h)) : JSON.stringify(d);
      };
      if (as(first!.cells) !== as(cells)) {
        const a = cellText(first!.cells.get(h));
        errors.push({ row: r.row, column: h, problem: `与第 ${first!.row} 行不一致（“${a || '（空）'}”和“${cellText(cells.get(h))}”）：同一条记录的行要写同一个值。`, fix: `改成和第 ${first!.row} 行一样，或留空。` });
        disagrees = true;
      }
    }
    if (disagrees) continue;
    if (!cand) {
      const old = existing(kind, ctx, id);
      if (!old && !kind.creates) {
        errors.push({ row: r.row, column: kind.idHeader, problem: `“${id}”没有对应的文件 content/${kind.collection}/${id}.json。`, fix: '核对网址名；新的幼儿园请用幼儿园表（npm run export -- kindergartens）添加。' });
        continue;
      }
      cand = { id, file: `${kind.collection}/${id}.json`, raw: old ? structuredClone(old) : kind.blank(id, cells), old, rows: [] };
      byId.set(id, cand);
    }
    for (const c of kind.columns) {
      if (c.readOnly || !present.has(c.header)) continue;
      if (first && kind.multiRow?.recordHeaders.includes(c.header)) continue;
      const p = c.write(cand.raw, cells.get(c.header), cells, ctx);
      if (p) errors.push({ row: r.row, column: c.header, ...p });
    }
    const f = kind.finish?.(cand.raw, cells, present);
    if (f) errors.push({ row: r.row, column: f.header, problem: f.problem, fix: f.fix });
    const other = cand.old && kind.otherRecord?.(id, cand.old, cand.raw);
    if (other) errors.push({ row: r.row, column: other.header, problem: other.problem, fix: other.fix });
    cand.rows.push({ row: r.row, cells });
  }
  // Existing files keep their own key order; new ones follow the schema's.
  const candidates = [...byId.values()].map((c) => (c.old || !schema ? c : { ...c, raw: orderLike(c.raw, schema) as Raw }));
  return { candidates, errors };
}

/** The row and column a validator issue at `field` (e.g. fees.tuition[0].amount) points to. */
export function locateIssue(kind: SheetKind, cand: Candidate, field: string): { row: number; column: string } {
  for (const r of cand.rows) {
    for (const c of kind.columns) {
      if (c.readOnly) continue;
      if (c.owns ? c.owns(field, cand.raw, r.cells) : field === c.field) return { row: r.row, column: c.header };
    }
  }
  return { row: cand.rows[0]?.row ?? 2, column: '' };
}

/** What an import does to one record. */
export interface RecordChange {
  status: '新增' | '修改' | '未变';
  /** “保教费（元/月）：380 → 400” for each changed cell. */
  changes: string[];
}

const shown = (c: Cell) => cellText(c) || '（空）';

/** Compares the record before and after, cell by cell as the sheet shows them. */
export function describeChange(kind: SheetKind, cand: Candidate): RecordChange {
  const old = cand.old;
  if (!old) return { status: '新增', changes: [] };
  if (sameJson(old, cand.raw)) return { status: '未变', changes: [] };
  const changes: string[] = [];
  const recordLevel = new Set(kind.multiRow?.recordHeaders ?? []);
  cand.rows.forEach((r, i) => {
    const prefix = kind.multiRow ? `${cellText(r.cells.get(kind.multiRow.keyHeader))} ` : '';
    for (const c of kind.columns) {
      if (c.readOnly || c.header === kind.idHeader || c.header === kind.multiRow?.keyHeader) continue;
      // Record-level columns (月份, 统计截止日期) repeat on every report row: list their change once.
      if (recordLevel.has(c.header) && i > 0) continue;
      const a = cellText(c.read(old, r.cells));
      const b = cellText(c.read(cand.raw, r.cells));
      if (a !== b) changes.push(`${recordLevel.has(c.header) ? '' : prefix}${c.header}：${shown(a)} → ${shown(b)}`);
    }
  });
  return { status: '修改', changes: changes.length ? changes : ['（字段顺序或写法）'] };
}

/** One line per record: “修改 kindergartens/x.json：保教费（元/月）：380 → 400；……”. */
export function formatChange(cand: Candidate, change: RecordChange): string {
  return `${change.status} ${cand.file}${change.changes.length ? `：${change.changes.join('；')}` : ''}`;
}

/** Content files written the way the repository writes them: 2-space indent and a final newline. */
export function jsonText(raw: Raw): string {
  return `${JSON.stringify(raw, null, 2)}\n`;
}
