/**
 * The only module that reads content collections. Pages call these and get plain, typed data;
 * components never query.
 */
import { getCollection, getEntry, render } from 'astro:content';
import type { SiteConfig } from './schemas/site.ts';
import type { PolicyData } from './schemas/policy.ts';
import type { Heading } from './lib/core/toc.ts';
import type { Figure } from './lib/core/figure.ts';
import type { TargetRecord } from './schemas/target.ts';
import type { TaskRecord } from './schemas/task.ts';
import {
  aggregate, breakdownSeries, latestAsOf, newSeats, progressByTask, trend,
  type Aggregate, type ReportFacts, type TaskProgress, type Total, type TrendPoint,
} from './lib/progress/engine.ts';
import { breakdownFigure, overallTrendFigure, taskFigure, taskTrendFigure, tasksFigure } from './lib/progress/figures.ts';
import { indicatorsFigure, sortIndicators } from './lib/progress/indicators.ts';
import type { IndicatorRecord } from './schemas/indicator.ts';
import { timeline, type TimelineItem } from './lib/progress/milestones.ts';
import type { KindergartenType, Street } from './schemas/directory.ts';
import type { FeeConfig } from './schemas/fees.ts';
import type { EnrollmentData } from './schemas/enrollment.ts';
import { resolveKindergartens, splitByState, type Kindergarten } from './lib/kindergartens/kindergarten.ts';
import { adjustmentsByStreetFigure, adjustmentsFigure, adjustmentsUnder, feeTableFigure } from './lib/kindergartens/fees.ts';
import { deriveWords, citedPolicy, type Words } from './lib/core/words.ts';
import { changeDates, latestDates, updatedOn, updateItems, type UpdateItem } from './lib/history/history.ts';
import { readContentHistory } from './content-history.ts';
import { projectsByStreetFigure, seatProjects, seatsByStreetFigure, seatsByTypeFigure, sharesFigure, type SeatProject } from './lib/kindergartens/seats.ts';
import type { Dataset } from './lib/open-data/datasets.ts';
import { feeAdjustmentsDataset } from './lib/open-data/fee-adjustments.ts';
import { indicatorsDataset } from './lib/open-data/indicators.ts';
import { kindergartensDataset } from './lib/open-data/kindergartens.ts';
import { reportsDataset } from './lib/open-data/reports.ts';
import { targetsDataset } from './lib/open-data/targets.ts';

/** The validated site config (content/site.json). */
export async function getSite(): Promise<SiteConfig> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('缺少 content/site.json');
  return entry.data;
}

let words: Promise<Words> | undefined;

async function loadWords(): Promise<Words> {
  const [site, streetsEntry, targets, policies] = await Promise.all([
    getSite(), getEntry('streets', 'streets'), getCollection('targets'), getCollection('policies'),
  ]);
  const slug = citedPolicy(targets.map((t) => t.data.source.policy));
  const planTitle = policies.find((p) => p.id === slug)?.data.title;
  return deriveWords({
    site,
    streets: streetsEntry?.data.streets ?? [],
    streetsWord: streetsEntry?.data.word ?? '',
    ...(planTitle ? { planTitle } : {}),
  });
}

/**
 * The words pages use about the place, derived from content (see src/lib/core/words.ts): region word (全区/全县 …),
 * subdivision words (街道, 镇（乡） …) and the plan's short name. Computed once per build.
 */
export function getWords(): Promise<Words> {
  words ??= loadWords();
  return words;
}

/** A policy for lists: slug plus metadata. */
export interface PolicySummary {
  slug: string;
  data: PolicyData;
}

/** Every policy, newest 成文日期 first. */
export function getPolicies(): Promise<PolicySummary[]> {
  // Once per build: every kindergarten page names policies, and the list grows with the site.
  policies ??= getCollection('policies').then((all) => all
    .map((e) => ({ slug: e.id, data: e.data }))
    .sort((a, b) => b.data.writtenOn.localeCompare(a.data.writtenOn) || a.slug.localeCompare(b.slug)));
  return policies;
}

let policies: Promise<PolicySummary[]> | undefined;

/** Each policy's short title by slug: what PolicyRefLink prints for a source. Once per build, like getPolicies. */
export function getPolicyShortTitles(): Promise<Map<string, string>> {
  shortTitles ??= getPolicies().then((all) => new Map(all.map((p) => [p.slug, p.data.shortTitle])));
  return shortTitles;
}

let shortTitles: Promise<Map<string, string>> | undefined;

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

/**
 * Every figure of the site (progress, seats, …). Each page renders its figures by id, and
 * /data/<id>.csv is generated from the same list, so a CSV always equals its table.
 */
export function getFigures(): Promise<Figure[]> {
  // Computed once per build like getProgress(): pages that show one figure would otherwise rebuild all.
  figures ??= loadFigures();
  return figures;
}

let figures: Promise<Figure[]> | undefined;

async function loadFigures(): Promise<Figure[]> {
  const figures: Figure[] = [...(await getProgress()).figures, (await getIndicators()).figure, ...(await getKindergartenFigures())];
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


/** Everything the progress pages and the home page show, from the same derivations. */
export interface ProgressData {
  /** Every task with its targets' progress, in order. */
  tasks: TaskProgress<TaskRecord, TargetRecord>[];
  /** All targets together. */
  overall: Aggregate;
  /** All targets month by month. */
  trend: TrendPoint[];
  /** Each task month by month, by task id. */
  taskTrends: Record<string, TrendPoint[]>;
  /** 新建学位 planned and done. */
  seats: Total;
  /** Latest 统计截止日期 of any report. */
  latestAsOf: string | null;
  /** Number of monthly reports. */
  reportCount: number;
  /** True when any report shown is sample data. */
  sample: boolean;
  /** Title of each policy the targets cite, by slug (for source lines and links). */
  policyTitles: Record<string, string>;
  /** The progress figures (also served as /data/<id>.csv). */
  figures: Figure[];
}

let progress: Promise<ProgressData> | undefined;

async function loadProgress(): Promise<ProgressData> {
  const [site, taskEntries, targetEntries, reportEntries, policies] = await Promise.all([
    getSite(), getCollection('tasks'), getCollection('targets'), getCollection('reports'), getCollection('policies'),
  ]);
  const tasks: TaskRecord[] = taskEntries.map((e) => ({ id: e.id, ...e.data }));
  const targets: TargetRecord[] = targetEntries.map((e) => ({ id: e.id, ...e.data }));
  const reports: ReportFacts[] = reportEntries.map((e) => ({ id: e.id, path: `content/reports/${e.id}.json`, ...e.data }));
  const policyTitles = Object.fromEntries(policies.map((p) => [p.id, p.data.title]));
  const byTask = progressByTask(tasks, targets, reports);
  const overall = aggregate(byTask.flatMap((t) => t.targets));
  const allTrend = trend(targets, reports);
  const taskTrends: Record<string, TrendPoint[]> = {};
  const reportsBy = `${site.bureau}月报`;
  const sourceOf = (task: TaskRecord) => `目标：${policyTitles[task.source.policy] ?? task.source.policy}${task.source.section}；完成数：${reportsBy}`;
  const planSources = [...new Set(tasks.map((t) => policyTitles[t.source.policy] ?? t.source.policy))].join('、');
  const overallSource = `目标：${planSources}；完成数：${reportsBy}`;
  const figures: Figure[] = [tasksFigure(byTask, overall, overallSource), overallTrendFigure(allTrend, overallSource)];
  for (const t of byTask) {
    const points = trend(t.targets.map((p) => p.target), reports);
    taskTrends[t.task.id] = points;
    figures.push(taskFigure(t, sourceOf(t.task)), taskTrendFigure(t, points, sourceOf(t.task)));
    for (const p of t.targets) {
      if (p.target.breakdown.length) figures.push(breakdownFigure(p.target, breakdownSeries(p.target, reports), sourceOf(t.task)));
    }
  }
  return {
    tasks: byTask,
    overall,
    trend: allTrend,
    taskTrends,
    seats: newSeats(targets, reports),
    latestAsOf: latestAsOf(reports),
    reportCount: reports.length,
    sample: reports.some((r) => r.sample),
    policyTitles,
    figures,
  };
}

/** Progress on every target of the plan, computed once per build. */
export function getProgress(): Promise<ProgressData> {
  progress ??= loadProgress();
  return progress;
}

/** The national assessment indicators in page order, and their table. */
export async function getIndicators(): Promise<{ indicators: IndicatorRecord[]; figure: Figure }> {
  const indicators = sortIndicators((await getCollection('indicators')).map((e) => ({ id: e.id, ...e.data })));
  return { indicators, figure: indicatorsFigure(indicators) };
}

/** The campaign's milestones in timeline order. */
export async function getMilestones(): Promise<TimelineItem[]> {
  return timeline((await getCollection('milestones')).map((e) => ({ id: e.id, ...e.data })));
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
  return (await getEntry('feeConfig', 'feeConfig'))?.data ?? { rules: [], documents: [], sample: false, sampleNote: '' };
}

/** The county's enrolment (content/enrollment.json), or undefined when the file is absent (the page then says so). */
export async function getEnrollment(): Promise<EnrollmentData | undefined> {
  return (await getEntry('enrollment', 'enrollment'))?.data;
}

/**
 * The kindergartens every count, total, range, figure, dataset and list is made of: open and 暂停招生 (they exist),
 * by street, type, then name. Closed and not-yet-open kindergartens are left out: see getKindergartensByState.
 */
export async function getKindergartens(): Promise<Kindergarten[]> {
  return (await getKindergartensByState()).counted;
}

/** Every kindergarten file, closed and not yet open included: each keeps its page (its address is on QR posters). */
export function getAllKindergartens(): Promise<Kindergarten[]> {
  // Resolved once per build: every kindergarten page asks for the whole list (cost pages × kindergartens).
  kindergartens ??= loadKindergartens();
  return kindergartens;
}

/** The kindergartens split by state: counted (open + 暂停招生), planned (新建未开园), closed (已停办), each in list order. */
export async function getKindergartensByState(): Promise<{ counted: Kindergarten[]; planned: Kindergarten[]; closed: Kindergarten[] }> {
  byState ??= getAllKindergartens().then(splitByState);
  return byState;
}

let kindergartens: Promise<Kindergarten[]> | undefined;
let byState: Promise<{ counted: Kindergarten[]; planned: Kindergarten[]; closed: Kindergarten[] }> | undefined;

async function loadKindergartens(): Promise<Kindergarten[]> {
  const [all, types, streets] = await Promise.all([getCollection('kindergartens'), getKindergartenTypes(), getStreets()]);
  return resolveKindergartens(all.map((e) => ({ id: e.id, data: e.data })), types, streets);
}

/**
 * New-seat projects (the plan's rebuilds), each with its progress when the progress data holds its target
 * (content/targets/<project.target>.json): the same record /progress/ shows, from getProgress().
 */
export async function getSeatProjects(): Promise<SeatProject[]> {
  // A 新建未开园 kindergarten is often the project itself: its planned seats count here, not in today's totals.
  const [{ counted, planned }, progress] = await Promise.all([getKindergartensByState(), getProgress()]);
  const kgs = (await getAllKindergartens()).filter((k) => counted.includes(k) || planned.includes(k));
  return seatProjects(kgs, new Map(progress.tasks.flatMap((t) => t.targets.map((p) => [p.target.id, p]))));
}

/** Figures of the kindergarten, fees and seats pages. */
async function getKindergartenFigures(): Promise<Figure[]> {
  const [kgs, types, streets, fees, words] = await Promise.all([getKindergartens(), getKindergartenTypes(), getStreets(), getFeeConfig(), getWords()]);
  const adj = fees.adjustments;
  const adjusted = adj ? adjustmentsUnder(kgs, adj.docNumber) : [];
  const projects = await getSeatProjects();
  // The per-subdivision figures exist at every size (their CSV addresses stay stable); the pages show them
  // instead of the full lists once those are long (src/lib/kindergartens/directory-pages.ts).
  return [
    feeTableFigure(kgs, words.subdivision),
    ...(adj ? [adjustmentsFigure(adjusted, adj.docNumber, adj.expected, words.plan), adjustmentsByStreetFigure(adjusted, streets, adj.docNumber, words.subdivision)] : []),
    ...(projects.length ? [projectsByStreetFigure(projects, streets, words.subdivision)] : []),
    seatsByStreetFigure(kgs, streets, words.subdivision),
    seatsByTypeFigure(kgs, types),
    sharesFigure(kgs),
  ];
}

/** What changed and when (src/lib/history/history.ts): 更新于 dates by content path and the /updates/ list. */
export interface History {
  /** Latest date per content file, per folder ('reports/') and '' for all of content/. */
  dates: Map<string, string>;
  /** The change list, newest first. */
  items: UpdateItem[];
  /** True when the dates come from git; false when they come from the content (why is in the build log). */
  fromGit: boolean;
}

let history: Promise<History> | undefined;

/** The history of content/, read from git once per build (one git log, not one per page). */
export function getHistory(): Promise<History> {
  history ??= loadHistory();
  return history;
}

async function loadHistory(): Promise<History> {
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
  const git = readContentHistory(process.env.CONTENT_DIR ?? './content', site.district);
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
    kindergartens: kgs.map((k) => ({ id: k.id, name: k.data.name, history: k.data.fees.history, sample: k.data.sample })),
    notes: notes.map((e) => ({ id: e.id, ...e.data })),
  });
  return { dates: latestDates([...fromGit, ...own.filter((o) => !known.has(o.path))]), items, fromGit: commits !== undefined };
}

/**
 * The 更新于 date of a page from the content it shows: content paths ('kindergartens/x.json'), folders
 * ('reports/') or '' for everything. Undefined when no date is known.
 */
export async function getUpdatedOn(sources: readonly string[]): Promise<string | undefined> {
  return updatedOn(sources, (await getHistory()).dates);
}

let datasets: Promise<Dataset[]> | undefined;

async function loadDatasets(): Promise<Dataset[]> {
  const [site, words, taskEntries, targetEntries, reportEntries, policyEntries, kgs, fees, { indicators }] = await Promise.all([
    getSite(), getWords(), getCollection('tasks'), getCollection('targets'), getCollection('reports'), getCollection('policies'),
    getKindergartens(), getFeeConfig(), getIndicators(),
  ]);
  const tasks = taskEntries.map((e) => ({ id: e.id, ...e.data }));
  const targets = targetEntries.map((e) => ({ id: e.id, ...e.data }));
  const reports = reportEntries.map((e) => ({ id: e.id, ...e.data }));
  const policies = Object.fromEntries(policyEntries.map((p) => [p.id, { title: p.data.title, writtenOn: p.data.writtenOn }]));
  return [
    targetsDataset(targets, tasks, policies),
    reportsDataset(reports, targets, tasks, site.bureau),
    kindergartensDataset(kgs, words.subdivision),
    feeAdjustmentsDataset(kgs, fees.adjustments?.docNumber, words.plan),
    indicatorsDataset(indicators),
  ];
}

/**
 * The open datasets of /data/ (src/lib/open-data/datasets.ts), in page order; served as /data/sets/<id>.csv and .json
 * from this same list, so the page, the CSV and the JSON always agree. Computed once per build.
 */
export function getDatasets(): Promise<Dataset[]> {
  datasets ??= loadDatasets();
  return datasets;
}
