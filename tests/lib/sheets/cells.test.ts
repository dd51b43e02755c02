import { describe, expect, it } from 'vitest';
import {
  blank, cellBool, cellDate, cellList, cellMonth, cellNumber, cellText, fieldKey, getAt, headerBase, isBlank, isoDay, normalizeHeader, numberFromText, Percent, percentFromText,
  sameJson, setAt,
} from '../../../src/lib/sheets/cells.ts';
import { jsonText } from '../../../src/lib/sheets/records.ts';

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

describe('cells at the edges', () => {
  it.each([
    [new Date(Date.UTC(2024, 8, 1)), '2024-09-01'],
    [new Date(Date.UTC(2024, 1, 29, 23, 59)), '2024-02-29'],
    [new Date(Date.UTC(1999, 11, 31)), '1999-12-31'],
  ])('isoDay(%s) = %s', (d, want) => expect(isoDay(d)).toBe(want));

  it.each([
    [null, true], [undefined, true], ['', true], [' \n ', true], [new Date(Number.NaN), true],
    [0, false], [false, false], ['否', false], [new Percent(0, '0%'), false], ['　甲', false],
  ])('isBlank(%j) = %j', (c, want) => expect(isBlank(c)).toBe(want));

  it.each([
    ['450', 450], ['-3', -3], ['+7', 7], ['0.5', 0.5], ['１２３', 123], ['1,234', 1234], ['12,345,678.9', 12345678.9], [' 4 5 0 ', 450],
    ['', undefined], ['.5', undefined], ['5.', undefined], ['1,5', undefined], ['1,2345', undefined], ['12,34,567', undefined], ['四百五十', undefined], ['450元', undefined], ['1e3', undefined],
  ])('numberFromText(%j) = %j', (t, want) => expect(numberFromText(t)).toBe(want));

  it.each([
    ['85%', 85, '85%'], ['８５％', 85, '85%'], [' 12.5 % ', 12.5, '12.5%'], ['-3%', -3, '-3%'], ['1,200%', 1200, '1,200%'],
  ])('percentFromText(%j) = %d', (t, n, text) => expect(percentFromText(t)).toEqual(new Percent(n, text)));
  it.each([['85'], ['%'], ['百分之85'], ['85%%'], ['']])('percentFromText(%j) is no percentage', (t) => expect(percentFromText(t)).toBeUndefined());

  it.each([
    [Number.POSITIVE_INFINITY, false, { problem: '应为数字，收到 Infinity。', fix: '写一个普通大小的数字。' }],
    ['abc', true, { problem: '应为数字，收到“abc”。', fix: '只写数字，不写单位、逗号或文字，例如 6。' }],
    [new Percent(85, '85%'), true, { problem: '收到百分数“85%”，但这一列不是以 % 为单位的数。', fix: '写成普通数字：把单元格格式改为“常规”或“数值”后重新输入，例如 450；目标的单位是 % 时才能写百分数。' }],
    [0, true, 0],
    ['-0', false, -0],
  ])('cellNumber(%j, integer %j) at the edges', (c, int, out) => expect(cellNumber(c, int)).toEqual(out));

  it.each([
    // Excel serials outside 29952–79992 (1982-01-01 to 2119-01-03) are no dates.
    [29951, { problem: '应为日期，收到数字 29951。', fix: '写成“年-月-日”，例如 2024-09-01。' }],
    [29952, '1982-01-01'], [79992, '2119-01-03'],
    [79993, { problem: '应为日期，收到数字 79993。', fix: '写成“年-月-日”，例如 2024-09-01。' }],
    [45536.5, { problem: '应为日期，收到数字 45536.5。', fix: '写成“年-月-日”，例如 2024-09-01。' }],
    ['2024年9月1号', '2024-09-01'], [null, ''], ['', ''], [new Date(Number.NaN), ''],
  ])('cellDate(%j) at the edges', (c, out) => expect(cellDate(c)).toEqual(out));

  it.each([
    ['2024年7', '2024-07'], ['2024-07-01', '2024-07'], ['2024-07-15', '2024-07-15'], ['', ''], [null, ''],
  ])('cellMonth(%j) at the edges', (c, out) => expect(cellMonth(c)).toBe(out));

  it.each([
    ['√', true], ['×', false], ['1', true], ['0', false], [1, true], [0, false], ['yes', true], ['no', false], [null, undefined],
    ['是的', { problem: '只能写“是”或“否”，收到“是的”。', fix: '写 是 或 否。' }],
  ])('cellBool(%j) at the edges', (c, out) => expect(cellBool(c)).toEqual(out));

  it.each([
    [null, []], ['；；', []], [' 甲 ; 乙 ；丙\n', ['甲', '乙', '丙']], [17, ['17']],
  ])('cellList(%j) at the edges', (c, out) => expect(cellList(c)).toEqual(out));

  it.each([
    [1, 1, true], ['1', 1, false], [null, undefined, false], [null, null, true], [[1, 2], [2, 1], false], [[], {}, false], [{ a: [] }, { a: [] }, true],
    [{ a: 1 }, { b: 1 }, false],
  ])('sameJson(%j, %j) = %j', (a, b, want) => expect(sameJson(a, b)).toBe(want));

  it.each([
    [{ a: { b: 1 } }, ['a', 'b'], 1],
    [{ a: { b: 1 } }, ['a', 'c'], undefined],
    [{ a: null }, ['a', 'b'], undefined],
    [{ a: '文字' }, ['a', 'length'], undefined],
    [{ a: [10, 20] }, ['a', '1'], 20],
    [{ a: 1 }, [], { a: 1 }],
    [undefined, ['a'], undefined],
  ])('getAt(%j, %j) = %j', (raw, path, want) => expect(getAt(raw, path)).toEqual(want));

  it('setAt refuses an empty path, replaces a non-object on the way, and deleting under a missing parent creates nothing', () => {
    expect(() => setAt({}, [], 1)).toThrow('setAt: 字段路径为空');
    const raw: Record<string, unknown> = { fees: 450, list: [1] };
    setAt(raw, ['fees', 'cap'], 400);
    setAt(raw, ['list', 'x'], 1);
    setAt(raw, ['missing', 'deep', 'x'], undefined);
    expect(raw).toEqual({ fees: { cap: 400 }, list: { x: 1 } });
  });

  it.each([
    ['fees.tuition[0].amount', 'fees.tuition.amount'], ['history[12].before[3].level', 'history.before.level'], ['name', 'name'], ['', ''],
  ])('fieldKey(%s) = %s', (p, want) => expect(fieldKey(p)).toBe(want));

  it('blank names the header to fill', () => {
    expect(blank('全称')).toEqual({ problem: '不能为空。', fix: '填写“全称”。' });
  });
});
