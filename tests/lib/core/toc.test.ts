import { describe, expect, it } from 'vitest';
import { buildToc } from '../../../src/lib/core/toc.ts';

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

describe('buildToc depth range', () => {
  const h = (depth: number, text: string) => ({ depth, slug: `s-${text}`, text });
  it('keeps slug and text of each heading', () => {
    expect(buildToc([h(2, '一、总体要求')])).toEqual([{ depth: 2, slug: 's-一、总体要求', text: '一、总体要求', children: [] }]);
  });
  it('honours minDepth and maxDepth (both inclusive)', () => {
    const hs = [h(1, 'a'), h(2, 'b'), h(3, 'c'), h(4, 'd')];
    expect(buildToc(hs, 2, 2).map((t) => [t.text, t.children.length])).toEqual([['b', 0]]);
    expect(buildToc(hs, 1, 3).map((t) => t.text)).toEqual(['a']);
    expect(buildToc(hs, 1, 3)[0]!.children[0]!.children.map((t) => t.text)).toEqual(['c']);
    expect(buildToc(hs, 5, 6)).toEqual([]);
  });
  it('a heading after a deeper one returns to its own level (siblings stay siblings)', () => {
    const toc = buildToc([h(2, 'A'), h(4, 'A-deep'), h(3, 'A1'), h(2, 'B')]);
    expect(toc.map((t) => t.text)).toEqual(['A', 'B']);
    expect(toc[0]!.children.map((t) => t.text)).toEqual(['A-deep', 'A1']);
  });
});
