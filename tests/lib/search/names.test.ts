import { describe, expect, it } from 'vitest';
import { bestScore, compact, lookupForms, matchScore, pinFirst, pinnedEntry, type NameEntry } from '../../../src/lib/search/names.ts';
import { nameIndexVariants } from '../../../src/lib/search/terms.ts';

const entry = (u: string, k: string, names: string[], m: Record<string, string> = {}): NameEntry => ({ u, t: names[0]!, k, n: nameIndexVariants(names), m });
const ENTRIES = [
  entry('/kindergartens/baogang-17/', '幼儿园', ['包钢第十七幼儿园', '包钢十七园'], { kgType: '包钢幼教处', street: '示例东街道' }),
  entry('/kindergartens/baogang-18/', '幼儿园', ['包钢第十八幼儿园', '包钢十八园'], { kgType: '包钢幼教处', street: '示例西街道' }),
  entry('/kindergartens/sample-jiaoban-03/', '幼儿园', ['示例第三幼儿园', '示例三园'], { kgType: '教办公办', street: '示例南街道' }),
  entry('/kindergartens/sample-gongban-03/', '幼儿园', ['示例公办第三幼儿园', '示例公办三园'], { kgType: '其他公办', street: '示例西街道' }),
  entry('/kindergartens/sample-puhui-02/', '幼儿园', ['示例普惠第二幼儿园', '示例普惠二园'], { kgType: '普惠性民办', street: '示例东街道' }),
  entry('/fees/', '收费', ['幼儿园收费标准', '收费投诉']),
  entry('/policies/plan/', '政策', ['关于印发《昆都仑区关于进一步推进创建全国学前教育普及普惠县（区）工作实施方案》的通知', '实施方案全文']),
  entry('/progress/', '进度', ['工作进展']),
];

describe('compact and matchScore', () => {
  it.each([
    ['包钢 十七园', '包钢十七园'],
    ['ＢＧＳＱＹ', 'bgsqy'],
    ['《实施方案》', '实施方案'],
    ['〔2015〕203号', '2015203号'],
  ])('compact(%s) = %s', (a, b) => expect(compact(a)).toBe(b));
  it.each([
    ['包钢十七园', '包钢十七园', 3],
    ['十七园', '包钢十七园', 2],
    ['七', '包钢十七园', 0],
    ['bgs', 'bgsqy', 2],
    ['bg', 'bgsqy', 0],
    ['包钢十七园收费', '包钢十七园', 1],
    ['abc', 'ab', 0],
    ['', 'x', 0],
  ])('matchScore(%s, %s) = %d', (q, v, s) => expect(matchScore(q, v)).toBe(s));
});

describe('pinnedEntry: the page a query names comes first', () => {
  it.each([
    ['包钢第十七幼儿园', '/kindergartens/baogang-17/'],
    ['包钢十七园', '/kindergartens/baogang-17/'],
    ['包钢17园', '/kindergartens/baogang-17/'],
    ['包钢第18幼儿园', '/kindergartens/baogang-18/'],
    ['十八园', '/kindergartens/baogang-18/'],
    ['bgsqy', '/kindergartens/baogang-17/'],
    ['baogangshibayuan', '/kindergartens/baogang-18/'],
    ['示例第三幼儿园', '/kindergartens/sample-jiaoban-03/'],
    ['示例三园', '/kindergartens/sample-jiaoban-03/'],
    ['示例公办三园', '/kindergartens/sample-gongban-03/'],
    ['包钢十八园收费', '/kindergartens/baogang-18/'],
    ['实施方案', '/policies/plan/'],
    ['收费标准', '/fees/'],
    ['工作进展', '/progress/'],
  ])('%s → %s', (q, url) => expect(pinnedEntry(q, ENTRIES)?.u).toBe(url));

  // Typos that sound alike (a pinyin keyboard's first offer): the page named is still first.
  it.each([
    ['示例普慧二园', '/kindergartens/sample-puhui-02/'],
    ['示例普汇第二幼儿园', '/kindergartens/sample-puhui-02/'],
    ['包钢十七元', '/kindergartens/baogang-17/'],
    ['包刚十七园', '/kindergartens/baogang-17/'],
    ['宝钢第十八幼儿园', '/kindergartens/baogang-18/'],
    ['示例第三幼儿元', '/kindergartens/sample-jiaoban-03/'],
    // A different word, not a slip of the same sound, names nothing.
    ['示例公平三园', undefined],
  ])('homophone typo %s → %s', (q, url) => expect(pinnedEntry(q, ENTRIES)?.u).toBe(url));

  it('a name spelt as typed outranks one that matches only through homophones', () => {
    // 示例普汇二园 is a name of its own here: typed right it wins; the typo 示例普慧二园 matches both equally.
    const both = [...ENTRIES, entry('/kindergartens/other/', '幼儿园', ['示例普汇第二幼儿园'])];
    expect(pinnedEntry('示例普汇二园', both)?.u).toBe('/kindergartens/other/');
    expect(pinnedEntry('示例普惠二园', both)?.u).toBe('/kindergartens/sample-puhui-02/');
    expect(pinnedEntry('示例普慧二园', both)).toBeUndefined();
    expect(bestScore('示例普慧二园', ENTRIES)).toBe(2.5);
    expect(bestScore('示例普惠二园', ENTRIES)).toBe(3);
  });

  it.each([['包钢'], ['幼儿园'], ['baogang'], ['示例'], ['学费'], [''], ['  ']])('“%s” names no single page: no pin', (q) => {
    expect(pinnedEntry(q, ENTRIES)).toBeUndefined();
  });

  it('respects the chosen filters', () => {
    expect(pinnedEntry('包钢十七园', ENTRIES, { 页面类型: '政策' })).toBeUndefined();
    expect(pinnedEntry('包钢十七园', ENTRIES, { 街道: '示例东街道' }, '街道')?.u).toBe('/kindergartens/baogang-17/');
    expect(pinnedEntry('包钢十七园', ENTRIES, { 幼儿园类型: '教办公办' })).toBeUndefined();
  });
});

describe('lookupForms', () => {
  it.each([
    ['包钢十七园', ['包钢十七园', '包钢17园']],
    ['示例普慧二园', ['示例普慧二园', '示例普慧2园', '示例普惠二园', '示例普惠2园']],
    ['bgsqy', ['bgsqy']],
  ])('%s → %j (as typed first, then homophones folded)', (q, forms) => expect(lookupForms(q)).toEqual(forms));
});

describe('pinFirst', () => {
  const r = [{ url: 'a' }, { url: 'b' }, { url: 'c' }];
  it.each([
    ['c', ['c', 'a', 'b']],
    ['a', ['a', 'b', 'c']],
    ['x', ['a', 'b', 'c']],
    [undefined, ['a', 'b', 'c']],
  ])('pinFirst(%s)', (pin, want) => expect(pinFirst(r, pin).map((x) => x.url)).toEqual(want));
});

describe('nameIndexVariants', () => {
  it('short names get pinyin and initials, long titles only their characters', () => {
    expect(nameIndexVariants(['包钢十七园'])).toEqual(['包钢十七园', 'baogangshiqiyuan', 'bgsqy', '包钢十七', 'baogangshiqi', 'bgsq', '包钢17园', 'baogang17yuan', 'bg17y', '包钢17', 'baogang17', 'bg17']);
    expect(nameIndexVariants(['关于印发《某区学前教育普及普惠工作实施方案》的通知'])).toEqual(['关于印发某区学前教育普及普惠工作实施方案的通知']);
  });
});
