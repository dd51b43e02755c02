import { describe, expect, it } from 'vitest';
import { dictionaryWords, indexedText, nameEntries, urlOfFile } from '../../../src/lib/search/dictionary.ts';

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

describe('search-names.json from built pages', () => {
  it.each([
    ['index.html', '/'],
    ['about/index.html', '/about/'],
    ['kindergartens/baogang-17/index.html', '/kindergartens/baogang-17/'],
    ['404.html', '/404.html'],
  ])('urlOfFile(%s)', (p, u) => expect(urlOfFile(p)).toBe(u));

  it('reads the names attribute and the h1 of each page, skipping pages without one', () => {
    const attr = JSON.stringify({ k: '幼儿园', n: ['包钢十七园'], m: { kgType: '包钢幼教处' } }).replace(/"/g, '&quot;');
    const pages = [
      { path: 'kindergartens/baogang-17/index.html', html: `<main><span data-search-names="${attr}"></span><h1>包钢第十七幼儿园 <small>x</small></h1></main>` },
      { path: 'search/index.html', html: '<main><h1>搜索</h1></main>' },
    ];
    expect(nameEntries(pages)).toEqual([{ u: '/kindergartens/baogang-17/', t: '包钢第十七幼儿园 x', k: '幼儿园', n: ['包钢十七园'], m: { kgType: '包钢幼教处' } }]);
  });
});

describe('search dictionary at the edges', () => {
  it.each([
    ['<main data-pagefind-body><p>伙食费&nbsp;每天&#160;一次</p></main>', ['伙食费', '每天', '一次'], ['&nbsp;', '&#160;']],
    ['<main data-pagefind-body><style>.a{color:red}</style><p>正文</p></main>', ['正文'], ['color']],
    ['<main class="x" data-pagefind-body id="m"><p>有属性</p></main>', ['有属性'], []],
  ])('indexedText(%s)', (html, has, hasNot) => {
    const t = indexedText(html);
    for (const s of has) expect(t).toContain(s);
    for (const s of hasNot) expect(t).not.toContain(s);
  });
  it('no pages, no words; pages without an indexed main give none either', () => {
    expect(dictionaryWords([])).toEqual([]);
    expect(dictionaryWords(['<main><p>收费标准</p></main>'])).toEqual([]);
  });
  it('leaves out latin words, digits and single characters', () => {
    const words = dictionaryWords(['<main data-pagefind-body><p>Pagefind 2024 年 收费标准</p></main>']);
    expect(words.some((w) => /[a-z0-9]/i.test(w) || [...w].length < 2)).toBe(false);
  });
  it.each([
    ['kindergartens\\a\\index.html', '/kindergartens/a/'],
    ['data/fees.csv', '/data/fees.csv'],
    ['policies/index.html.bak', '/policies/index.html.bak'],
  ])('urlOfFile(%s)', (p, u) => expect(urlOfFile(p)).toBe(u));
  it('nameEntries: entities in the attribute and the h1 are decoded, entries sorted by URL, no pages → none', () => {
    const attr = (k: string) => JSON.stringify({ k, n: ['A&B'], m: {} }).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const pages = [
      { path: 'z/index.html', html: `<span data-search-names="${attr('乙')}"></span><h1>乙 &amp; 丙 &lt;园&gt;</h1>` },
      { path: 'a/index.html', html: `<span data-search-names="${attr('甲')}"></span>` },
    ];
    expect(nameEntries(pages)).toEqual([
      { u: '/a/', t: '', k: '甲', n: ['A&B'], m: {} },
      { u: '/z/', t: '乙 & 丙 <园>', k: '乙', n: ['A&B'], m: {} },
    ]);
    expect(nameEntries([])).toEqual([]);
  });
});
