/**
 * What changed and when: the git history of content/ read once per build (src/content-history.ts runs git),
 * turned into 更新于 dates per content file or folder and the change list of /updates/ and /rss.xml. Dates are
 * China dates (UTC+8, no daylight saving): a commit at 07:00 +08:00 belongs to that day. Pure.
 */
import type { FeeChange } from '../../schemas/kindergarten.ts';
import { tuitionSummary } from '../kindergartens/fees.ts';
import { bookTitle, formatDateZh, latestDate } from '../core/format.ts';
import { compareZh } from '../core/collate.ts';
import { fnv1a } from '../core/hash.ts';
import { policyPath, kindergartenPath, inPage, PAGES } from '../core/urls.ts';

/** `git log --format` of one commit: record separator, hash, unit separator, committer date (strict ISO 8601). */
export const GIT_LOG_FORMAT = '%x1e%H%x1f%cI';

/** One file a commit added (A), modified (M) or deleted (D); path relative to the content folder. */
export interface FileChange {
  status: string;
  path: string;
}

/** A commit touching content/, with its China date. Newest first, as git log prints them. */
export interface Commit {
  hash: string;
  /** YYYY-MM-DD in China time. */
  date: string;
  changes: FileChange[];
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The China date (UTC+8) of an ISO 8601 timestamp with offset: 2024-09-01T07:00:00+08:00 → 2024-09-01. */
export function chinaDate(iso: string): string {
  const t = Date.parse(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(t)) throw new Error(`不是 ISO 8601 时间：${iso}`);
  return new Date(t + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Parses `git log --no-renames --name-status --format=GIT_LOG_FORMAT` output. Paths are taken as printed
 * (run git with core.quotePath=off so Chinese names are not escaped); lines that are not a status line are ignored.
 */
export function parseGitLog(out: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of out.split('\x1e')) {
    if (!record.trim()) continue;
    const [head = '', ...lines] = record.split('\n');
    const [hash = '', iso = ''] = head.split('\x1f');
    const changes: FileChange[] = [];
    for (const line of lines) {
      const m = /^([AMDTCRU])\d*\t(.+)$/.exec(line);
      if (m) changes.push({ status: m[1] ?? '', path: m[2] ?? '' });
    }
    commits.push({ hash, date: chinaDate(iso), changes });
  }
  return commits;
}

/** The folders a content path is in, each with a trailing slash: reports/2024-09.json → ['reports/']. */
function foldersOf(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(0, -1).map((_, i) => `${parts.slice(0, i + 1).join('/')}/`);
}

/**
 * Latest date per content file and per folder (key with a trailing slash), and '' for the whole content
 * folder: the dates a page's 更新于 is read from. Later dates win, so the input order does not matter.
 */
export function latestDates(dated: Iterable<{ path: string; date: string }>): Map<string, string> {
  const out = new Map<string, string>();
  const bump = (key: string, date: string) => {
    const had = out.get(key);
    if (had === undefined || date > had) out.set(key, date);
  };
  for (const { path, date } of dated) {
    bump(path, date);
    for (const folder of foldersOf(path)) bump(folder, date);
    bump('', date);
  }
  return out;
}

/**
 * The commits since content/site.json last took its current district, newest first. A county's repository is a
 * fork: its history begins with the content it was forked from (another district's policies and kindergartens),
 * which is not this site's history. Empty when no commit has the current district (the new content is not
 * committed yet). `districtAt` holds site.json's district at each commit that changed it.
 */
export function sinceDistrict(commits: readonly Commit[], districtAt: ReadonlyMap<string, string | undefined>, current: string): Commit[] {
  let epoch = -1;
  for (const [i, c] of commits.entries()) {
    if (!c.changes.some((ch) => ch.path === 'site.json' && ch.status !== 'D')) continue;
    if (districtAt.get(c.hash) !== current) break;
    epoch = i;
  }
  return commits.slice(0, epoch + 1);
}

/** Every (file, date) pair of the history: the input of latestDates in git mode. */
export function changeDates(commits: readonly Commit[]): { path: string; date: string }[] {
  return commits.flatMap((c) => c.changes.map((ch) => ({ path: ch.path, date: c.date })));
}

/**
 * The 更新于 date of a page built from `sources` (content paths, folders ending in '/', or '' for all of
 * content/): the latest of their dates, undefined when none is known.
 */
export function updatedOn(sources: readonly string[], dates: ReadonlyMap<string, string>): string | undefined {
  return latestDate(sources.map((s) => dates.get(s)));
}

/** Kinds of change listed on /updates/, in the order they are listed within a day. */
export const UPDATE_KINDS = ['note', 'policy', 'report', 'fee', 'kindergarten-added', 'kindergarten-removed'] as const;
/** A kind of change. */
export type UpdateKind = (typeof UPDATE_KINDS)[number];

/** Chinese name of each kind, shown before the title. */
export const UPDATE_KIND_LABELS: Record<UpdateKind, string> = {
  note: '说明',
  policy: '新增政策',
  report: '进展数据',
  fee: '收费调整',
  'kindergarten-added': '新增幼儿园',
  'kindergarten-removed': '移除幼儿园',
};

/** The list page each kind belongs to, where a day's changes beyond the first few are found; none for notes and removals. */
export const UPDATE_KIND_LISTS: Record<UpdateKind, string | undefined> = {
  note: undefined,
  policy: PAGES.policies,
  report: PAGES.progress,
  fee: PAGES.fees,
  'kindergarten-added': PAGES.kindergartens,
  'kindergarten-removed': undefined,
};

/** One change of /updates/ and one item of /rss.xml. */
export interface UpdateItem {
  /** YYYY-MM-DD (China date). */
  date: string;
  kind: UpdateKind;
  title: string;
  /** A sentence of detail, '' when none. */
  detail: string;
  /** Site-relative page the change is on, or an https address (notes); undefined when the page is gone. */
  link?: string | undefined;
  /** Stable id (RSS guid): the same change keeps it from build to build. */
  id: string;
  sample: boolean;
}

/** What the change list is built from: the content as it is now, and the history when git has it. */
export interface HistoryInput {
  /** Commits newest first; undefined when the build has no usable git history (then content dates are used). */
  commits?: readonly Commit[] | undefined;
  policies: readonly { slug: string; title: string; date: string; sample: boolean }[];
  /** Monthly reports; `id` is the file name without .json. */
  reports: readonly { id: string; month: string; asOf: string; sample: boolean }[];
  kindergartens: readonly { id: string; name: string; history: readonly FeeChange[]; sample: boolean }[];
  notes: readonly { id: string; date: string; title: string; text: string; link: string; sample: boolean }[];
  /** Names of kindergartens whose files were deleted, by content path (read from git before the deletion). */
  removedNames?: ReadonlyMap<string, string>;
}

/** Dates at which git added each path, oldest first. */
function addedDates(commits: readonly Commit[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of [...commits].reverse()) {
    for (const ch of c.changes) if (ch.status === 'A') out.set(ch.path, [...(out.get(ch.path) ?? []), c.date]);
  }
  return out;
}

/** The “old → new” sentence of one fee change, with its 文号 and effective date. */
export function feeChangeDetail(change: FeeChange): string {
  return `${tuitionSummary(change.before)} → ${tuitionSummary(change.after)}（${change.docNumber}，${formatDateZh(change.effectiveOn)}起执行）`;
}

/**
 * The change list, newest day first and, within a day, in UPDATE_KINDS order then by title.
 * - Policies and monthly reports: the day git first added the file; without git (or for a file not yet
 *   committed), the content's own date (发布日期/成文日期, 统计截止日期).
 * - Fee changes: every 调整记录 of a kindergarten, on its 执行日期, old → new with the 文号.
 * - Kindergartens added and removed: from git only (content has no such dates); a removal only of a file added
 *   within `commits` (a fork's commits start where site.json took its district: see sinceDistrict).
 * - Notes: content/updates/, on their own date.
 */
export function updateItems(input: HistoryInput): UpdateItem[] {
  const added = input.commits ? addedDates(input.commits) : new Map<string, string[]>();
  const items: UpdateItem[] = [];
  for (const p of input.policies) {
    const date = added.get(`policies/${p.slug}.mdx`)?.[0] ?? p.date;
    items.push({ date, kind: 'policy', title: bookTitle(p.title), detail: '', link: policyPath(p.slug), id: `policy:${p.slug}`, sample: p.sample });
  }
  for (const r of input.reports) {
    const date = added.get(`reports/${r.id}.json`)?.[0] ?? r.asOf;
    items.push({
      date, kind: 'report', title: formatDateZh(r.month), detail: `统计截止${formatDateZh(r.asOf)}`,
      link: PAGES.progress, id: `report:${r.month}`, sample: r.sample,
    });
  }
  for (const k of input.kindergartens) {
    for (const change of k.history) {
      items.push({
        date: change.effectiveOn, kind: 'fee', title: `${k.name}保教费`, detail: feeChangeDetail(change),
        link: kindergartenPath(k.id), id: `fee:${k.id}:${change.effectiveOn}:${change.docNumber}`, sample: k.sample,
      });
    }
  }
  if (input.commits) {
    const current = new Map(input.kindergartens.map((k) => [`kindergartens/${k.id}.json`, k]));
    // A file git added that is neither here now nor deleted by a commit was removed without committing: not listed.
    const deleted = new Set(input.commits.flatMap((c) => c.changes.filter((ch) => ch.status === 'D').map((ch) => ch.path)));
    // A removal counts only for a file added within these commits: a fork's first commit (and any later one) that
    // deletes what the repository was forked with removes another district's kindergartens, not this site's.
    const addedHere = new Set(input.commits.flatMap((c) => c.changes.filter((ch) => ch.status === 'A').map((ch) => ch.path)));
    for (const c of input.commits) {
      for (const ch of c.changes) {
        const m = /^kindergartens\/([^/]+)\.json$/.exec(ch.path);
        if (!m || (ch.status !== 'A' && ch.status !== 'D')) continue;
        const id = m[1] ?? '';
        const now = current.get(ch.path);
        if (!now && !deleted.has(ch.path)) continue;
        if (ch.status === 'D' && !addedHere.has(ch.path)) continue;
        const name = input.removedNames?.get(ch.path) ?? now?.name ?? id;
        items.push(ch.status === 'A'
          ? { date: c.date, kind: 'kindergarten-added', title: now?.name ?? name, detail: '', link: now ? kindergartenPath(id) : undefined, id: `kg-added:${id}:${c.hash}`, sample: now?.sample ?? false }
          : { date: c.date, kind: 'kindergarten-removed', title: name, detail: '', link: undefined, id: `kg-removed:${id}:${c.hash}`, sample: false });
      }
    }
  }
  for (const n of input.notes) {
    items.push({ date: n.date, kind: 'note', title: n.title, detail: n.text, link: n.link || undefined, id: `note:${n.id}`, sample: n.sample });
  }
  return items.sort((a, b) =>
    b.date.localeCompare(a.date) || UPDATE_KINDS.indexOf(a.kind) - UPDATE_KINDS.indexOf(b.kind) || compareZh(a.title, b.title));
}

/** Items grouped by day, newest day first (items already sorted by updateItems). */
export function groupByDate(items: readonly UpdateItem[]): { date: string; items: UpdateItem[] }[] {
  const groups: { date: string; items: UpdateItem[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.date === item.date) last.items.push(item);
    else groups.push({ date: item.date, items: [item] });
  }
  return groups;
}

/** One kind of change on one day: the first `max` items, and how many more there are. */
export interface KindGroup {
  kind: UpdateKind;
  items: UpdateItem[];
  more: number;
}

/**
 * A day's items by kind (UPDATE_KINDS order), each kind cut to `max` items, so a day on which a whole
 * directory was added (the first commit) stays one short list and /updates/ does not grow with the site.
 */
export function byKind(items: readonly UpdateItem[], max: number): KindGroup[] {
  return UPDATE_KINDS.flatMap((kind) => {
    const all = items.filter((i) => i.kind === kind);
    return all.length ? [{ kind, items: all.slice(0, max), more: Math.max(0, all.length - max) }] : [];
  });
}

/** Anchor of an item on /updates/ (stable across builds): “u-” and an FNV-1a hash of its id. */
export function updateAnchor(item: Pick<UpdateItem, 'id'>): string {
  return `u-${fnv1a(new TextEncoder().encode(item.id)).toString(16).padStart(8, '0')}`;
}

/**
 * Where an RSS item links: its own page when no other item of the feed links there (a policy, a kindergarten
 * page), else its entry on /updates/ (two monthly reports both live on /progress/), so each item's link, which is
 * also its guid, is unique. Site-relative paths and https addresses (notes) come out as given.
 */
export function feedLinks(items: readonly UpdateItem[]): string[] {
  const uses = new Map<string, number>();
  for (const i of items) if (i.link) uses.set(i.link, (uses.get(i.link) ?? 0) + 1);
  return items.map((i) => (i.link && uses.get(i.link) === 1 ? i.link : inPage(PAGES.updates, updateAnchor(i))));
}
