import { describe, expect, it } from 'vitest';
import { absoluteUrl, href, isInSection, stripBase } from '../../src/lib/urls.ts';

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
    expect(absoluteUrl('https://jyj.example.cn/xqjy/', '/xqjy/', '/about/')).toBe('https://jyj.example.cn/xqjy/about/');
  });
});
