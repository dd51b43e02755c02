/**
 * The four staff spreadsheets: kindergartens (directory and fees), fees only, a monthly report, targets; each kind
 * in its own file, the shared types and header helpers in kind.ts. Pure.
 */
import { fees } from './fees.ts';
import type { SheetKind, SheetKindName } from './kind.ts';
import { kindergartens } from './kindergartens.ts';
import { report } from './report.ts';
import { targets } from './targets.ts';

export { SHEET_KIND_NAMES, type SheetColumn, type SheetContext, type SheetKind, type SheetKindName } from './kind.ts';

/** Every sheet kind by name. */
export const SHEET_KINDS: Record<SheetKindName, SheetKind> = { kindergartens, fees, report, targets };
