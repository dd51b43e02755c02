/**
 * Astro prints English warnings about content that is legitimately absent (a county with no monthly report
 * yet has no reports/ folder). The build script passes Astro's output through `translateAstroLog`, so staff
 * read one Chinese line instead. Pure.
 */

/**
 * Where a collection lives and what staff call it, e.g. reports → { path: 'reports/', label: '月报' }.
 * `optional` collections (notes a county may never write) are empty without a word.
 */
export type CollectionNames = Readonly<Record<string, { path: string; label: string; optional?: boolean | undefined }>>;

const EMPTY = /The collection "([^"]+)" does not exist or is empty\.[^\n]*/;
const NO_BASE = /The base directory "([^"]+)" does not exist\.?/;

/**
 * The Chinese line for one line of Astro output, or the line unchanged. Returns null for a line that only
 * repeats what another translated line says (the missing folder is reported once, as the empty collection).
 */
export function translateAstroLog(line: string, names: CollectionNames, contentRoot: string): string | null {
  const key = EMPTY.exec(line)?.[1];
  if (key !== undefined) {
    const n = names[key];
    if (n?.optional) return null;
    const what = n ? `${n.label}（${contentRoot}/${n.path}）` : `“${key}”`;
    return `提示：${what}还没有任何文件，相关页面会写明尚无数据。`;
  }
  if (NO_BASE.test(line)) return null;
  return line;
}
