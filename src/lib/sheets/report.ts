/**
 * The 月报 spreadsheet: one monthly report, one row per target. Pure.
 */
import { blank, cellBool, cellMonth, cellNumber, cellText, Percent, percentFromText, getAt, isBlank, LIST_SEPARATOR, setAt, type Cell, type CellProblem, type RowCells } from './cells.ts';
import { col } from './columns.ts';
import { unit, tl, rl, VIEW, type SheetColumn, type SheetKind } from './kind.ts';
import { TARGET_ID, isPercentUnit, orderedTargets } from './targets.ts';

const MONTH = unit(rl('month'), '年-月');
const AS_OF = unit(rl('asOf'), '年-月-日');
const REPORT_SAMPLE = unit(rl('sample'), '是/否');
const rowTarget = (row?: RowCells) => cellText(row?.get(TARGET_ID));

/** “准入 4、整改 7” ↔ {准入: 4, 整改: 7}. */
export function parseBreakdown(text: string): Record<string, number> | CellProblem {
  const out: Record<string, number> = {};
  for (const part of text.split(/[、；;,，\n]/).map((s) => s.trim()).filter(Boolean)) {
    // The count is the number at the end, read whole (a sign or a decimal part included) so that 4.5 or -1 is
    // refused rather than cut into a name “准入 4.” and a count 5.
    const [, rawName, n] = /^(.+?)[\s:：]*(-?\d+(?:\.\d+)?)$/.exec(part) ?? [];
    const name = rawName?.trim();
    if (!name || n === undefined) return { problem: `“${part}”看不懂。`, fix: '写成“类别 数字”，多项用“；”分隔，例如 准入 4；整改 7；取缔 5。' };
    if (!/^\d+$/.test(n)) return { problem: `“${part}”中的数量 ${n} 不是 0 或正整数。`, fix: '分类统计数是所数或个数，只写 0 或正整数，例如 准入 4。' };
    if (name in out) return { problem: `类别“${name}”写了两次。`, fix: '每个类别只写一次，写到本月为止的累计数。' };
    out[name] = Number(n);
  }
  return out;
}

/** {准入: 4, 整改: 7} → “准入 4、整改 7”. */
export function formatBreakdown(b: Record<string, number> | undefined): string {
  return b ? Object.entries(b).map(([k, v]) => `${k} ${v}`).join(LIST_SEPARATOR) : '';
}

const reportColumns: SheetColumn[] = [
  {
    ...col.text(MONTH, ['month'], { required: true, hint: '例如 2024-06；同一个月的行写同一个月份。' }), owns: (p) => p === 'month',
    write: (draft, cell) => {
      const m = cellMonth(cell);
      if (m === '') return blank(MONTH);
      setAt(draft, ['month'], m);
      return undefined;
    },
  },
  { ...col.date(AS_OF, ['asOf'], { required: true, hint: '该月内的日期，例如 2024-06-30。' }), owns: (p) => p === 'asOf' },
  { ...col.bool(REPORT_SAMPLE, ['sample'], { hint: '这个月的数字不是官方数据时写“是”（网页上显示“示例数据”提示）；同一个月的行写同一个值。' }), owns: (p) => p === 'sample' },
  {
    header: TARGET_ID, field: 'values', required: true, hint: 'content/targets/ 中的文件名，不要改。',
    read: (_raw, row) => rowTarget(row), write: () => undefined,
    owns: () => false,
  },
  { header: unit(tl('title'), VIEW), field: 'title', readOnly: true, read: () => '', write: () => undefined },
  { header: unit(tl('unit'), VIEW), field: 'unit', readOnly: true, read: () => '', write: () => undefined },
  {
    header: unit(rl('values'), '累计数；定性目标写 是/否'), field: 'values', numeric: true,
    hint: '截至统计截止日期的累计完成数，只写数字；定性目标写“是”（已完成）或“否”。留空：沿用上一次月报。',
    read: (raw, row) => {
      const v = getAt(raw, ['values', rowTarget(row)]);
      return typeof v === 'boolean' ? (v ? '是' : '否') : typeof v === 'number' ? v : '';
    },
    write: (draft, cell, row, ctx) => {
      const id = rowTarget(row);
      if (isBlank(cell)) {
        setAt(draft, ['values', id], undefined);
        return undefined;
      }
      const target = ctx?.targets.get(id);
      const targetUnit = getAt(target, ['unit']);
      const percent = cell instanceof Percent ? cell : typeof cell === 'string' ? percentFromText(cell) : undefined;
      // An unknown target is reported by the cross-file rules; its unit is unknown, so 85% is taken as shown.
      if (percent && target && !isPercentUnit(targetUnit)) {
        return {
          problem: `收到百分数“${percent.text}”，但目标“${id}”的单位是${typeof targetUnit === 'string' && targetUnit ? `“${targetUnit}”` : '空的'}，不是 %。`,
          fix: `写以“${typeof targetUnit === 'string' && targetUnit ? targetUnit : '目标单位'}”计的累计数：把单元格格式改为“常规”后重新输入数字；目标本身以 % 计时，先把目标的单位改为 %。`,
        };
      }
      const n = cellNumber(cell, false, !target || isPercentUnit(targetUnit));
      const b = typeof n === 'number' ? n : cellBool(cell);
      if (typeof b === 'number' || typeof b === 'boolean') {
        setAt(draft, ['values', id], b);
        return undefined;
      }
      return { problem: `应为数字或“是/否”，收到“${cellText(cell)}”。`, fix: '数字目标只写数字（不写单位），定性目标写“是”或“否”。' };
    },
    owns: (p, _d, row) => p === `values.${rowTarget(row)}` || p.startsWith(`values.${rowTarget(row)}.`),
  },
  {
    header: rl('notes'), field: 'notes',
    read: (raw, row) => (getAt(raw, ['notes', rowTarget(row)]) as string | undefined) ?? '',
    write: (draft, cell, row) => {
      setAt(draft, ['notes', rowTarget(row)], cellText(cell) || undefined);
      return undefined;
    },
    owns: (p, _d, row) => p.startsWith(`notes.${rowTarget(row)}`),
  },
  {
    header: unit(rl('breakdown'), '如 准入 4；整改 7'), field: 'breakdown',
    read: (raw, row) => formatBreakdown(getAt(raw, ['breakdown', rowTarget(row)]) as Record<string, number> | undefined),
    write: (draft, cell, row) => {
      const t = cellText(cell);
      const b = t ? parseBreakdown(t) : undefined;
      if (b && 'problem' in b) return b as CellProblem;
      setAt(draft, ['breakdown', rowTarget(row)], b);
      return undefined;
    },
    owns: (p, _d, row) => p.startsWith(`breakdown.${rowTarget(row)}`),
  },
];

/** The 月报 sheet: one monthly report, one row per target. */
export const report: SheetKind = {
  name: 'report',
  title: '月报',
  collection: 'reports',
  idHeader: MONTH,
  creates: true,
  idOf: cellMonth,
  multiRow: { keyHeader: TARGET_ID, recordHeaders: [MONTH, AS_OF, REPORT_SAMPLE] },
  columns: reportColumns,
  exportRows: (ctx, month) => {
    const raw = ctx.reports.get(month ?? '') ?? { month: month ?? '', asOf: '' };
    return orderedTargets(ctx).map(([id, t]) => ({
      id: month ?? '',
      raw,
      row: new Map<string, Cell>([[TARGET_ID, id], [unit(tl('title'), VIEW), String(t.title ?? '')], [unit(tl('unit'), VIEW), String(t.unit ?? '')]]),
    }));
  },
  blank: (id) => ({ month: id, asOf: '', values: {} }),
};

