/** Queries of the policy documents (content/policies/). */
import { getCollection, render } from 'astro:content';
import type { PolicyData } from '../schemas/policy.ts';
import type { Heading } from '../lib/core/toc.ts';
import { once } from './once.ts';

/** A policy for lists: slug plus metadata. */
export interface PolicySummary {
  slug: string;
  data: PolicyData;
}

/** Every policy, newest 成文日期 first. Once per build: every kindergarten page names policies, and the list grows with the site. */
export const getPolicies = once(async (): Promise<PolicySummary[]> => (await getCollection('policies'))
  .map((e) => ({ slug: e.id, data: e.data }))
  .sort((a, b) => b.data.writtenOn.localeCompare(a.data.writtenOn) || a.slug.localeCompare(b.slug)));

/** Each policy's short title by slug: what PolicyRefLink prints for a source. Once per build, like getPolicies. */
export const getPolicyShortTitles = once(async (): Promise<Map<string, string>> => new Map((await getPolicies()).map((p) => [p.slug, p.data.shortTitle])));

/** Every policy with its rendered body and headings, for the policy pages. */
export async function getPolicyPages() {
  const all = await getCollection('policies');
  const titles = new Map(all.map((e) => [e.id, e.data.title]));
  return Promise.all(
    all.map(async (e) => {
      const { Content, headings } = await render(e);
      // The rule engine (src/lib/rules/content-rules.ts, run before the build) guarantees the title exists.
      const supersededByTitle = e.data.supersededBy ? titles.get(e.data.supersededBy) : undefined;
      return { slug: e.id, data: e.data, Content, headings: headings as Heading[], supersededByTitle };
    }),
  );
}
