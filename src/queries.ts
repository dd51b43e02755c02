/**
 * The only module that reads content collections. Pages call these and get plain, typed data;
 * components never query.
 */
import { getCollection, getEntry, render } from 'astro:content';
import type { SiteConfig } from './schemas/site.ts';
import type { PolicyData } from './schemas/policy.ts';
import type { Heading } from './lib/toc.ts';
import type { Figure } from './lib/figure.ts';
import type { KindergartenType, Street } from './schemas/directory.ts';
import type { FeeConfig } from './schemas/fees.ts';
import { resolveKindergartens, type Kindergarten } from './lib/kindergartens.ts';
import { adjustmentsFigure, adjustmentsUnder, feeTableFigure } from './lib/fees.ts';
import { projectProgress, seatsByStreetFigure, seatsByTypeFigure, sharesFigure, type SeatProject } from './lib/seats.ts';

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
  const figures: Figure[] = [...(await getKindergartenFigures())];
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

/** The district's streets (content/streets.json), in display order; empty when the file is missing. */
export async function getStreets(): Promise<Street[]> {
  return (await getEntry('streets', 'streets'))?.data.streets ?? [];
}

/** The district's kindergarten types (content/kindergarten-types.json), in display order. */
export async function getKindergartenTypes(): Promise<KindergartenType[]> {
  return (await getEntry('kindergartenTypes', 'kindergartenTypes'))?.data.types ?? [];
}

/** Fee rules, basis documents and the unified meal fee standard (content/fees.json). */
export async function getFeeConfig(): Promise<FeeConfig> {
  return (await getEntry('feeConfig', 'feeConfig'))?.data ?? { rules: [], documents: [] };
}

/** Every kindergarten with its type and street, by street, type, then name. */
export async function getKindergartens(): Promise<Kindergarten[]> {
  const [all, types, streets] = await Promise.all([getCollection('kindergartens'), getKindergartenTypes(), getStreets()]);
  return resolveKindergartens(all.map((e) => ({ id: e.id, data: e.data })), types, streets);
}

/**
 * New-seat projects (the plan's rebuilds), each with its progress when the progress data holds its target
 * (content/targets/<project.target>.json and the monthly reports). The only coupling to the progress data.
 */
export async function getSeatProjects(): Promise<SeatProject[]> {
  const [kgs, targets, reports] = await Promise.all([getKindergartens(), getCollection('targets'), getCollection('reports')]);
  const byId = new Map(targets.map((t) => [t.id, t.data]));
  const reportData = reports.map((r) => r.data);
  return kgs.flatMap((kg) => {
    const project = kg.data.project;
    if (!project) return [];
    const progress = project.target ? projectProgress(project.target, byId.get(project.target), reportData) : undefined;
    return [{ kg, project, ...(progress ? { progress } : {}) }];
  });
}

/** Figures of the kindergarten, fees and seats pages. */
async function getKindergartenFigures(): Promise<Figure[]> {
  const [kgs, types, streets, fees] = await Promise.all([getKindergartens(), getKindergartenTypes(), getStreets(), getFeeConfig()]);
  const adj = fees.adjustments;
  return [
    feeTableFigure(kgs),
    ...(adj ? [adjustmentsFigure(adjustmentsUnder(kgs, adj.docNumber), adj.docNumber, adj.expected)] : []),
    seatsByStreetFigure(kgs, streets),
    seatsByTypeFigure(kgs, types),
    sharesFigure(kgs),
  ];
}
