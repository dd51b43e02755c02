import { describe, expect, it } from 'vitest';
import {
  absoluteUrl, datasetPaths, directoryPath, feeBasisAnchor, feeBasisPath, figureCsvName, figureCsvPath, fileHref, groupPagePath, href, inPage,
  isInSection, kindergartenPath, PAGES, policyPath, stripBase, taskPath,
} from '../../../src/lib/core/urls.ts';

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

// Every public path, as a site-relative path and as the link it gives at the root and under /xqjy/.
describe('public paths', () => {
  it.each([
    ['kindergartenPath', kindergartenPath('baogang-17'), '/kindergartens/baogang-17/', '/xqjy/kindergartens/baogang-17/'],
    ['kindergartenPath', kindergartenPath('a-1'), '/kindergartens/a-1/', '/xqjy/kindergartens/a-1/'],
    ['directoryPath', directoryPath(), '/kindergartens/', '/xqjy/kindergartens/'],
    ['directoryPath', directoryPath({ street: 'east' }), '/kindergartens/?street=east', '/xqjy/kindergartens/?street=east'],
    ['directoryPath', directoryPath({ sort: 'total' }), '/kindergartens/?sort=total', '/xqjy/kindergartens/?sort=total'],
    ['directoryPath', directoryPath({ street: 'east', sort: 'seats' }), '/kindergartens/?street=east&sort=seats', '/xqjy/kindergartens/?street=east&sort=seats'],
    ['directoryPath', directoryPath({ street: undefined }), '/kindergartens/', '/xqjy/kindergartens/'],
    ['groupPagePath', groupPagePath('east'), '/kindergartens/street/east/', '/xqjy/kindergartens/street/east/'],
    ['groupPagePath', groupPagePath('east', 1), '/kindergartens/street/east/', '/xqjy/kindergartens/street/east/'],
    ['groupPagePath', groupPagePath('east', 0), '/kindergartens/street/east/', '/xqjy/kindergartens/street/east/'],
    ['groupPagePath', groupPagePath('east', 2), '/kindergartens/street/east/2/', '/xqjy/kindergartens/street/east/2/'],
    ['groupPagePath', groupPagePath('a-b', 12), '/kindergartens/street/a-b/12/', '/xqjy/kindergartens/street/a-b/12/'],
    ['feeBasisPath', feeBasisPath('city-2023'), '/fees/#basis-city-2023', '/xqjy/fees/#basis-city-2023'],
    ['feeBasisPath', feeBasisPath(undefined), '/fees/', '/xqjy/fees/'],
    ['figureCsvPath', figureCsvPath('seats-by-street'), '/data/seats-by-street.csv', '/xqjy/data/seats-by-street.csv'],
    ['figureCsvPath', figureCsvPath('progress-task-staffing-trend'), '/data/progress-task-staffing-trend.csv', '/xqjy/data/progress-task-staffing-trend.csv'],
    ['datasetPaths.csv', datasetPaths('fee-adjustments').csv, '/data/sets/fee-adjustments.csv', '/xqjy/data/sets/fee-adjustments.csv'],
    ['datasetPaths.json', datasetPaths('fee-adjustments').json, '/data/sets/fee-adjustments.json', '/xqjy/data/sets/fee-adjustments.json'],
    ['inPage', inPage(PAGES.fees, 'rules'), '/fees/#rules', '/xqjy/fees/#rules'],
    ['inPage', inPage(PAGES.about, 'contact'), '/about/#contact', '/xqjy/about/#contact'],
    ['inPage', inPage(PAGES.updates, '2024-06-01-fee-1'), '/updates/#2024-06-01-fee-1', '/xqjy/updates/#2024-06-01-fee-1'],
    ['policyPath', policyPath('plan-2023'), '/policies/plan-2023/', '/xqjy/policies/plan-2023/'],
    ['taskPath', taskPath('staffing'), '/progress/staffing/', '/xqjy/progress/staffing/'],
    ['PAGES.home', PAGES.home, '/', '/xqjy/'],
    ['PAGES.rss', PAGES.rss, '/rss.xml', '/xqjy/rss.xml'],
    ['PAGES.shareImage', PAGES.shareImage, '/og.png', '/xqjy/og.png'],
    ['PAGES.favicon', PAGES.favicon, '/favicon.svg', '/xqjy/favicon.svg'],
    ['PAGES.data', PAGES.data, '/data/', '/xqjy/data/'],
  ])('%s → %s', (_name, path, atRoot, underBase) => {
    expect(path).toBe(atRoot);
    expect(href('/', path)).toBe(atRoot);
    expect(href('/xqjy/', path)).toBe(underBase);
  });

  it('the fixed pages are the URL contract (published: they never change)', () => {
    expect(PAGES).toEqual({
      home: '/', policies: '/policies/', progress: '/progress/', indicators: '/indicators/', kindergartens: '/kindergartens/', fees: '/fees/',
      seats: '/seats/', enrollment: '/enrollment/', search: '/search/', about: '/about/', updates: '/updates/', data: '/data/', rss: '/rss.xml',
      shareImage: '/og.png', favicon: '/favicon.svg',
    });
  });

  it.each([
    ['city-2023', 'basis-city-2023', 'city-2023.csv'],
    ['a', 'basis-a', 'a.csv'],
  ])('anchor and file name of %s', (id, anchor, file) => {
    expect(feeBasisAnchor(id)).toBe(anchor);
    expect(figureCsvName(id)).toBe(file);
    expect(feeBasisPath(id).endsWith(`#${anchor}`)).toBe(true);
    expect(figureCsvPath(id).endsWith(`/${file}`)).toBe(true);
  });
});

describe('datasetPaths', () => {
  it.each([
    ['kindergartens', { csv: '/data/sets/kindergartens.csv', json: '/data/sets/kindergartens.json' }],
    ['fee-adjustments', { csv: '/data/sets/fee-adjustments.csv', json: '/data/sets/fee-adjustments.json' }],
  ])('datasetPaths(%s)', (id, want) => expect(datasetPaths(id)).toEqual(want));
});
