import { describe, expect, it } from 'vitest';
import { foldNumerals, numberToZh, zhToNumber } from '../../../src/lib/search/numerals.ts';

describe('numerals', () => {
  it.each([[0, '零'], [3, '三'], [10, '十'], [17, '十七'], [20, '二十'], [28, '二十八'], [99, '九十九']])('numberToZh(%d)', (n, zh) => {
    expect(numberToZh(n)).toBe(zh);
    expect(zhToNumber(zh)).toBe(n);
  });
  it('refuses numbers it cannot write', () => expect(() => numberToZh(100)).toThrow('0–99'));
  it.each([['十十'], ['百'], [''], ['一二']])('zhToNumber(%s) is undefined', (s) => expect(zhToNumber(s)).toBeUndefined());
  it.each([
    ['包钢17园', '包钢十七园'],
    ['包钢十七园', '包钢17园'],
    ['第十八幼儿园', '第18幼儿园'],
    ['2015年', '2015年'],
    ['示例第一幼儿园', '示例第1幼儿园'],
    ['05号', '05号'],
  ])('foldNumerals(%s) = %s', (a, b) => expect(foldNumerals(a)).toBe(b));
});

describe('numerals at the edges', () => {
  it.each([[-1], [1.5], [Number.NaN]])('numberToZh(%d) refuses with the range in the message', (n) => {
    expect(() => numberToZh(n)).toThrow(`只支持 0–99：${n}`);
  });
  it.each([
    ['十', 10], ['一十', 10], ['十一', 11], ['九十', 90], ['五', 5], ['零', 0],
    // A lone 零 after 十 is not a numeral anyone writes in a name, but the parser reads it as the ones digit.
    ['二十零', 20],
  ])('zhToNumber(%s) = %d', (s, n) => expect(zhToNumber(s)).toBe(n));
  it.each([['十百'], ['1'], ['十七园'], ['两'], [' 十']])('zhToNumber(%j) is undefined', (s) => expect(zhToNumber(s)).toBeUndefined());
  it.each([
    ['', ''],
    ['没有数字', '没有数字'],
    ['100号', '100号'],
    ['0号', '零号'],
    ['99', '九十九'],
    // Digits win: a text with any digit folds digits only, its Chinese numerals stay.
    ['第三幼儿园2园', '第三幼儿园二园'],
    // 百 is outside 0–99 and is no numeral here: only the 一 before it folds.
    ['一百', '1百'],
  ])('foldNumerals(%j) = %j', (a, b) => expect(foldNumerals(a)).toBe(b));
});
