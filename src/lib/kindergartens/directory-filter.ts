/**
 * Directory filters and sort: the state lives in the query string (`?type=…&street=…&sort=…`) so every view
 * can be shared as a link. Pure: used by the directory page at build time and by its client script.
 */

/** Sort orders of the directory. */
export const SORTS = ['street', 'fee', 'fee-desc', 'total', 'seats'] as const;
/** A sort order; `street` (by street, then type and name) is the default. */
export type SortKey = (typeof SORTS)[number];

/** What parents read for each sort order; `subdivision` is the content's word (街道, 镇（乡） …, see words.ts). */
export function sortLabels(subdivision: string): Readonly<Record<SortKey, string>> {
  return {
    street: `按${subdivision}`,
    fee: '保教费从低到高',
    'fee-desc': '保教费从高到低',
    total: '每月合计从低到高',
    seats: '空余学位从多到少',
  };
}

/** Filter and sort state; '' means “all”. */
export interface DirState {
  type: string;
  street: string;
  sort: SortKey;
}

/** The view a plain /kindergartens/ shows. */
export const DEFAULT_STATE: DirState = { type: '', street: '', sort: 'street' };

/** Reads the state from a query string; unknown types, streets and sorts fall back to “all” / the default. */
export function parseState(search: string, known: { types: readonly string[]; streets: readonly string[] }): DirState {
  const q = new URLSearchParams(search);
  const type = q.get('type') ?? '';
  const street = q.get('street') ?? '';
  const sort = q.get('sort') ?? '';
  return {
    type: known.types.includes(type) ? type : '',
    street: known.streets.includes(street) ? street : '',
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as SortKey) : 'street',
  };
}

/** Query string of a state, in a fixed order, defaults left out: '' for the default view. */
export function stateQuery(state: DirState): string {
  const q = new URLSearchParams();
  if (state.type) q.set('type', state.type);
  if (state.street) q.set('street', state.street);
  if (state.sort !== 'street') q.set('sort', state.sort);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** What the client script knows about a table row (from its data-* attributes). */
export interface DirRow {
  type: string;
  street: string;
  /** Lowest 保教费 (元/月); undefined when not published. */
  fee: number | undefined;
  /** Highest 保教费 (元/月); undefined when not published. */
  feeMax: number | undefined;
  /** Lowest monthly total (保教费 + 伙食费 per month); undefined when a part is unknown (sorted last). */
  total: number | undefined;
  /** Free seats. */
  free: number;
  /** Position in the default order. */
  order: number;
}

/** True when the row passes the filters. */
export function rowMatches(row: DirRow, state: DirState): boolean {
  return (!state.type || row.type === state.type) && (!state.street || row.street === state.street);
}

/** Compares two amounts in a direction (1 up, -1 down); an amount not published sorts last either way, never as 0. */
function byKnown(a: number | undefined, b: number | undefined, dir: 1 | -1): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return (a - b) * dir;
}

/** Comparator for a sort order; ties keep the default order, so every sort is stable and total. */
export function compareRows(sort: SortKey): (a: DirRow, b: DirRow) => number {
  switch (sort) {
    case 'fee':
      return (a, b) => byKnown(a.fee, b.fee, 1) || a.order - b.order;
    case 'fee-desc':
      return (a, b) => byKnown(a.feeMax, b.feeMax, -1) || a.order - b.order;
    case 'total':
      // Unknown totals (a part not published) last, in the default order.
      return (a, b) => byKnown(a.total, b.total, 1) || a.order - b.order;
    case 'seats':
      return (a, b) => b.free - a.free || a.order - b.order;
    default:
      return (a, b) => a.order - b.order;
  }
}

/**
 * The sentence announced (aria-live) after a change: “显示 12 所（公办，东城镇），保教费从低到高排列。”
 * `names.sort` is the sort order as the page labels it (see sortLabels).
 */
export function describeView(shown: number, total: number, state: DirState, names: { type?: string | undefined; street?: string | undefined; sort: string }): string {
  const filters = [state.type && names.type, state.street && names.street].filter(Boolean);
  const which = filters.length ? `（${filters.join('，')}）` : '';
  const count = shown === total && !filters.length ? `共 ${total} 所幼儿园` : `显示 ${shown} 所幼儿园${which}，共 ${total} 所`;
  return `${count}，${names.sort}排列。`;
}
