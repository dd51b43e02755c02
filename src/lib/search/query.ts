/** Query preparation in the browser. Kept apart from terms.ts so the client bundle stays small. Pure. */

/**
 * Splits a query into dictionary words by forward maximum matching. Used only when the browser lacks
 * Intl.Segmenter (old WeChat webviews): Pagefind then searches the space-separated words.
 */
export function segmentWithDictionary(query: string, dictionary: ReadonlySet<string>, maxLen = 6): string {
  const out: string[] = [];
  for (const run of query.trim().split(/\s+/)) {
    let i = 0;
    const chars = [...run];
    let latin = '';
    for (let c = chars[i]; c !== undefined; c = chars[i]) {
      if (!/[\u4e00-\u9fff]/.test(c)) {
        latin += c;
        i++;
        continue;
      }
      if (latin) { out.push(latin); latin = ''; }
      let len = Math.min(maxLen, chars.length - i);
      while (len > 1 && !dictionary.has(chars.slice(i, i + len).join(''))) len--;
      out.push(chars.slice(i, i + len).join(''));
      i += len;
    }
    if (latin) out.push(latin);
  }
  return out.join(' ');
}

/** Query clean-up before searching: full-width letters/digits to ASCII, 〔〕 brackets and 第 before numbers dropped. */
export function normalizeQuery(q: string): string {
  return q
    .normalize('NFKC')
    .replace(/[〔〕【】[\]（）()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
