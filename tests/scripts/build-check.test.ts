import { describe, expect, it } from 'vitest';
import { buildProblems, isDynamic, linkTarget, routeExpectation } from '../../scripts/lib/build-check.ts';

describe('routeExpectation: what each route file emits', () => {
  it.each([
    ['index.astro', 'index.html', ['index.html'], ['about/index.html']],
    ['404.astro', '404.html', ['404.html'], ['404/index.html']],
    ['about.astro', 'about/index.html', ['about/index.html'], ['about.html', 'x/about/index.html']],
    ['fees/index.astro', 'fees/index.html', ['fees/index.html'], ['fees/x/index.html']],
    ['kindergartens/[id].astro', 'kindergartens/*/index.html', ['kindergartens/baogang-17/index.html'], ['kindergartens/index.html', 'kindergartens/a/b/index.html']],
    ['policies/[slug].mdx', 'policies/*/index.html', ['policies/plan/index.html'], ['policies/index.html']],
    ['docs/[...path].astro', 'docs/*/index.html', ['docs/index.html', 'docs/a/b/index.html'], ['doc/index.html']],
    ['data/[id].csv.ts', 'data/*.csv', ['data/fees.csv'], ['data/fees.json', 'data/x/fees.csv']],
    ['rss.xml.ts', 'rss.xml', ['rss.xml'], ['rss.xml.ts', 'a/rss.xml']],
    ['p-[n]/index.astro', 'p-*/index.html', ['p-2/index.html'], ['q-2/index.html']],
  ])('%s → %s', (route, example, matches, misses) => {
    const r = routeExpectation(route)!;
    expect(r.example).toBe(example);
    for (const f of matches) expect(r.pattern.test(f), f).toBe(true);
    for (const f of misses) expect(r.pattern.test(f), f).toBe(false);
  });

  it.each(['_components/Card.astro', 'fees/_table.astro', 'api/handler.ts', 'notes.txt', 'styles.css'])('%s is not a route', (route) => {
    expect(routeExpectation(route)).toBeUndefined();
  });
});

describe('linkTarget', () => {
  it.each([
    ['/fees/', 'index.html', '/', 'fees/index.html'],
    ['/', 'about/index.html', '/', 'index.html'],
    ['../policies/plan/#sec-2', 'fees/index.html', '/', 'policies/plan/index.html'],
    ['/xqjy/data/fees.csv?x=1', 'index.html', '/xqjy/', 'data/fees.csv'],
    ['/xqjy/kindergartens/a/', 'search/index.html', '/xqjy', 'kindergartens/a/index.html'],
    ['/%E6%96%87/', 'index.html', '/', '文/index.html'],
    ['https://beian.miit.gov.cn/', 'index.html', '/', undefined],
    ['mailto:a@b.cn', 'index.html', '/', undefined],
    ['/other/', 'index.html', '/xqjy/', undefined],
    ['#main', 'fees/index.html', '/', 'fees/index.html'],
  ])('%s from %s under %s → %s', (href, page, base, want) => expect(linkTarget(href, page, base)).toBe(want));
});

describe('isDynamic', () => {
  it.each([['kindergartens/[id].astro', true], ['docs/[...p].astro', true], ['fees/index.astro', false], ['rss.xml.ts', false]])('%s → %s', (r, want) =>
    expect(isDynamic(r)).toBe(want));
});

describe('buildProblems', () => {
  const routes = ['index.astro', '404.astro', 'about.astro', 'kindergartens/[id].astro', 'progress/[task].astro', 'rss.xml.ts', '_private.astro'];
  const complete = [
    'index.html', '404.html', 'about/index.html', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/index/zh-cn_1.pf_index',
    'kindergartens/a/index.html', 'rss.xml',
  ];

  it('a complete build has no problem; a dynamic route nobody links to may emit nothing (no tasks in the content)', () => {
    expect(buildProblems(routes, complete, [], ['kindergartens/a/index.html', 'about/index.html'])).toEqual([]);
  });

  it('names every missing part in Chinese', () => {
    const links = ['kindergartens/a/index.html', 'kindergartens/b/index.html', 'progress/x/index.html', 'about/index.html'];
    expect(buildProblems(routes, ['kindergartens/index.html'], ['about/index.html'], links)).toEqual([
      '缺少 index.html',
      '缺少 404.html',
      '缺少 pagefind/pagefind.js',
      '缺少 pagefind/pagefind-entry.json',
      '缺少搜索索引（pagefind/index/*.pf_index）',
      '页面类型 src/pages/index.astro 没有生成任何文件（应有 index.html）',
      '页面类型 src/pages/404.astro 没有生成任何文件（应有 404.html）',
      '页面类型 src/pages/about.astro 没有生成任何文件（应有 about/index.html）',
      '页面类型 src/pages/kindergartens/[id].astro 缺少其他页面链接到的 kindergartens/a/index.html、kindergartens/b/index.html',
      '页面类型 src/pages/progress/[task].astro 缺少其他页面链接到的 progress/x/index.html',
      '页面类型 src/pages/rss.xml.ts 没有生成任何文件（应有 rss.xml）',
      'about/index.html 缺少 CSP meta 标签',
    ]);
  });

  it('many missing pages are summarised', () => {
    const links = Array.from({ length: 8 }, (_, i) => `kindergartens/k${i}/index.html`);
    expect(buildProblems(['kindergartens/[id].astro'], complete, [], links)).toEqual([
      '页面类型 src/pages/kindergartens/[id].astro 缺少其他页面链接到的 kindergartens/k0/index.html、kindergartens/k1/index.html、kindergartens/k2/index.html、kindergartens/k3/index.html、kindergartens/k4/index.html 等 8 个',
    ]);
  });
});
