/** Files written next to the search index: the word list for browsers without Intl.Segmenter, and page names. Pure. */
import type { NameEntry } from './names.ts';

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

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Site-relative URL of a built file: `kindergartens/a/index.html` → `/kindergartens/a/`. */
export function urlOfFile(path: string): string {
  return `/${path.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The best-bet name entries (split into search-names/ by shards.ts) of the built pages that carry a `data-search-names` attribute. */
export function nameEntries(pages: readonly { path: string; html: string }[]): NameEntry[] {
  const out: NameEntry[] = [];
  for (const { path, html } of pages) {
    const attr = /data-search-names="([^"]*)"/.exec(html)?.[1];
    if (!attr) continue;
    const data = JSON.parse(decode(attr)) as Omit<NameEntry, 'u' | 't'>;
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
    out.push({ u: urlOfFile(path), t: decode(h1.replace(/<[^>]+>/g, '')).trim(), ...data });
  }
  return out.sort((a, b) => a.u.localeCompare(b.u));
}
