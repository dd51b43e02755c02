/**
 * What every staff spreadsheet shares: the kinds' names and types, and the header helpers (column headers come
 * from the schemas' Chinese labels plus the unit). Pure.
 */
import { kindergartenLabels as KL } from '../../schemas/kindergarten.ts';
import { reportLabels as RL } from '../../schemas/report.ts';
import { targetLabels as TL } from '../../schemas/target.ts';
import type { Cell, CellProblem, Column, Raw, RowCells } from './cells.ts';

/** Names of the sheets `npm run export` writes. */
export const SHEET_KIND_NAMES = ['kindergartens', 'fees', 'report', 'targets'] as const;
/** A sheet kind name. */
export type SheetKindName = (typeof SHEET_KIND_NAMES)[number];

/** Raw content the export reads and the import merges onto, keyed by id (file name without extension). */
export interface SheetContext {
  kindergartens: ReadonlyMap<string, Raw>;
  reports: ReadonlyMap<string, Raw>;
  targets: ReadonlyMap<string, Raw>;
  tasks: ReadonlyMap<string, Raw>;
}

/** A report-row or record-row column: its reading may depend on the row (the target of a report row). */
export interface SheetColumn extends Column {
  read(raw: Raw, row?: RowCells): Cell;
  /** As Column.write; `ctx` is the content merged onto (a report value needs its target's unit). */
  write(draft: Raw, cell: Cell, row: RowCells, ctx?: SheetContext): CellProblem | undefined;
  owns?(path: string, draft: Raw, row?: RowCells): boolean;
}

/** How one kind of sheet maps to content files. */
export interface SheetKind {
  name: SheetKindName;
  /** Worksheet name and the Chinese name of the sheet in messages. */
  title: string;
  /** Collection folder under content/ the records are files of. */
  collection: 'kindergartens' | 'reports' | 'targets';
  /** Header of the column naming the file a row belongs to. */
  idHeader: string;
  /** The id a cell of the id column names (default: its text). */
  idOf?(cell: Cell): string;
  columns: SheetColumn[];
  /** True when a row may create a file that does not exist yet. */
  creates: boolean;
  /** Several rows make one record (a monthly report: one row per target). */
  multiRow?: { keyHeader: string; recordHeaders: string[] };
  /** Rows of the current content, in display order (`record` picks one record, e.g. a report month). */
  exportRows(ctx: SheetContext, record?: string): { id: string; raw: Raw; row: RowCells }[];
  /** Fields built from several cells at once (保教费 by level, the target figure), after every column wrote. */
  finish?(draft: Raw, row: RowCells, present: ReadonlySet<string>): CellProblem & { header: string } | undefined;
  /** Record for a new id before any cell is written (fixes the key order of new files). */
  blank(id: string, row: RowCells): Raw;
  /**
   * A problem when a row names an existing id but describes another record (a “new” kindergarten given an
   * id already in use would silently overwrite that kindergarten).
   */
  otherRecord?(id: string, old: Raw, draft: Raw): (CellProblem & { header: string }) | undefined;
}

export const unit = (label: string, u: string) => `${label}（${u}）`;
/** The Chinese label of a field path (src/schemas/); a path without one is a programming error, thrown when the module loads. */
function labelIn(labels: Readonly<Record<string, string>>, path: string): string {
  const label = labels[path];
  if (label === undefined) throw new Error(`字段 ${path} 没有中文标签（src/schemas/ 的 labels）`);
  return label;
}
export const kl = (path: string) => labelIn(KL, path);
export const tl = (path: string) => labelIn(TL, path);
export const rl = (path: string) => labelIn(RL, path);


/** Header of the column naming a kindergarten's file. */
export const ID_HEADER = '网址名（文件名）';
/** Marks a column that is shown but never imported. */
export const VIEW = '仅供查看';

/** The column naming the file a row belongs to: never written into the record. */
export const idColumn = (hint: string): SheetColumn => ({
  header: ID_HEADER,
  field: '（文件名）',
  required: true,
  hint,
  read: () => '',
  write: () => undefined,
  owns: (path) => path === '（文件名）',
});
