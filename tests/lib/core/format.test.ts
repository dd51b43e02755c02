import { describe, expect, it } from 'vitest';
import { asOfPrefix, bookTitle, formatDateZh, formatNumber, formatPercent, formatRange, latestDate, percentValue } from '../../../src/lib/core/format.ts';

describe('latestDate, asOfPrefix, formatRange', () => {
  it.each([
    [[], undefined],
    [[undefined, null, ''], undefined],
    [['2024-06-30'], '2024-06-30'],
    [['2024-05-31', '2024-06-30', '2023-12-31'], '2024-06-30'],
    [['2024-06-30', undefined, '2024-07-01', null], '2024-07-01'],
    [['2024-06', '2024-06-30'], '2024-06-30'],
    [['2024-07', '2024-06-30'], '2024-07'],
  ] as [(string | null | undefined)[], string | undefined][])('latestDate(%j) = %s', (dates, want) => expect(latestDate(dates)).toBe(want));
  it('takes any iterable and leaves an array as it was', () => {
    const dates = ['2024-06-30', '2024-01-01'];
    expect(latestDate(new Set(dates))).toBe('2024-06-30');
    expect(latestDate(dates)).toBe('2024-06-30');
    expect(dates).toEqual(['2024-06-30', '2024-01-01']);
  });
  it.each([
    ['2024-06-30', '截至2024年6月30日，'],
    ['2024-06', '截至2024年6月，'],
    [null, ''],
    [undefined, ''],
  ])('asOfPrefix(%s)', (d, want) => expect(asOfPrefix(d)).toBe(want));
  it.each([
    [380, 380, 2, '380'],
    [380, 420, 2, '380–420'],
    [1250.5, 1300, 2, '1,250.5–1,300'],
    [0.125, 0.125, 2, '0.13'],
    [0.125, 0.5, 1, '0.1–0.5'],
  ])('formatRange(%d, %d, %d)', (min, max, digits, want) => expect(formatRange(min, max, digits)).toBe(want));
  it('ends that read the same are one figure; two decimals by default', () => expect(formatRange(99.999, 100)).toBe('100'));
});

describe('formatting', () => {
  it.each([
    ['2023-12-18', '2023年12月18日'],
    ['2024-06-01', '2024年6月1日'],
    ['2024-06', '2024年6月'],
  ])('formatDateZh(%s)', (iso, want) => expect(formatDateZh(iso)).toBe(want));
  it('rejects a malformed date loudly', () => expect(() => formatDateZh('2024/6/1')).toThrow('YYYY-MM-DD'));
  it.each([
    [55100, '55,100'], [9900, '9,900'], [72.73, '72.7'], [0, '0'],
  ])('formatNumber(%d)', (n, want) => expect(formatNumber(n)).toBe(want));
  it.each([
    [0.7272, '72.7%'], [1, '100%'], [0, '0%'], [1.25, '125%'],
  ])('formatPercent(%d)', (r, want) => expect(formatPercent(r)).toBe(want));
});

describe('percentValue', () => {
  it.each([
    [0.72727, 72.7],
    [1, 100],
    [0, 0],
    [1.2345, 123.5],
    [0.00049, 0],
  ])('percentValue(%d) = %d', (r, want) => expect(percentValue(r)).toBe(want));
});

describe('bookTitle: 《》 once, never nested', () => {
  it.each([
    ['某县实施方案', '《某县实施方案》'],
    [' 某县实施方案 ', '《某县实施方案》'],
    ['《某县实施方案》', '《某县实施方案》'],
    ['关于印发《某县实施方案》的通知', '关于印发《某县实施方案》的通知'],
    ['《幼儿园工作规程》（教育部令第39号）', '《幼儿园工作规程》（教育部令第39号）'],
  ])('%j → %s', (title, want) => expect(bookTitle(title)).toBe(want));
});
