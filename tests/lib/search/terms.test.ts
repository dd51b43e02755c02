import { describe, expect, it } from 'vitest';
import {
  docNumberParts, nameVariants, pinyinForms, searchKeywords, synonymsIn, wordPinyin,
} from '../../../src/lib/search/terms.ts';

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
