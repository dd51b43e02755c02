/** Table of contents from a document's headings. Pure. */

/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A TOC entry with its sub-entries. */
export interface TocItem extends Heading {
  children: TocItem[];
}

/** Nests headings between `minDepth` and `maxDepth` by depth; a deeper heading with no parent is lifted. */
export function buildToc(headings: readonly Heading[], minDepth = 2, maxDepth = 4): TocItem[] {
  const root: TocItem[] = [];
  const stack: TocItem[] = [];
  for (const h of headings) {
    if (h.depth < minDepth || h.depth > maxDepth) continue;
    const item: TocItem = { ...h, children: [] };
    for (let top = stack.at(-1); top && top.depth >= h.depth; top = stack.at(-1)) stack.pop();
    const parent = stack.at(-1);
    (parent ? parent.children : root).push(item);
    stack.push(item);
  }
  return root;
}
