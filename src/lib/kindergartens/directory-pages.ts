/**
 * How lists of kindergartens stay small as a site grows (docs/ARCHITECTURE.md, Scale and budgets): up to
 * {@link FULL_LIST_LIMIT} kindergartens, the directory, fees and search pages list them all; past it they
 * become an index of groups (one per subdivision of the district), and each group has its own pages of at
 * most {@link GROUP_PAGE_SIZE} kindergartens at `/kindergartens/street/<id>/`, `/kindergartens/street/<id>/2/` …
 * Group pages exist at every size, so a shared group URL keeps working as the site grows. Pure.
 */

/** Largest number of kindergartens a page lists in full (≈ 30 KB gzip of directory table). */
export const FULL_LIST_LIMIT = 150;

/** Kindergartens per group page. */
export const GROUP_PAGE_SIZE = 100;

/** True when the overview pages list every kindergarten; false when they link to the group pages instead. */
export function listsInFull(count: number, limit = FULL_LIST_LIMIT): boolean {
  return count <= limit;
}

/** One page of one group. */
export interface GroupPage<G, T> {
  group: G;
  /** 1-based page number within the group. */
  page: number;
  /** Number of pages of the group. */
  pages: number;
  items: T[];
}

/**
 * Splits items into pages per group, groups in the given order, items in their order. Groups without
 * items get no page, except those `keep` names: they get one empty page (a subdivision whose kindergartens
 * are all closed keeps its published address). `groupOf` returns the id of an item's group; each group needs an `id`.
 */
export function groupPages<G extends { id: string }, T>(groups: readonly G[], items: readonly T[], groupOf: (item: T) => string, size = GROUP_PAGE_SIZE, keep: (group: G) => boolean = () => false): GroupPage<G, T>[] {
  if (size < 1) throw new Error(`每页条数必须大于 0，实际为 ${size}`);
  // One pass over the items: a filter per group would cost groups × items.
  const byGroup = new Map<string, T[]>();
  for (const item of items) {
    const id = groupOf(item);
    const list = byGroup.get(id);
    if (list) list.push(item);
    else byGroup.set(id, [item]);
  }
  const out: GroupPage<G, T>[] = [];
  for (const group of groups) {
    const list = byGroup.get(group.id) ?? [];
    if (!list.length && keep(group)) out.push({ group, page: 1, pages: 1, items: [] });
    const pages = Math.ceil(list.length / size);
    for (let p = 0; p < pages; p++) out.push({ group, page: p + 1, pages, items: list.slice(p * size, (p + 1) * size) });
  }
  return out;
}

/** One page of a subdivision's kindergartens: the counted ones of this page, and on its last page the planned and closed ones. */
export interface StreetPage<S, K> extends GroupPage<S, K> {
  /** 新建未开园 kindergartens of the subdivision, listed on its last page only. */
  planned: K[];
  /** 已停办 kindergartens of the subdivision, listed on its last page only. */
  closed: K[];
}

/**
 * The group pages of the directory (/kindergartens/street/<id>/…): each subdivision's counted kindergartens
 * (open and 暂停招生) in pages of `size`, with its planned and closed ones under the last page. A subdivision whose
 * kindergartens are all planned or closed keeps one page: its address was published.
 */
export function streetPages<S extends { id: string }, K extends { street: { id: string } }>(
  streets: readonly S[],
  kgs: { counted: readonly K[]; planned: readonly K[]; closed: readonly K[] },
  size = GROUP_PAGE_SIZE,
): StreetPage<S, K>[] {
  const here = (list: readonly K[], id: string) => list.filter((k) => k.street.id === id);
  const keep = (s: S) => here(kgs.planned, s.id).length + here(kgs.closed, s.id).length > 0;
  return groupPages(streets, kgs.counted, (k) => k.street.id, size, keep).map((p) => {
    const last = p.page === p.pages;
    return { ...p, planned: last ? here(kgs.planned, p.group.id) : [], closed: last ? here(kgs.closed, p.group.id) : [] };
  });
}

/** What the directory (/kindergartens/) derives from the counted kindergartens (open and 暂停招生). */
export interface DirectoryOverview<T, S> {
  /** The types and subdivisions that have a kindergarten, in list order: the filters and the table's groups. */
  usedTypes: T[];
  usedStreets: S[];
  /** 公办 kindergartens. */
  publicCount: number;
  /** 暂停招生 kindergartens. */
  suspended: number;
  /** True when the page lists every kindergarten; false past the limit (an index of group pages). */
  full: boolean;
}

/** Derives the directory page's facts. */
export function directoryOverview<T extends { id: string }, S extends { id: string }>(
  kgs: readonly { type: { id: string; category: string }; street: { id: string }; data: { status?: string | undefined } }[],
  types: readonly T[],
  streets: readonly S[],
): DirectoryOverview<T, S> {
  return {
    usedTypes: types.filter((t) => kgs.some((k) => k.type.id === t.id)),
    usedStreets: streets.filter((s) => kgs.some((k) => k.street.id === s.id)),
    publicCount: kgs.filter((k) => k.type.category === '公办').length,
    suspended: kgs.filter((k) => k.data.status === '暂停招生').length,
    full: listsInFull(kgs.length),
  };
}
