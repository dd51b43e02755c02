/**
 * The only module that reads content collections. Pages call these and get plain, typed data;
 * components never query.
 */
import { getCollection, getEntry, render } from 'astro:content';
import type { SiteConfig } from './schemas/site.ts';
import type { PolicyData } from './schemas/policy.ts';
import type { Heading } from './lib/toc.ts';
import type { Figure } from './lib/figure.ts';

/** The validated site config (content/site.json). */
export async function getSite(): Promise<SiteConfig> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('缺少 content/site.json');
  return entry.data;
}

/** A policy for lists: slug plus metadata. */
export interface PolicySummary {
  slug: string;
  data: PolicyData;
}

/** Every policy, newest 成文日期 first. */
export async function getPolicies(): Promise<PolicySummary[]> {
  const all = await getCollection('policies');
  return all
    .map((e) => ({ slug: e.id, data: e.data }))
    .sort((a, b) => b.data.writtenOn.localeCompare(a.data.writtenOn) || a.slug.localeCompare(b.slug));
}

/** Every policy with its rendered body and headings, for the policy pages. */
export async function getPolicyPages() {
  const all = await getCollection('policies');
  const titles = new Map(all.map((e) => [e.id, e.data.title]));
  return Promise.all(
    all.map(async (e) => {
      const { Content, headings } = await render(e);
      const supersededByTitle = e.data.supersededBy ? titles.get(e.data.supersededBy) : undefined;
      if (e.data.supersededBy && !supersededByTitle) {
        throw new Error(`content/policies/${e.id}.mdx：supersededBy（被替代文件）“${e.data.supersededBy}”不存在。修改方法：写 content/policies/ 中已有文件的文件名（不含 .mdx）。`);
      }
      return { slug: e.id, data: e.data, Content, headings: headings as Heading[], supersededByTitle };
    }),
  );
}

/**
 * Every figure of the site (progress, seats, …). Each page renders its figures by id, and
 * /data/<id>.csv is generated from the same list, so a CSV always equals its table.
 */
export async function getFigures(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const ids = new Set<string>();
  for (const f of figures) {
    if (ids.has(f.id)) throw new Error(`图表编号重复：${f.id}`);
    ids.add(f.id);
  }
  return figures;
}

/** One figure by id; a missing id is a programming error and stops the build. */
export async function getFigure(id: string): Promise<Figure> {
  const f = (await getFigures()).find((x) => x.id === id);
  if (!f) throw new Error(`没有编号为 ${id} 的图表`);
  return f;
}
