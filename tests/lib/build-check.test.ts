import { describe, expect, it } from 'vitest';
import { buildProblems, routeExpectation } from '../../src/lib/build-check.ts';

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

describe('buildProblems', () => {
  const routes = ['index.astro', '404.astro', 'kindergartens/[id].astro', 'data/[id].csv.ts', '_private.astro'];
  const complete = [
    'index.html', '404.html', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/index/zh-cn_1.pf_index',
    'kindergartens/a/index.html', 'data/fees.csv',
  ];

  it('a complete build has no problem', () => {
    expect(buildProblems(routes, complete)).toEqual([]);
  });

  it('names every missing part in Chinese', () => {
    expect(buildProblems(routes, ['kindergartens/index.html'], ['about/index.html'])).toEqual([
      '缺少 index.html',
      '缺少 404.html',
      '缺少 pagefind/pagefind.js',
      '缺少 pagefind/pagefind-entry.json',
      '缺少搜索索引（pagefind/index/*.pf_index）',
      '页面类型 src/pages/index.astro 没有生成任何文件（应有 index.html）',
      '页面类型 src/pages/404.astro 没有生成任何文件（应有 404.html）',
      '页面类型 src/pages/kindergartens/[id].astro 没有生成任何文件（应有 kindergartens/*/index.html）',
      '页面类型 src/pages/data/[id].csv.ts 没有生成任何文件（应有 data/*.csv）',
      'about/index.html 缺少 CSP meta 标签',
    ]);
  });
});
