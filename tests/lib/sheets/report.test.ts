import { describe, expect, it } from 'vitest';
import { formatBreakdown, parseBreakdown } from '../../../src/lib/sheets/report.ts';

describe('breakdown cells', () => {
  it.each([
    ['准入 4；整改 7；取缔 5', { 准入: 4, 整改: 7, 取缔: 5 }], ['准入：4、整改:7', { 准入: 4, 整改: 7 }],
    ['准入四', { problem: '“准入四”看不懂。', fix: '写成“类别 数字”，多项用“；”分隔，例如 准入 4；整改 7；取缔 5。' }],
  ])('parseBreakdown(%j)', (t, out) => expect(parseBreakdown(t)).toEqual(out));
  it('formats back', () => expect(formatBreakdown({ 准入: 4, 整改: 7 })).toBe('准入 4；整改 7'));
});

describe('breakdown cells at the edges', () => {
  it.each([
    ['', {}],
    ['  ；；', {}],
    ['准入4', { 准入: 4 }],
    ['准入 0', { 准入: 0 }],
    ['新建 3,改扩建 2', { 新建: 3, 改扩建: 2 }],
    ['新建 3\n改扩建 2', { 新建: 3, 改扩建: 2 }],
    // The name may end in a digit-free word only: the trailing digits are the count.
    ['第2批 5', { 第2批: 5 }],
  ])('parseBreakdown(%j)', (t, out) => expect(parseBreakdown(t)).toEqual(out));
  it.each([
    ['4', '“4”看不懂。'],
    ['准入 4；整改', '“整改”看不懂。'],
  ])('parseBreakdown(%j) says which part it cannot read', (t, problem) => {
    expect(parseBreakdown(t)).toEqual({ problem, fix: '写成“类别 数字”，多项用“；”分隔，例如 准入 4；整改 7；取缔 5。' });
  });
  // A count is a whole number of kindergartens or projects: a decimal or a sign is refused, not cut into the name
  // (“准入 4.5” was read as {“准入 4.”: 5}); a category written twice is refused, not silently the last one.
  it.each([
    ['准入 4.5', { problem: '“准入 4.5”中的数量 4.5 不是 0 或正整数。', fix: '分类统计数是所数或个数，只写 0 或正整数，例如 准入 4。' }],
    ['准入 -1', { problem: '“准入 -1”中的数量 -1 不是 0 或正整数。', fix: '分类统计数是所数或个数，只写 0 或正整数，例如 准入 4。' }],
    ['整改：-3', { problem: '“整改：-3”中的数量 -3 不是 0 或正整数。', fix: '分类统计数是所数或个数，只写 0 或正整数，例如 准入 4。' }],
    ['准入 1；准入 2', { problem: '类别“准入”写了两次。', fix: '每个类别只写一次，写到本月为止的累计数。' }],
    ['准入 1；准入2', { problem: '类别“准入”写了两次。', fix: '每个类别只写一次，写到本月为止的累计数。' }],
  ])('parseBreakdown(%j) refuses it', (t, out) => expect(parseBreakdown(t)).toEqual(out));
  it.each([
    [undefined, ''],
    [{}, ''],
    [{ 准入: 0 }, '准入 0'],
  ])('formatBreakdown(%j) = %j', (b, want) => expect(formatBreakdown(b)).toBe(want));
  it('formatBreakdown and parseBreakdown round-trip', () => {
    const b = { 新建: 3, 改扩建: 2, 第2批: 5 };
    expect(parseBreakdown(formatBreakdown(b))).toEqual(b);
  });
});
