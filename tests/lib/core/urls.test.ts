import { describe, expect, it } from 'vitest';
import { absoluteUrl, datasetPaths, fileHref, href, isInSection, policyPath, stripBase, taskPath } from '../../../src/lib/core/urls.ts';

describe('href', () => {
  it.each([
    ['/', '/', '/'],
    ['/', '/policies/', '/policies/'],
    ['/', 'policies', '/policies/'],
    ['/xqjy/', '/policies/x/', '/xqjy/policies/x/'],
    ['/xqjy', '/about/', '/xqjy/about/'],
    ['/xqjy/', '/', '/xqjy/'],
    ['/xqjy/', '/favicon.svg', '/xqjy/favicon.svg'],
    ['/', '/data/fees.csv', '/data/fees.csv'],
    ['/xqjy/', '/kindergartens/?type=a', '/xqjy/kindergartens/?type=a'],
    ['/', '/policies/x/#sec', '/policies/x/#sec'],
  ])('href(%s, %s) = %s', (base, path, want) => expect(href(base, path)).toBe(want));
});

describe('stripBase / isInSection / absoluteUrl', () => {
  it.each([
    ['/', '/policies/', '/policies/'],
    ['/xqjy/', '/xqjy/policies/', '/policies/'],
    ['/xqjy/', '/xqjy/', '/'],
    ['/xqjy/', '/other/', '/other/'],
  ])('stripBase(%s, %s) = %s', (base, p, want) => expect(stripBase(base, p)).toBe(want));
  it.each([
    ['/', '/', true],
    ['/policies/', '/', false],
    ['/policies/x/', '/policies/', true],
    ['/policies/', '/policies/', true],
    ['/about/', '/policies/', false],
  ])('isInSection(%s, %s) = %s', (cur, sec, want) => expect(isInSection(cur, sec)).toBe(want));
  it('absolute URL only when the public address is known', () => {
    expect(absoluteUrl(undefined, '/', '/about/')).toBeUndefined();
    expect(absoluteUrl('', '/', '/about/')).toBeUndefined();
  });
  // Site address (siteUrl / SITE_URL, as Astro.site gives it), base path (BASE_URL), site-relative path.
  it.each([
    ['https://jyj.example.cn/', '/', '/policies/x/', 'https://jyj.example.cn/policies/x/'],
    ['https://jyj.example.cn', '/', '/policies/x/', 'https://jyj.example.cn/policies/x/'],
    ['https://jyj.example.cn/', '/', 'policies/x', 'https://jyj.example.cn/policies/x/'],
    ['https://jyj.example.cn/', '/', '/', 'https://jyj.example.cn/'],
    ['https://jyj.example.cn/xqjy/', '/xqjy/', '/about/', 'https://jyj.example.cn/xqjy/about/'],
    ['https://jyj.example.cn/xqjy/', '/xqjy/', '/policies/x/', 'https://jyj.example.cn/xqjy/policies/x/'],
    ['https://jyj.example.cn/xqjy', '/xqjy', '/fees', 'https://jyj.example.cn/xqjy/fees/'],
    ['https://jyj.example.cn/xqjy/', '/xqjy/', '//seats/', 'https://jyj.example.cn/xqjy/seats/'],
    ['https://jyj.example.cn/xqjy/', '/xqjy/', '/', 'https://jyj.example.cn/xqjy/'],
    ['https://jyj.example.cn/a/b/', '/a/b/', '/progress/t-1/', 'https://jyj.example.cn/a/b/progress/t-1/'],
    ['http://127.0.0.1:4322/xqjy/', '/xqjy/', '/kindergartens/k-1/', 'http://127.0.0.1:4322/xqjy/kindergartens/k-1/'],
    ['HTTPS://JYJ.Example.CN/', '/', '/fees/', 'https://jyj.example.cn/fees/'],
    ['https://jyj.example.cn:443/', '/', '/fees/', 'https://jyj.example.cn/fees/'],
    // The base path places the page (it is where the build is served), whatever path the address carries.
    ['https://jyj.example.cn/xqjy/', '/', '/fees/', 'https://jyj.example.cn/fees/'],
  ])('absoluteUrl(%s, %s, %s) = %s', (site, base, path, want) => expect(absoluteUrl(site, base, path)).toBe(want));
});

describe('navigation', () => {
  it('every quick link of the home page is a section of the header', async () => {
    const { NAV, QUICK_LINKS } = await import('../../../src/lib/core/nav.ts');
    const paths = new Set(NAV.map((n) => n.path));
    for (const q of QUICK_LINKS) expect(paths.has(q.path), q.path).toBe(true);
    expect(QUICK_LINKS.map((q) => q.label).slice(0, 2)).toEqual(['查收费', '查学位']);
  });
});

describe('fileHref', () => {
  it.each([
    ['/', '/files/a.pdf', '/files/a.pdf'],
    ['/xqjy/', '/files/a.pdf', '/xqjy/files/a.pdf'],
    ['/xqjy/', 'files/a.pdf', '/xqjy/files/a.pdf'],
    ['/xqjy/', 'https://www.example.gov.cn/a.pdf', 'https://www.example.gov.cn/a.pdf'],
  ])('base %s, %s → %s', (base, link, out) => expect(fileHref(base, link)).toBe(out));
});

describe('policyPath / taskPath', () => {
  it.each([
    ['some-plan-2023', '/policies/some-plan-2023/', '/progress/some-plan-2023/'],
    ['facilities', '/policies/facilities/', '/progress/facilities/'],
  ])('%s', (id, policy, task) => {
    expect(policyPath(id)).toBe(policy);
    expect(taskPath(id)).toBe(task);
    // Under a sub-path they go through href like every internal link.
    expect(href('/xqjy/', policyPath(id))).toBe(`/xqjy${policy}`);
  });
});

describe('datasetPaths', () => {
  it.each([
    ['kindergartens', { csv: '/data/sets/kindergartens.csv', json: '/data/sets/kindergartens.json' }],
    ['fee-adjustments', { csv: '/data/sets/fee-adjustments.csv', json: '/data/sets/fee-adjustments.json' }],
  ])('datasetPaths(%s)', (id, want) => expect(datasetPaths(id)).toEqual(want));
});
