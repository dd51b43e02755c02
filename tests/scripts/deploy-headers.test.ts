import { describe, expect, it } from 'vitest';
import { cacheControl, contentType, IMMUTABLE, REVALIDATE } from '../../scripts/lib/deploy-headers.ts';

describe('cacheControl', () => {
  it.each([
    ['_astro/BaseLayout.Bq1x2.css', IMMUTABLE],
    ['xqjy/_astro/chart.D9.js', IMMUTABLE],
    ['pagefind/index/zh-cn_0737f9b.pf_index', IMMUTABLE],
    ['pagefind/fragment/zh-cn_1a.pf_fragment', IMMUTABLE],
    ['pagefind/pagefind.zh-cn_8fcca.pf_meta', IMMUTABLE],
    ['pagefind/filter/zh-cn_10.pf_filter', IMMUTABLE],
    ['index.html', REVALIDATE],
    ['fees/index.html', REVALIDATE],
    ['pagefind/pagefind.js', REVALIDATE],
    ['pagefind/pagefind-entry.json', REVALIDATE],
    ['pagefind/wasm.unknown.pagefind', REVALIDATE],
    ['data/fees.csv', REVALIDATE],
    ['search-names.json', REVALIDATE],
    ['not_astro/x.js', REVALIDATE],
  ])('%s → %s', (path, want) => expect(cacheControl(path)).toBe(want));
});

describe('contentType', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['data/fees.csv', 'text/csv; charset=utf-8'],
    ['rss.xml', 'text/xml; charset=utf-8'],
    ['_astro/a.js', 'application/javascript; charset=utf-8'],
    ['pagefind/index/a.pf_index', 'application/octet-stream'],
    ['x.wasm', 'application/wasm'],
    ['favicon.svg', 'image/svg+xml'],
    ['A.PNG', 'image/png'],
    ['LICENSE', 'application/octet-stream'],
  ])('%s → %s', (path, want) => expect(contentType(path)).toBe(want));
});
