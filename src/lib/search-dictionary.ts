/** The word list used to split queries when a browser has no Intl.Segmenter. Pure. */

/** Visible text of the searchable part of a page: <main data-pagefind-body>, tags and scripts removed, plus hidden keywords. */
export function indexedText(html: string): string {
  const main = /<main[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  const keywords = [...main.matchAll(/data-pagefind-meta="keywords:([^"]*)"/g)].map((m) => m[1]).join(' ');
  const text = main.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ');
  return `${text} ${keywords}`.replace(/&[a-z]+;|&#\d+;/g, ' ');
}

/** Chinese words (2–6 characters) that Intl.Segmenter finds in the pages, sorted, without duplicates. */
export function dictionaryWords(htmlPages: readonly string[]): string[] {
  const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words = new Set<string>();
  for (const html of htmlPages) {
    for (const { segment, isWordLike } of seg.segment(indexedText(html))) {
      if (isWordLike && /^[\u4e00-\u9fff]{2,6}$/.test(segment)) words.add(segment);
    }
  }
  return [...words].sort();
}
