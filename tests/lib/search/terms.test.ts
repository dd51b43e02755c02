import { describe, expect, it } from 'vitest';
import {
  docNumberParts, foldNumerals, nameVariants, numberToZh, pinyinForms, searchKeywords, synonymsIn, wordPinyin, zhToNumber,
} from '../../../src/lib/search/terms.ts';
import { normalizeQuery, segmentWithDictionary } from '../../../src/lib/search/query.ts';
import { dictionaryWords, indexedText } from '../../../src/lib/search/dictionary.ts';

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

describe('names', () => {
  it('short forms parents say', () => {
    expect(nameVariants('包钢第十七幼儿园')).toEqual(['包钢第十七幼儿园', '包钢十七园', '包钢十七', '包钢第17幼儿园', '包钢17园', '包钢17']);
  });
  it('a name without numbers keeps its short form', () => {
    expect(nameVariants('政策文件')).toEqual(['政策文件']);
  });
  it.each([
    ['包钢十七园', ['baogangshiqiyuan', 'bgsqy']],
    ['包钢17园', ['baogang17yuan', 'bg17y']],
    ['收费标准', ['shoufeibiaozhun', 'sfbz']],
    ['ABC', []],
    ['女儿', ['nver', 'ne']],
  ])('pinyinForms(%s)', (t, want) => expect(pinyinForms(t)).toEqual(want));
  it('pinyin of each word for mixed queries', () => {
    expect(wordPinyin('包钢十七园收费标准')).toEqual(expect.arrayContaining(['baogang', 'shiqi', 'shoufei', 'biaozhun']));
  });
});

describe('synonyms and document numbers', () => {
  it('a page mentioning 保教费 is found by 学费 and 托费', () => {
    expect(synonymsIn('每月保教费450元')).toEqual(expect.arrayContaining(['保教费', '学费', '托费']));
  });
  it('no synonyms in unrelated text', () => expect(synonymsIn('指导思想')).toEqual([]));
  it.each([
    ['包发改费字〔2015〕203号', ['2015', '203', '203号']],
    ['内政教督办〔2020〕9号', ['2020', '9', '9号']],
    ['（2019）第12号', ['2019', '12', '12号']],
    ['没有文号', []],
  ])('docNumberParts(%s)', (t, want) => expect(docNumberParts(t)).toEqual(want));
  it('searchKeywords puts it all together without duplicates', () => {
    const k = searchKeywords({ names: ['包钢第十七幼儿园', '包钢十七园'], text: '保教费 包发改费字〔2015〕203号' }).split(' ');
    expect(k).toEqual(expect.arrayContaining(['包钢十七园', '包钢17园', 'bgsqy', 'baogang', 'xuefei', '2015', '203号']));
    expect(new Set(k).size).toBe(k.length);
    expect(k).not.toContain('xf');
  });
});

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

describe('search dictionary', () => {
  const page = '<html><main data-pagefind-body><h1>收费标准</h1><script>var x="脚本内容";</script><span data-pagefind-meta="keywords:包钢十七园 bgsqy"></span><p>伙食费&nbsp;每天</p></main></html>';
  it('reads only the indexed main, without scripts, with hidden keywords', () => {
    const t = indexedText(page);
    expect(t).toContain('收费标准');
    expect(t).toContain('包钢十七园');
    expect(t).not.toContain('脚本内容');
    expect(indexedText('<main><p>未标记的页面</p></main>')).not.toContain('未标记');
  });
  it('collects sorted Chinese words of 2–6 characters', () => {
    const words = dictionaryWords([page, page]);
    expect(words).toEqual([...words].sort());
    expect(words).toEqual(expect.arrayContaining(['伙食', '标准']));
    expect(words.every((w) => /^[\u4e00-\u9fff]{2,6}$/.test(w))).toBe(true);
  });
});
