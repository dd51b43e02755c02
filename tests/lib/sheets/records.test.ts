import { describe, expect, it } from 'vitest';
import { cellBool, cellDate, cellList, cellMonth, cellNumber, cellText, headerBase, normalizeHeader, Percent, sameJson, setAt } from '../../../src/lib/sheets/cells.ts';
import { SHEET_KINDS, type SheetContext } from '../../../src/lib/sheets/kinds.ts';
import { tuitionHeader } from '../../../src/lib/sheets/kindergartens.ts';
import { formatBreakdown, parseBreakdown } from '../../../src/lib/sheets/report.ts';
import { columnLetter, describeChange, detectKind, exportSheet, findColumn, formatChange, formatSheetError, jsonText, locateIssue, orderLike, sheetToRecords, type SheetData } from '../../../src/lib/sheets/records.ts';
import { kindergartenSchema } from '../../../src/schemas/kindergarten.ts';

describe('cells', () => {
  it.each([
    [null, ''], [undefined, ''], ['  甲 ', '甲'], [450, '450'], [true, '是'], [false, '否'], [new Date(Date.UTC(2024, 8, 1)), '2024-09-01'],
  ])('cellText(%j) → %j', (c, t) => expect(cellText(c)).toBe(t));

  it.each([
    [450, false, 450], ['450', false, 450], ['16.5', false, 16.5], ['', false, undefined], [' ', true, undefined],
    ['450元', false, { problem: '应为数字，收到“450元”。', fix: '只写数字，不写单位、逗号或文字，例如 450。' }],
    // Numbers stored as text, full-width digits, thousands separators in groups of three.
    ['9,900', false, 9900], ['１２３４', true, 1234], ['1，234.5', false, 1234.5], [' 1 200 ', false, 1200], ['+7', true, 7],
    ['1,5', false, { problem: '应为数字，收到“1,5”。', fix: '只写数字，不写单位、逗号或文字，例如 450。' }],
    ['1.234.5', false, { problem: '应为数字，收到“1.234.5”。', fix: '只写数字，不写单位、逗号或文字，例如 450。' }],
    [2.5, true, { problem: '应为整数，收到 2.5。', fix: '写整数，例如 6。' }],
    ['2.5', true, { problem: '应为整数，收到“2.5”。', fix: '写整数，例如 6。' }],
    // A percentage where the unit is not %: refused, never read as 0.85.
    [new Percent(85, '85%'), false, { problem: '收到百分数“85%”，但这一列不是以 % 为单位的数。', fix: '写成普通数字：把单元格格式改为“常规”或“数值”后重新输入，例如 450；目标的单位是 % 时才能写百分数。' }],
    ['85%', false, { problem: '收到百分数“85%”，但这一列不是以 % 为单位的数。', fix: '写成普通数字：把单元格格式改为“常规”或“数值”后重新输入，例如 450；目标的单位是 % 时才能写百分数。' }],
    [new Date(Date.UTC(2024, 8, 1)), false, { problem: '应为数字，收到日期“2024-09-01”。', fix: '把单元格格式改为“常规”或“数值”后重新输入数字。' }],
  ])('cellNumber(%j, integer %j)', (c, int, out) => expect(cellNumber(c, int)).toEqual(out));

  it.each([
    [new Percent(85, '85%'), 85], ['85%', 85], ['８５％', 85], ['85.5 %', 85.5], [new Percent(12.5, '12.5%'), 12.5], [85, 85], ['85', 85],
    ['85%%', { problem: '应为数字，收到“85%%”。', fix: '只写数字，不写单位、逗号或文字，例如 450。' }],
  ])('cellNumber(%j) where the unit is %', (c, out) => expect(cellNumber(c, false, true)).toEqual(out));

  it.each([
    [new Date(Date.UTC(2024, 8, 1)), '2024-09-01'], [45536, '2024-09-01'], ['2024-09-01', '2024-09-01'], ['2024-9-1', '2024-09-01'],
    ['2024/9/1', '2024-09-01'], ['2024/10/1', '2024-10-01'], ['2024.9.1', '2024-09-01'], ['2024年9月1日', '2024-09-01'], ['２０２４年９月１日', '2024-09-01'],
    ['2024 年 9 月 1 日', '2024-09-01'], ['2019-02-30', '2019-02-30'], ['下月初', '下月初'],
    ['9/1/2024', { problem: '看不出“9/1/2024”是哪年哪月哪日。', fix: '写成“年-月-日”，四位年份在前，例如 2024-09-01（Excel 中写 2024/9/1 也可以）。' }],
    ['24/9/1', { problem: '看不出“24/9/1”是哪年哪月哪日。', fix: '写成“年-月-日”，四位年份在前，例如 2024-09-01（Excel 中写 2024/9/1 也可以）。' }],
    [2024, { problem: '应为日期，收到数字 2024。', fix: '写成“年-月-日”，例如 2024-09-01。' }],
  ])('cellDate(%j)', (c, out) => expect(cellDate(c)).toEqual(out));

  it.each([
    ['2024-07', '2024-07'], ['2024-7', '2024-07'], ['2024/7', '2024-07'], ['2024年7月', '2024-07'], [new Date(Date.UTC(2024, 6, 1)), '2024-07'], ['2024/7/1', '2024-07'], ['七月', '七月'],
  ])('cellMonth(%j)', (c, out) => expect(cellMonth(c)).toBe(out));

  it.each([
    ['是', true], ['否', false], [true, true], ['TRUE', true], ['', undefined],
    ['对', { problem: '只能写“是”或“否”，收到“对”。', fix: '写 是 或 否。' }],
  ])('cellBool(%j)', (c, out) => expect(cellBool(c)).toEqual(out));

  it.each([
    ['包钢十七园；十七园', ['包钢十七园', '十七园']], ['各责任单位、部门', ['各责任单位、部门']], ['a;b\nc', ['a', 'b', 'c']], ['', []],
  ])('cellList(%j)', (c, out) => expect(cellList(c)).toEqual(out));

  it.each([
    ['保教费（元/月）', '保教费(元/月)', '保教费'], [' 全称 ', '全称', '全称'], ['保教费·小班(元/月)', '保教费·小班(元/月)', '保教费·小班'],
  ])('header %j', (h, n, b) => {
    expect(normalizeHeader(h)).toBe(n);
    expect(headerBase(h)).toBe(b);
  });

  it('setAt leaves equal values (and their key position) alone, creates and deletes', () => {
    const raw: Record<string, unknown> = { a: { x: [1] }, b: 2 };
    setAt(raw, ['a', 'x'], [1]);
    setAt(raw, ['c', 'd'], 3);
    setAt(raw, ['b'], undefined);
    setAt(raw, ['e', 'f'], undefined);
    expect(jsonText(raw)).toBe('{\n  "a": {\n    "x": [\n      1\n    ]\n  },\n  "c": {\n    "d": 3\n  }\n}\n');
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  });
});

describe('breakdown cells', () => {
  it.each([
    ['准入 4；整改 7；取缔 5', { 准入: 4, 整改: 7, 取缔: 5 }], ['准入：4、整改:7', { 准入: 4, 整改: 7 }],
    ['准入四', { problem: '“准入四”看不懂。', fix: '写成“类别 数字”，多项用“；”分隔，例如 准入 4；整改 7；取缔 5。' }],
  ])('parseBreakdown(%j)', (t, out) => expect(parseBreakdown(t)).toEqual(out));
  it('formats back', () => expect(formatBreakdown({ 准入: 4, 整改: 7 })).toBe('准入 4；整改 7'));
});

describe('headers and kinds', () => {
  const fees = SHEET_KINDS.fees;
  it.each([['A', 0], ['Z', 25], ['AA', 26], ['AZ', 51]])('column %s', (l, i) => expect(columnLetter(i)).toBe(l));
  it.each([
    ['保教费（元/月）', '保教费（元/月）'], ['保教费(元/月)', '保教费（元/月）'], ['保教费', '保教费（元/月）'], ['核定收费上限', '核定收费上限（元/月）'], ['备注', undefined],
  ])('findColumn(fees, %j)', (h, c) => expect(findColumn(fees, h)?.header).toBe(c));
  it('tuition headers per level', () => {
    expect([tuitionHeader('全部'), tuitionHeader('小班')]).toEqual(['保教费（元/月）', '保教费·小班（元/月）']);
  });
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
