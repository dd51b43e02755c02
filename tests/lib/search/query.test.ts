import { describe, expect, it } from 'vitest';
import { normalizeQuery, segmentWithDictionary } from '../../../src/lib/search/query.ts';

describe('queries', () => {
  it.each([
    ['  包发改费字〔2015〕203号 ', '包发改费字 2015 203号'],
    ['ＢＡＯＧＡＮＧ１７', 'baogang17'],
    ['收费  标准', '收费 标准'],
  ])('normalizeQuery(%j)', (q, want) => expect(normalizeQuery(q)).toBe(want));

  const dict = new Set(['收费', '标准', '收费标准', '包钢', '幼儿园']);
  it.each([
    ['收费标准', '收费标准'],
    ['收费标准幼儿园', '收费标准 幼儿园'],
    ['包钢十七园', '包钢 十 七 园'],
    ['包钢17园', '包钢 17 园'],
    ['baogang 收费', 'baogang 收费'],
    ['', ''],
  ])('segmentWithDictionary(%s)', (q, want) => expect(segmentWithDictionary(q, dict)).toBe(want));
});

describe('queries at the edges', () => {
  it.each([
    ['', ''],
    ['   ', ''],
    ['【收费】（2024）', '收费 2024'],
    ['[通知](附件)', '通知 附件'],
    ['ＡＢＣ　收费', 'abc 收费'],
  ])('normalizeQuery(%j) = %j', (q, want) => expect(normalizeQuery(q)).toBe(want));

  it.each([
    // Longest dictionary word first, never longer than maxLen.
    ['收费标准', 2, '收费 标准'],
    ['收费标准', 4, '收费标准'],
    // Runs separated by spaces are segmented one by one; repeated spaces collapse.
    ['收费   标准', 6, '收费 标准'],
    // Latin and digits between Chinese characters stay together as one word.
    ['幼儿园ab12收费', 6, '幼儿园 ab12 收费'],
    // Characters outside the dictionary come out one by one.
    ['伙食', 6, '伙 食'],
  ])('segmentWithDictionary(%j, maxLen %i) = %j', (q, maxLen, want) => {
    expect(segmentWithDictionary(q, new Set(['收费', '标准', '收费标准', '幼儿园']), maxLen)).toBe(want);
  });
  it('an empty dictionary splits Chinese into single characters', () => {
    expect(segmentWithDictionary('包钢园', new Set())).toBe('包 钢 园');
  });
});
