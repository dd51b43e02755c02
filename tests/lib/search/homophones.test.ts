import { describe, expect, it } from 'vitest';
import { foldHomophones, HOMOPHONE_GROUPS } from '../../../src/lib/search/homophones.ts';

describe('foldHomophones', () => {
  it.each([
    ['示例普慧二园', '示例普惠二园'],
    ['示例普惠二园', '示例普惠二园'],
    ['包钢十七元', '包钢十七园'],
    ['包刚十七园', '包钢十七园'],
    ['包钢十七圆', '包钢十七园'],
    ['优儿园', '幼儿园'],
    ['宝钢第十八幼儿园', '包钢第十八幼儿园'],
    ['bgsqy 17', 'bgsqy 17'],
    ['', ''],
  ])('%s → %s', (typed, folded) => expect(foldHomophones(typed)).toBe(foldHomophones(folded)));

  it('maps every character of a group to the group’s first', () => {
    expect(foldHomophones('园元圆原源')).toBe('园园园园园');
    expect(foldHomophones('慧汇会')).toBe('惠惠惠');
  });

  it('groups are disjoint, of Chinese characters, and leave numerals to numerals.ts', () => {
    const all = HOMOPHONE_GROUPS.flatMap((g) => [...g]);
    expect(new Set(all).size).toBe(all.length);
    for (const c of all) expect(c).toMatch(/^[\u4e00-\u9fff]$/);
    for (const n of '〇零一二三四五六七八九十百千两') expect(all).not.toContain(n);
    for (const g of HOMOPHONE_GROUPS) expect([...g].length, g).toBeGreaterThan(1);
  });
});
