/** The one Chinese collation of the site. Pure. */

// zh-CN, the pages' language; ICU resolves zh-Hans-CN (used before) to the same pinyin collation.
const collator = new Intl.Collator('zh-CN');

/** Compares two Chinese texts (names, titles) in pinyin order: every sort of Chinese text uses it. */
export function compareZh(a: string, b: string): number {
  return collator.compare(a, b);
}
