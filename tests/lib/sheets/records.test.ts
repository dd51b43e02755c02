import { describe, expect, it } from 'vitest';
import { SHEET_KINDS, type SheetContext } from '../../../src/lib/sheets/kinds.ts';
import { columnLetter, describeChange, detectKind, exportSheet, findColumn, formatChange, formatSheetError, locateIssue, orderLike, sheetToRecords, type SheetData } from '../../../src/lib/sheets/records.ts';
import { kindergartenSchema } from '../../../src/schemas/kindergarten.ts';

describe('headers and kinds', () => {
  const fees = SHEET_KINDS.fees;
  it.each([['A', 0], ['Z', 25], ['AA', 26], ['AZ', 51]])('column %s', (l, i) => expect(columnLetter(i)).toBe(l));
  it.each([
    ['保教费（元/月）', '保教费（元/月）'], ['保教费(元/月)', '保教费（元/月）'], ['保教费', '保教费（元/月）'], ['核定收费上限', '核定收费上限（元/月）'], ['备注', undefined],
  ])('findColumn(fees, %j)', (h, c) => expect(findColumn(fees, h)?.header).toBe(c));
  const sheet = (header: string[], name?: string): SheetData => ({ name, rows: [{ row: 1, cells: header }] });
  it.each([
    [SHEET_KINDS.kindergartens.columns.map((c) => c.header), undefined, 'kindergartens'],
    [SHEET_KINDS.fees.columns.map((c) => c.header), undefined, 'fees'],
    [SHEET_KINDS.report.columns.map((c) => c.header), undefined, 'report'],
    [SHEET_KINDS.targets.columns.map((c) => c.header), undefined, 'targets'],
    [['网址名（文件名）', '保教费'], '收费', 'fees'],
  ])('detectKind %#', (h, name, kind) => expect((detectKind(sheet(h, name)) as { name: string }).name).toBe(kind));
  it('error messages name the row and the column', () => {
    expect(formatSheetError({ row: 3, column: '保教费（元/月）', problem: '应为数字。', fix: '只写数字。' })).toBe('第 3 行，“保教费（元/月）”列：应为数字。修改方法：只写数字。');
    expect(formatSheetError({ row: 1, column: '', problem: '空。', fix: '填。' })).toBe('第 1 行（表头）：空。修改方法：填。');
  });
});

describe('rows ↔ records', () => {
  const kg = {
    name: '示例园', type: '民办', street: '示例街', classes: { 小班: 1 }, capacity: 25, enrolled: 20,
    fees: { tuition: [{ level: '小班', amount: 900 }, { level: '全部', amount: 800 }], meals: { amount: 10, unit: '元/天' }, basis: { docNumber: 'X1号', effectiveOn: '2024-01-01' }, history: [{ effectiveOn: '2023-01-01' }] },
    licence: '已取得', asOf: '2024-09-01',
  };
  const ctx: SheetContext = { kindergartens: new Map([['a', kg]]), reports: new Map(), targets: new Map(), tasks: new Map() };
  const exported = exportSheet(SHEET_KINDS.fees, ctx);
  const asSheet = (rows: unknown[][]): SheetData => ({ rows: [exported.headers, ...rows].map((cells, i) => ({ row: i + 1, cells: cells as never })) });

  it('exports one row per record with the fields the sheet carries', () => {
    expect(exported.rows).toEqual([['a', '示例园', '民办', 800, 900, '', '', '', 10, '元/天', 'X1号', '2024-01-01', '', '否']]);
  });

  it('an unchanged row keeps the record as it is (tuition order, history)', () => {
    const r = sheetToRecords(SHEET_KINDS.fees, asSheet(exported.rows), ctx);
    expect(r.errors).toEqual([]);
    expect(r.candidates[0]!.raw).toEqual(kg);
    expect(formatChange(r.candidates[0]!, describeChange(SHEET_KINDS.fees, r.candidates[0]!))).toBe('未变 kindergartens/a.json');
  });

  it('a changed cell is listed with old and new value', () => {
    const row = [...exported.rows[0]!];
    row[8] = 12;
    row[12] = 900;
    const r = sheetToRecords(SHEET_KINDS.fees, asSheet([row]), ctx);
    expect(describeChange(SHEET_KINDS.fees, r.candidates[0]!)).toEqual({ status: '修改', changes: ['伙食费·金额（元）：10 → 12', '核定收费上限（元/月）：（空） → 900'] });
  });

  it.each([
    ['every fee cell empty: nothing published, never 0', ['a', '示例园', '民办', '', '', '', '', '', '', '', '', '', ''], { history: [{ effectiveOn: '2023-01-01' }] }],
    ['only the meal fee', ['a', '示例园', '民办', '', '', '', '', '', 8, '元/天', '', '', ''], { meals: { amount: 8, unit: '元/天' }, history: [{ effectiveOn: '2023-01-01' }] }],
  ])('empty fee cells are 未公布: %s', (_n, row, fees) => {
    const r = sheetToRecords(SHEET_KINDS.fees, asSheet([row]), ctx);
    expect(r.errors).toEqual([]);
    expect((r.candidates[0]!.raw as { fees: unknown }).fees).toEqual(fees);
  });

  it('an unpublished fee exports as empty cells', () => {
    const none = { ...kg, fees: { history: [] } };
    const out = exportSheet(SHEET_KINDS.fees, { ...ctx, kindergartens: new Map([['a', none]]) });
    expect(out.rows).toEqual([['a', '示例园', '民办', '', '', '', '', '', '', '', '', '', '', '否']]);
  });

  it('validator paths map back to the column', () => {
    const r = sheetToRecords(SHEET_KINDS.fees, asSheet(exported.rows), ctx);
    const c = r.candidates[0]!;
    expect(locateIssue(SHEET_KINDS.fees, c, 'fees.tuition[0].amount')).toEqual({ row: 2, column: '保教费·小班（元/月）' });
    expect(locateIssue(SHEET_KINDS.fees, c, 'fees.tuition[1].level')).toEqual({ row: 2, column: '保教费（元/月）' });
    expect(locateIssue(SHEET_KINDS.fees, c, 'fees.meals.unit')).toEqual({ row: 2, column: '伙食费·单位（元/天 或 元/月）' });
    expect(locateIssue(SHEET_KINDS.fees, c, 'sample')).toEqual({ row: 2, column: '示例数据标记（是/否）' });
    expect(locateIssue(SHEET_KINDS.fees, c, 'name')).toEqual({ row: 2, column: '' });
  });

  it('orders new records like the schema', () => {
    expect(Object.keys(orderLike({ asOf: '', fees: { basis: 1, tuition: 2 }, name: '', extra: 1 }, kindergartenSchema) as object)).toEqual(['name', 'fees', 'asOf', 'extra']);
  });
});
