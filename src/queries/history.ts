/** Queries of what changed and when: 更新于 dates and the /updates/ list, from git once per build. */
import { getCollection } from 'astro:content';
import { changeDates, latestDates, updatedOn, updateItems, type UpdateItem } from '../lib/history/history.ts';
import { readContentHistory } from '../content-history.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import { isSample } from '../lib/core/sample.ts';
import { getAllKindergartens } from './kindergartens.ts';
import { once } from './once.ts';
import { getSite } from './site.ts';

/** What changed and when (src/lib/history/history.ts): 更新于 dates by content path and the /updates/ list. */
export interface History {
  /** Latest date per content file, per folder ('reports/') and '' for all of content/. */
  dates: Map<string, string>;
  /** The change list, newest first. */
  items: UpdateItem[];
  /** True when the dates come from git; false when they come from the content (why is in the build log). */
  fromGit: boolean;
}

/** The history of content/, read from git once per build (one git log, not one per page). */
export const getHistory = once(async (): Promise<History> => {
  const [site, policies, reports, kgs, indicators, notes] = await Promise.all([
    getSite(), getCollection('policies'), getCollection('reports'), getAllKindergartens(), getCollection('indicators'), getCollection('updates'),
  ]);
  // The content's own dates: used for every file git has no date for (no history, or not committed yet).
  const own = [
    ...policies.map((e) => ({ path: `policies/${e.id}.mdx`, date: e.data.publishedOn ?? e.data.writtenOn })),
    ...reports.map((e) => ({ path: `reports/${e.id}.json`, date: e.data.asOf })),
    ...kgs.map((k) => ({ path: `kindergartens/${k.id}.json`, date: k.data.asOf })),
    ...indicators.flatMap((e) => (e.data.asOf ? [{ path: `indicators/${e.id}.json`, date: e.data.asOf }] : [])),
  ];
  const git = readContentHistory(contentDir(), site.district);
  if (!git.ok) {
    console.warn(`提示：${git.reason}，各页的“更新于”和更新记录（/updates/）改用内容里的日期（发布日期、统计截止日期、信息核对日期），新增和移除的幼儿园不列出；用完整的 git 仓库构建即可。`);
  }
  const commits = git.ok ? git.commits : undefined;
  const fromGit = commits ? changeDates(commits) : [];
  const known = new Set(fromGit.map((d) => d.path));
  const items = updateItems({
    commits,
    removedNames: git.ok ? git.removedNames : undefined,
    policies: policies.map((e) => ({ slug: e.id, title: e.data.title, date: e.data.publishedOn ?? e.data.writtenOn, sample: e.data.sample })),
    reports: reports.map((e) => ({ id: e.id, month: e.data.month, asOf: e.data.asOf, sample: e.data.sample })),
    kindergartens: kgs.map((k) => ({ id: k.id, name: k.data.name, history: k.data.fees.history, sample: isSample(k) })),
    notes: notes.map((e) => ({ id: e.id, ...e.data })),
  });
  return { dates: latestDates([...fromGit, ...own.filter((o) => !known.has(o.path))]), items, fromGit: commits !== undefined };
});

/**
 * The 更新于 date of a page from the content it shows: content paths ('kindergartens/x.json'), folders
 * ('reports/') or '' for everything. Undefined when no date is known.
 */
export async function getUpdatedOn(sources: readonly string[]): Promise<string | undefined> {
  return updatedOn(sources, (await getHistory()).dates);
}
