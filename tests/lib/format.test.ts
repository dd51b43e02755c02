import { describe, expect, it } from 'vitest';
import { formatDateZh, formatNumber, formatPercent, percentValue } from '../../src/lib/format.ts';
import { metaDescription, pageTitle } from '../../src/lib/page-meta.ts';
import { buildToc } from '../../src/lib/toc.ts';

describe('formatting', () => {
  it.each([
    ['2023-12-18', '2023年12月18日'],
    ['2024-06-01', '2024年6月1日'],
    ['2024-06', '2024年6月'],
  ])('formatDateZh(%s)', (iso, want) => expect(formatDateZh(iso)).toBe(want));
  it('rejects a malformed date loudly', () => expect(() => formatDateZh('2024/6/1')).toThrow('YYYY-MM-DD'));
  it.each([
    [55100, '55,100'], [9900, '9,900'], [72.73, '72.7'], [0, '0'],
  ])('formatNumber(%d)', (n, want) => expect(formatNumber(n)).toBe(want));
  it.each([
    [0.7272, '72.7%'], [1, '100%'], [0, '0%'], [1.25, '125%'],
  ])('formatPercent(%d)', (r, want) => expect(formatPercent(r)).toBe(want));
});

describe('page titles (WeChat shows only title and URL)', () => {
  it.each([
    ['实施方案全文', '昆区学前教育', '实施方案全文 · 昆区学前教育'],
    [undefined, '昆区学前教育', '昆区学前教育'],
    ['包钢第十七幼儿园 收费标准', '昆区学前教育', '包钢第十七幼儿园 收费标准 · 昆区学前教育'],
    ['一'.repeat(35), '昆区学前教育', '一'.repeat(35)],
    ['一'.repeat(45), '昆区学前教育', `${'一'.repeat(39)}…`],
  ])('pageTitle(%s)', (short, site, want) => {
    const t = pageTitle(short, site);
    expect(t).toBe(want);
    expect([...t].length).toBeLessThanOrEqual(40);
  });
  it('the home page (no title of its own) gets the full site name', () => {
    expect(pageTitle(undefined, '昆区学前教育', '昆都仑区学前教育普及普惠')).toBe('昆都仑区学前教育普及普惠');
  });
  it('metaDescription collapses whitespace and cuts long text', () => {
    expect(metaDescription(' a \n b ')).toBe('a b');
    expect([...metaDescription('字'.repeat(200))].length).toBe(120);
  });
});

describe('buildToc', () => {
  const h = (depth: number, text: string) => ({ depth, slug: text, text });
  it('nests by depth and skips out-of-range headings', () => {
    const toc = buildToc([h(1, 'title'), h(2, 'A'), h(3, 'A1'), h(4, 'A1a'), h(3, 'A2'), h(2, 'B'), h(5, 'deep')]);
    expect(toc.map((t) => t.text)).toEqual(['A', 'B']);
    expect(toc[0]!.children.map((t) => t.text)).toEqual(['A1', 'A2']);
    expect(toc[0]!.children[0]!.children.map((t) => t.text)).toEqual(['A1a']);
  });
  it('lifts an orphan deeper heading to the top level', () => {
    expect(buildToc([h(3, 'x'), h(2, 'y')]).map((t) => t.text)).toEqual(['x', 'y']);
  });
  it('empty without headings', () => expect(buildToc([])).toEqual([]));
});

describe('percentValue', () => {
  it.each([
    [0.72727, 72.7],
    [1, 100],
    [0, 0],
    [1.2345, 123.5],
    [0.00049, 0],
  ])('percentValue(%d) = %d', (r, want) => expect(percentValue(r)).toBe(want));
});
