/** Kindergarten records joined with their type and street, in the order pages list them. Pure. */
import type { KindergartenType, Street } from '../../schemas/directory.ts';
import type { KindergartenData } from '../../schemas/kindergarten.ts';
import { compareZh } from '../core/collate.ts';
import { formatDateZh } from '../core/format.ts';

/** A kindergarten as pages use it: id (file name, in its URL and QR code), data, resolved type and street. */
export interface Kindergarten {
  id: string;
  data: KindergartenData;
  type: KindergartenType;
  street: Street;
}

/**
 * Joins each record with its type and street and sorts by street (as listed in streets.json), then type
 * (as listed), then name. Unknown types or streets are content errors caught before pages are built:
 * here they throw.
 */
export function resolveKindergartens(
  records: readonly { id: string; data: KindergartenData }[],
  types: readonly KindergartenType[],
  streets: readonly Street[],
): Kindergarten[] {
  const typeIndex = new Map(types.map((type, i) => [type.name, { type, i }]));
  const streetIndex = new Map(streets.map((street, i) => [street.name, { street, i }]));
  const out = records.map(({ id, data }) => {
    const t = typeIndex.get(data.type);
    const s = streetIndex.get(data.street);
    if (t === undefined) throw new Error(`幼儿园 ${id} 的类型“${data.type}”不在类型列表中`);
    if (s === undefined) throw new Error(`幼儿园 ${id} 的街道/乡镇“${data.street}”不在 streets.json 列表中`);
    return { id, data, type: t.type, street: s.street, order: [s.i, t.i] as const };
  });
  out.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || compareZh(a.data.name, b.data.name) || a.id.localeCompare(b.id));
  return out.map(({ order: _order, ...k }) => k);
}

/** Items that belong to kindergartens, by street in the order of the streets list; streets without any are left out. */
export function byStreet<T>(items: readonly T[], streets: readonly Street[], kgOf: (item: T) => Kindergarten): { street: Street; items: T[] }[] {
  return streets.flatMap((street) => {
    const here = items.filter((item) => kgOf(item).street.id === street.id);
    return here.length ? [{ street, items: here }] : [];
  });
}

/** Where a kindergarten stands: open, taking no new children, not yet open, or closed. */
export type KgState = 'open' | 'suspended' | 'planned' | 'closed';

/** The state of a record: `closedOn` wins over `status`; no status is open. */
export function kgState(d: Pick<KindergartenData, 'closedOn' | 'status'>): KgState {
  if (d.closedOn) return 'closed';
  if (d.status === '暂停招生') return 'suspended';
  if (d.status === '新建未开园') return 'planned';
  return 'open';
}

/**
 * True when the kindergarten is counted in every count, total, range, figure, dataset and open list: open or
 * 暂停招生 (it exists and has children). Closed and not-yet-open kindergartens are counted nowhere.
 */
export function isCounted(d: Pick<KindergartenData, 'closedOn' | 'status'>): boolean {
  const s = kgState(d);
  return s === 'open' || s === 'suspended';
}

/** True when its free seats are offered to parents (open, not 暂停招生). */
export function offersSeats(d: Pick<KindergartenData, 'closedOn' | 'status'>): boolean {
  return kgState(d) === 'open';
}

/** The kindergartens split by state: counted (open + 暂停招生), 新建未开园 and 已停办, each in list order. */
export function splitByState<K extends { data: Pick<KindergartenData, 'closedOn' | 'status'> }>(kgs: readonly K[]): { counted: K[]; planned: K[]; closed: K[] } {
  return {
    counted: kgs.filter((k) => isCounted(k.data)),
    planned: kgs.filter((k) => kgState(k.data) === 'planned'),
    closed: kgs.filter((k) => kgState(k.data) === 'closed'),
  };
}

/** The state in a few words for pages and search: “已停办（2024年7月1日）”, “暂停招生”, “新建未开园，计划2025年9月1日开园”; empty when open. */
export function stateText(d: Pick<KindergartenData, 'closedOn' | 'status' | 'opensOn'>): string {
  switch (kgState(d)) {
    case 'closed':
      return `已停办（${formatDateZh(d.closedOn!)}）`;
    case 'suspended':
      return '暂停招生';
    case 'planned':
      return d.opensOn ? `新建未开园，计划${formatDateZh(d.opensOn)}开园` : '新建未开园';
    default:
      return '';
  }
}
