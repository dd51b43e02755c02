/**
 * Post-build search indexing: Pagefind (extended build: Chinese is segmented at indexing time) over the
 * pages that mark their <main> with data-pagefind-body, plus a word list for browsers without
 * Intl.Segmenter (src/lib/search/query.ts segmentWithDictionary) and the names of every page for
 * best-bet ranking (src/lib/search/names.ts), split by src/lib/search/shards.ts.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { dictionaryWords } from '../src/lib/search/dictionary.ts';
import { nameEntries } from '../src/lib/search/dictionary.ts';
import { buildShards } from '../src/lib/search/shards.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
}

/** Indexes `dir` in place; returns the page count. Throws on any Pagefind error. */
export async function indexSite(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length) throw new Error(`Pagefind 初始化失败：${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) throw new Error(`Pagefind 索引失败：${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
  await pagefind.close();

  const pages = htmlFiles(dir)
    .map((f) => ({ path: relative(dir, f), html: readFileSync(f, 'utf8') }))
    .filter((p) => p.html.includes('data-pagefind-body'));
  writeFileSync(join(dir, 'search-dictionary.json'), JSON.stringify(dictionaryWords(pages.map((p) => p.html))));
  // Best bets in small files keyed by what a query contains (src/lib/search/shards.ts): the first search
  // fetches a few of them, not every page's names.
  const shards = buildShards(nameEntries(pages));
  const out = join(dir, 'search-names');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out);
  writeFileSync(join(out, 'meta.json'), JSON.stringify(shards.manifest));
  shards.buckets.forEach((b, i) => writeFileSync(join(out, `k${i}.json`), JSON.stringify(b)));
  shards.blocks.forEach((b, i) => writeFileSync(join(out, `e${i}.json`), JSON.stringify(b)));
  return added.page_count;
}

// `node scripts/index-search.ts <dir>`: indexes an Astro output folder on its own (the bench times it apart).
if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) throw new Error('用法：node scripts/index-search.ts <目录>');
  console.log(`搜索索引完成：${await indexSite(dir)} 个页面。`);
}
