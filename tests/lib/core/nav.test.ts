import { describe, expect, it } from 'vitest';
import { NAV, QUICK_LINKS } from '../../../src/lib/core/nav.ts';
import { PAGES } from '../../../src/lib/core/urls.ts';

describe('navigation', () => {
  it('every quick link of the home page is a section of the header', () => {
    const paths = new Set(NAV.map((n) => n.path));
    for (const q of QUICK_LINKS) expect(paths.has(q.path), q.path).toBe(true);
    expect(QUICK_LINKS.map((q) => q.label).slice(0, 2)).toEqual(['查收费', '查学位']);
  });
});

describe('NAV and QUICK_LINKS', () => {
  const pages = new Set<string>(Object.values(PAGES));
  it.each([['NAV', NAV], ['QUICK_LINKS', QUICK_LINKS]] as const)('%s: every path is a PAGES entry, no path or label twice, labels non-empty', (_, items) => {
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((n) => !pages.has(n.path)).map((n) => n.path)).toEqual([]);
    expect(new Set(items.map((n) => n.path)).size).toBe(items.length);
    expect(new Set(items.map((n) => n.label)).size).toBe(items.length);
    expect(items.filter((n) => n.label.trim() === '')).toEqual([]);
  });
  it('the header starts at the home page', () => expect(NAV[0]!.path).toBe(PAGES.home));
});
