/**
 * The benchmark's search queries, taken from the content so that any county's content is measured the way a
 * parent searches it: a kindergarten's short name, the pinyin initials of that name, another kindergarten's
 * full name, and 收费 (the fees page). Each with the page that must come first.
 */
import { join } from 'node:path';
import { listCollection, readParsed } from '../../src/content-read.ts';
import { nameVariants, pinyinForms } from '../../src/lib/search/terms.ts';

/** A query and the site-relative path expected as its first result. */
export interface BenchQuery {
  q: string;
  first: string;
}

/** Queries for the content folder `dir` (the kindergartens that sort first by id; copies of the generator excluded). */
export function benchQueries(dir: string): BenchQuery[] {
  const kgs = listCollection(join(dir, 'kindergartens'), '.json').flatMap((item) =>
    item.kind === 'entry' && !item.id.includes('-copy') ? [{ id: item.id, ...(readParsed(item.path, '.json').data as { name: string; shortNames?: string[] }) }] : [],
  );
  const a = kgs.find((k) => k.shortNames?.length) ?? kgs[0];
  const b = kgs.find((k) => k !== a);
  const out: BenchQuery[] = [];
  if (a) {
    const short = a.shortNames?.[0] ?? nameVariants(a.name)[1] ?? a.name;
    const [, initials] = pinyinForms(short);
    out.push({ q: short, first: `/kindergartens/${a.id}/` });
    if (initials) out.push({ q: initials, first: `/kindergartens/${a.id}/` });
  }
  if (b) out.push({ q: b.name, first: `/kindergartens/${b.id}/` });
  out.push({ q: '收费', first: '/fees/' });
  return out;
}
