import { describe, expect, it } from 'vitest';
import { MAX_TITLE, metaDescription, pageTitle } from '../../../src/lib/core/page-meta.ts';

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

describe('pageTitle and metaDescription at the limits', () => {
  it.each([
    // Exactly MAX_TITLE characters with the site's short name: kept whole.
    ['一'.repeat(MAX_TITLE - ' · 区教育'.length), '区教育', `${'一'.repeat(MAX_TITLE - ' · 区教育'.length)} · 区教育`],
    // One character more: the site's short name is dropped, the page title kept whole.
    ['一'.repeat(MAX_TITLE - ' · 区教育'.length + 1), '区教育', '一'.repeat(MAX_TITLE - ' · 区教育'.length + 1)],
    // Exactly MAX_TITLE characters of page title: kept, no “…”.
    ['一'.repeat(MAX_TITLE), '区教育', '一'.repeat(MAX_TITLE)],
    ['一'.repeat(MAX_TITLE + 1), '区教育', `${'一'.repeat(MAX_TITLE - 1)}…`],
    // An empty page title counts as none: the site name.
    ['', '区教育', '区教育'],
  ])('pageTitle(%s, %s) = %s', (short, site, want) => expect(pageTitle(short, site)).toBe(want));

  it('a home page whose site name is too long is cut to MAX_TITLE characters without “…”', () => {
    const t = pageTitle(undefined, '短名', '长'.repeat(50));
    expect(t).toBe('长'.repeat(MAX_TITLE));
  });

  it('counts characters, not UTF-16 units (a character outside the BMP is one)', () => {
    const t = pageTitle('𠀀'.repeat(MAX_TITLE + 5), '区教育');
    expect([...t]).toHaveLength(MAX_TITLE);
    expect(t.endsWith('…')).toBe(true);
  });

  it.each([
    ['', 120, ''],
    ['   \n\t ', 120, ''],
    ['第一段。\n\n第二段。', 120, '第一段。 第二段。'],
    ['字'.repeat(120), 120, '字'.repeat(120)],
    ['字'.repeat(121), 120, `${'字'.repeat(119)}…`],
    ['一二三四五', 3, '一二…'],
  ])('metaDescription(%j, %i) = %j', (text, max, want) => expect(metaDescription(text, max)).toBe(want));
});
