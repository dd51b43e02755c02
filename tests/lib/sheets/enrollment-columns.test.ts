// The kindergarten sheet's 招生 columns: export, an unchanged round trip, blank cells leaving the block out.
import { describe, expect, it } from 'vitest';
import { SHEET_KINDS, type SheetContext } from '../../../src/lib/sheets/kinds.ts';
import { describeChange, exportSheet, locateIssue, sheetToRecords, type SheetData } from '../../../src/lib/sheets/records.ts';

const KG = SHEET_KINDS.kindergartens;
const ENROLLMENT_HEADERS = ['招生·招生范围', '招生计划·托班（人）', '招生计划·小班（人）', '招生计划·中班（人）', '招生计划·大班（人）', '招生计划·混龄（人）', '招生·在园时间', '招生·说明'];

const base = {
  name: '示例园', type: '民办', street: '示例街', classes: { 小班: 1 }, capacity: 25, enrolled: 20,
  fees: { tuition: [{ level: '全部', amount: 800 }], meals: { amount: 10, unit: '元/天' }, basis: { docNumber: 'X1号', effectiveOn: '2024-01-01' } },
  licence: '已取得', phone: '',
};
const withBlock = { ...base, enrollment: { catchment: '示例街全部小区', plan: { 小班: 25 }, hours: '周一至周五 7:30–17:30' }, asOf: '2024-09-01' };
const without = { ...base, asOf: '2024-09-01' };

function sheetOf(records: Record<string, Record<string, unknown>>) {
  const ctx: SheetContext = { kindergartens: new Map(Object.entries(records)), reports: new Map(), targets: new Map(), tasks: new Map() };
  const exported = exportSheet(KG, ctx);
  const col = (h: string) => exported.headers.indexOf(h);
  const asSheet = (rows: unknown[][]): SheetData => ({ rows: [exported.headers, ...rows].map((cells, i) => ({ row: i + 1, cells: cells as never })) });
  return { ctx, exported, col, asSheet };
}

describe('kindergarten sheet: 招生 columns', () => {
  it('come after the phone, in class order', () => {
    const headers = KG.columns.map((c) => c.header);
    const at = headers.indexOf('联系电话');
    expect(headers.slice(at + 1, at + 1 + ENROLLMENT_HEADERS.length)).toEqual(ENROLLMENT_HEADERS);
  });

  it('export the block, blank where nothing is written', () => {
    const { exported, col } = sheetOf({ a: withBlock, b: without });
    const [a, b] = exported.rows;
    expect(ENROLLMENT_HEADERS.map((h) => a![col(h)])).toEqual(['示例街全部小区', '', 25, '', '', '', '周一至周五 7:30–17:30', '']);
    expect(ENROLLMENT_HEADERS.map((h) => b![col(h)])).toEqual(['', '', '', '', '', '', '', '']);
  });

  it('an unchanged sheet keeps both records as they are (no empty block added)', () => {
    const { exported, asSheet, ctx } = sheetOf({ a: withBlock, b: without });
    const r = sheetToRecords(KG, asSheet(exported.rows), ctx);
    expect(r.errors).toEqual([]);
    expect(r.candidates.map((c) => c.raw)).toEqual([withBlock, without]);
  });

  it('filled cells create the block; a bad number names its column', () => {
    const { exported, asSheet, ctx, col } = sheetOf({ b: without });
    const row = [...exported.rows[0]!];
    row[col('招生计划·小班（人）')] = 20;
    row[col('招生·说明')] = '额满为止';
    const r = sheetToRecords(KG, asSheet([row]), ctx);
    const c = r.candidates[0]!;
    expect(c.raw).toMatchObject({ enrollment: { plan: { 小班: 20 }, note: '额满为止' } });
    expect(describeChange(KG, c)).toEqual({ status: '修改', changes: ['招生计划·小班（人）：（空） → 20', '招生·说明：（空） → 额满为止'] });
    expect(locateIssue(KG, c, 'enrollment.plan.小班')).toEqual({ row: 2, column: '招生计划·小班（人）' });

    row[col('招生计划·小班（人）')] = '20人';
    expect(sheetToRecords(KG, asSheet([row]), ctx).errors.map((e) => e.column)).toEqual(['招生计划·小班（人）']);
  });
});
