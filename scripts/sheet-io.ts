/**
 * File side of the staff spreadsheets: reads content/ as raw JSON, reads .xlsx (exceljs) and .csv
 * (UTF-8 or GBK), writes .xlsx, and runs an import: every row validated with the content
 * validator and the cross-file checks on a temporary copy of content/, then all files written at once.
 * Over 300 lines on purpose: one import is one transaction (read, validate on a copy, write all files), read
 * top to bottom; the pure parts are in src/lib/sheets/.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { COLLECTIONS } from '../src/schemas/index.ts';
import { ContentError } from '../src/lib/content/errors.ts';
import { validateFile } from '../src/lib/content/validate.ts';
import { withoutBom } from '../src/lib/content/files.ts';
import { scaffoldReport } from '../src/lib/progress/report-scaffold.ts';
import { cellText, Percent, sameJson, type Cell, type Raw } from '../src/lib/sheets/cells.ts';
import { parseCsv } from '../src/lib/core/figure.ts';
import { SHEET_KINDS, type SheetContext, type SheetKind, type SheetKindName } from '../src/lib/sheets/kinds.ts';
import {
  columnLetter,
  describeChange,
  detectKind,
  exportSheet,
  formatChange,
  formatSheetError,
  jsonText,
  locateIssue,
  sheetToRecords,
  type Candidate,
  type SheetData,
  type SheetError,
} from '../src/lib/sheets/records.ts';
import { checkContent } from './load-content.ts';
import { commitImport, insideContent, recoverImport } from './lib/import-journal.ts';
import { listCollection, readParsed } from '../src/content-read.ts';

/** Raw JSON files of one folder of content/, by id (drafts starting with _ and hidden files skipped). */
function readFolder(root: string, dir: string): Map<string, Raw> {
  // Raw data (no schema defaults applied), so an import merges onto exactly what the file says; read through
  // the shared decoder and parser, so an unreadable file is the same Chinese error as in npm run validate.
  const out = new Map<string, Raw>();
  for (const item of listCollection(join(root, dir), '.json')) {
    if (item.kind === 'error') throw item.error;
    out.set(item.id, readParsed(item.path, '.json').data as Raw);
  }
  return out;
}

/** The raw content the sheets read and merge onto. */
export function readContext(root: string): SheetContext {
  return {
    kindergartens: readFolder(root, 'kindergartens'),
    reports: readFolder(root, 'reports'),
    targets: readFolder(root, 'targets'),
    tasks: readFolder(root, 'tasks'),
  };
}

/** Text of a CSV file and the encoding it was in: UTF-8 (with or without BOM), UTF-16 with BOM, else GBK. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: string } {
  const { body, bom } = withoutBom(bytes);
  if (bom) return { text: Buffer.from(body).toString('utf8'), encoding: 'UTF-8' };
  const b = Buffer.from(bytes);
  if (b[0] === 0xff && b[1] === 0xfe) return { text: iconv.decode(b.subarray(2), 'utf16le'), encoding: 'UTF-16' };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: iconv.decode(b.subarray(2), 'utf16be'), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'UTF-8' };
  } catch {
    // Not valid UTF-8: Excel on Chinese Windows saves “CSV（逗号分隔）” in GBK; GB18030 is its superset.
    return { text: iconv.decode(b, 'gb18030'), encoding: 'GBK' };
  }
}

/**
 * Rows of a CSV text (Excel's “Unicode 文本” is tab-separated), read by the site's one CSV reader (`parseCsv` in
 * src/lib/core/figure.ts) with every cell as typed. Throws SheetFileError for a quote never closed.
 */
export function csvSheet(text: string, file = 'CSV 文件'): SheetData {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = first.includes('\t') && !first.includes(',') ? '\t' : ',';
  try {
    return { rows: parseCsv(text, { delimiter, unguard: false }).map((cells, i) => ({ row: i + 1, cells })) };
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    throw new SheetFileError(`${file}：${e.message}修改方法：用 Excel 或 WPS 打开后重新“另存为” CSV 或 .xlsx；手工编辑的请补上引号。`);
  }
}

/** A cell of exceljs as a plain value (rich text, formulas and links reduced to what they show). */
function plain(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return plain(v.result as ExcelJS.CellValue);
  if ('formula' in v || 'sharedFormula' in v) return null;
  if ('text' in v) return typeof v.text === 'string' ? v.text : plain(v.text as ExcelJS.CellValue);
  if ('error' in v) return String(v.error);
  return null;
}

/** True for a number format that shows a percentage (0%, 0.0%, but not a literal "%" in quotes). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  return !!numFmt && numFmt.replace(/"[^"]*"/g, '').replace(/\\./g, '').includes('%');
}

/** A cell as staff see it: a number in a percent format is the percentage shown (0.85 → 85%). */
function cellOf(cell: ExcelJS.Cell): Cell {
  const v = plain(cell.value);
  if (typeof v === 'number' && isPercentFormat(cell.numFmt)) {
    const shown = Number((v * 100).toPrecision(12));
    return new Percent(shown, `${shown}%`);
  }
  return v;
}

/** Problem with the file itself (not a row): unreadable, wrong format. */
export class SheetFileError extends Error {}

/** Reads the first worksheet of an .xlsx or a .csv file. */
export async function readSheetFile(file: string): Promise<SheetData & { encoding?: string; problems?: SheetError[]; notes?: string[] }> {
  if (!existsSync(file)) throw new SheetFileError(`找不到文件 ${file}。修改方法：检查文件名和所在文件夹。`);
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt') {
    const { text, encoding } = decodeCsv(readFileSync(file));
    return { ...csvSheet(text, file), encoding };
  }
  if (ext === '.xls' || ext === '.et' || ext === '.wps') {
    throw new SheetFileError(`${file} 是旧版 Excel（或 WPS）格式。修改方法：在 Excel/WPS 中“另存为”“Excel 工作簿（*.xlsx）”后再导入。`);
  }
  if (ext !== '.xlsx') throw new SheetFileError(`${file}：只能导入 .xlsx 或 .csv 文件。修改方法：在 Excel 中“另存为” .xlsx。`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    throw new SheetFileError(`${file} 无法读取，可能不是 Excel 文件或已损坏。修改方法：用 Excel 打开后重新“另存为” .xlsx。`);
  }
  // The sheet staff see when they open the file: the active tab, never a hidden one.
  const visible = wb.worksheets.filter((w) => w.state === 'visible' || w.state === undefined);
  const active = wb.worksheets[wb.views?.[0]?.activeTab ?? 0];
  const ws = active && visible.includes(active) ? active : visible[0];
  if (!ws) return { rows: [] };
  const rows: SheetData['rows'] = [];
  const problems: SheetError[] = [];
  const header = ws.getRow(1);
  const headerText = (c: number) => cellText(plain(header.getCell(c).value));
  const width = Math.max(header.cellCount, ws.columnCount);
  const hiddenColumns = new Set<number>();
  for (let c = 1; c <= width; c++) if (ws.getColumn(c).hidden) hiddenColumns.add(c);
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      const value = cellOf(cell);
      cells.push(value);
      if (n === 1 || cellText(value) === '' && !cell.isMerged) continue;
      const column = headerText(c) || columnLetter(c - 1);
      if (cell.isMerged && n > 1 && headerText(c)) {
        problems.push({ row: n, column, problem: `是合并单元格（${cell.master.address} 起的合并区域）。`, fix: '取消合并（“合并后居中”再点一次），在每一行都填上自己的值后重新导入。' });
      } else if (hiddenColumns.has(c)) {
        problems.push({ row: n, column, problem: '这一列被隐藏了，但有数据。', fix: '取消隐藏（选中两侧的列，右键“取消隐藏”），确认数据后重新导入；不需要的列请删除。' });
      }
    }
    if (row.hidden && n > 1 && cells.some((c) => cellText(c) !== '')) {
      problems.push({ row: n, column: '', problem: '这一行被隐藏（或被筛选掉）了，导入时看不见的数据不会被导入。', fix: '取消隐藏或清除筛选，确认这一行要导入后重新导入；不要的行请删除。' });
    }
    rows.push({ row: n, cells });
  });
  problems.sort((a, b) => a.row - b.row || Number(a.column !== '') - Number(b.column !== ''));
  const others = visible.filter((w) => w !== ws).map((w) => `“${w.name}”`);
  return { name: ws.name, rows, problems, notes: others.length ? [`只导入了当前工作表“${ws.name}”；其他工作表 ${others.join('、')} 没有读取。`] : [] };
}

/** Writes one sheet: bold frozen header, hints as header notes, non-numeric columns formatted as text. */
export async function writeSheetFile(file: string, kind: SheetKind, sheet: { headers: string[]; rows: Cell[][] }): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(kind.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(sheet.headers);
  for (const r of sheet.rows) ws.addRow(r.map((c) => (c === undefined ? null : c)));
  kind.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    const longest = Math.max(c.header.length, ...sheet.rows.map((r) => cellText(r[i]).length));
    column.width = Math.min(60, Math.max(10, longest * 2 + 2));
    // Text format stops Excel from turning 2024-09-01 into a date serial or 001 into 1.
    if (!c.numeric) column.numFmt = '@';
    const head = ws.getRow(1).getCell(i + 1);
    head.font = { bold: true };
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.readOnly ? 'FFD9D9D9' : 'FFDDEBF7' } };
    if (c.choices && !c.readOnly) {
      // A drop-down of the allowed values for the data rows (the import checks them again anyway).
      const letter = ws.getColumn(i + 1).letter;
      // exceljs 4.4 has range validations at run time but not in its typings.
      (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}2:${letter}${Math.max(1000, sheet.rows.length + 200)}`, {
        type: 'list', allowBlank: true, showErrorMessage: true, formulae: [`"${c.choices.join(',')}"`],
        errorTitle: '值不对', error: `只能写 ${c.choices.join('、')}。`,
      });
    }
    const note = [c.readOnly ? '仅供查看，导入时不读取。' : c.required ? '必填。' : '', c.hint ?? ''].join('');
    if (note) head.note = note;
  });
  await wb.xlsx.writeFile(file);
}

/** `npm run export`: the current content of one kind, or (report) one month, to an .xlsx file. */
export async function exportContent(kindName: SheetKindName, file: string, root: string, month?: string): Promise<string> {
  const kind = SHEET_KINDS[kindName];
  const ctx = readContext(root);
  let record: string | undefined;
  if (kindName === 'report') {
    const months = [...ctx.reports.keys()].sort();
    record = month ?? months.at(-1);
    if (!record) throw new SheetFileError('content/reports/ 中还没有月报。修改方法：写上月份，例如 npm run export -- report 2024-07 月报.xlsx。');
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(record)) throw new SheetFileError(`月份“${record}”格式不对。修改方法：写成“年-月”，例如 2024-07。`);
    if (!ctx.reports.has(record)) {
      // A month without a report yet: start from the scaffold new-report writes (last month's figures).
      const targets = [...ctx.targets].map(([id, t]) => ({ id, qualitative: (t.target as Raw | undefined)?.kind === 'qualitative' }));
      const previous = months.filter((m) => m < record!).at(-1);
      const skeleton = scaffoldReport(record, targets, previous ? (ctx.reports.get(previous) as never) : undefined);
      (ctx.reports as Map<string, Raw>).set(record, skeleton as unknown as Raw);
    }
  }
  const sheet = exportSheet(kind, ctx, record);
  await writeSheetFile(file, kind, sheet);
  return `已导出 ${kind.title}表到 ${file}：${sheet.rows.length} 行${record ? `（${record}）` : ''}。`;
}

/** A blank template: the header row only, with a note on each header saying what to write. */
export async function exportTemplate(kindName: SheetKindName, file: string): Promise<string> {
  const kind = SHEET_KINDS[kindName];
  await writeSheetFile(file, kind, { headers: kind.columns.map((c) => c.header), rows: [] });
  return `已生成空白${kind.title}表模板 ${file}：从第 2 行起每行填写一条记录，表头上的批注说明每列怎么填。`;
}

/** What an import found or did. */
export interface ImportResult {
  ok: boolean;
  /** Chinese error lines, one per problem (第 3 行，“…”列：…). */
  errors: string[];
  /** One line per record: 新增 / 修改（字段：旧 → 新） / 未变. */
  changes: string[];
  /** Files written, relative to content/. */
  written: string[];
  warnings: string[];
}

function failWith(errors: SheetError[] | string[], warnings: string[] = []): ImportResult {
  return { ok: false, errors: errors.map((e) => (typeof e === 'string' ? e : formatSheetError(e))), changes: [], written: [], warnings };
}

/** `npm run import`: reads the sheet, validates every row, writes every changed file or none. */
export async function importSheet(file: string, root: string): Promise<ImportResult> {
  // An import killed half-way is completed (or, killed before its commit point, rolled back) first.
  const recovered = recoverImport(root);
  const fail = (errors: SheetError[] | string[]) => failWith(errors, recovered);
  let sheet: Awaited<ReturnType<typeof readSheetFile>>;
  try {
    sheet = await readSheetFile(file);
  } catch (e) {
    if (e instanceof SheetFileError) return fail([e.message]);
    throw e;
  }
  const kind = detectKind(sheet);
  if ('problem' in kind) return fail([kind]);
  let ctx: SheetContext;
  try {
    ctx = readContext(root);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    return fail([`${e.message.replace(/^✖ /, '')}\n先改正这个文件（npm run validate 列出 content/ 中的全部错误），再导入表格。`]);
  }
  const spec = COLLECTIONS[kind.collection];
  const { candidates, errors } = sheetToRecords(kind, sheet, ctx, spec.schema);
  if (errors.some((e) => e.row === 1)) return fail(errors);
  // Hidden rows and columns and merged cells: what staff see is not what the file holds.
  if (sheet.problems?.length) return fail(sheet.problems);
  // Second lock after the ASCII-id rule: every target resolves inside content/<collection>/.
  for (const c of candidates) {
    try {
      insideContent(root, c.file);
    } catch (e) {
      return fail([(e as Error).message]);
    }
  }

  // Each record on its own, with the same validator as npm run validate (records whose cells could not
  // be read are already reported).
  const rowErrors: SheetError[] = [...errors];
  const badRows = new Set(errors.map((e) => e.row));
  for (const cand of candidates) {
    if (cand.rows.some((r) => badRows.has(r.row))) continue;
    try {
      validateFile(spec, { path: `content/${cand.file}`, text: jsonText(cand.raw) });
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      for (const issue of e.issues) rowErrors.push({ ...locateIssue(kind, cand, issue.field), problem: issue.problem, fix: issue.fix });
    }
  }
  if (rowErrors.length) return fail(rowErrors.sort((a, b) => a.row - b.row));

  // Then the cross-file rules, on a copy of content/ holding the would-be files.
  const changed = candidates.filter((c) => !c.old || !sameJson(c.old, c.raw));
  const tmp = mkdtempSync(join(tmpdir(), 'xqjy-import-'));
  try {
    cpSync(root, tmp, { recursive: true });
    for (const c of changed) {
      const target = insideContent(tmp, c.file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, jsonText(c.raw));
    }
    const shownTmp = relative(process.cwd(), tmp) || tmp;
    const shownRoot = relative(process.cwd(), root) || 'content';
    const unTmp = (s: string) => s.split(shownTmp).join(shownRoot);
    const check = checkContent(tmp);
    const lines: string[] = [];
    const located: SheetError[] = [];
    for (const e of check.errors) {
      const cand = candidates.find((c) => e.file.endsWith(`/${c.file}`));
      for (const issue of e.issues) {
        if (cand) located.push({ ...locateIssue(kind, cand, issue.field), problem: unTmp(issue.problem), fix: unTmp(issue.fix) });
        else lines.push(`${unTmp(e.file)}：${unTmp(issue.problem)}修改方法：${unTmp(issue.fix)}`);
      }
    }
    if (located.length || lines.length) return fail([...located.map(formatSheetError), ...lines]);
    const warnings = [...recovered, ...(sheet.notes ?? []), ...check.warnings.map(unTmp)];
    // All files or none, even when the process is killed half-way (scripts/lib/import-journal.ts).
    commitImport(root, changed.map((c) => ({ file: c.file, text: jsonText(c.raw) })));
    const changes = candidates.map((c: Candidate) => formatChange(c, describeChange(kind, c)));
    return { ok: true, errors: [], changes, written: changed.map((c) => c.file), warnings };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
