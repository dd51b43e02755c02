/** Kindergarten records joined with their type and street, in the order pages list them. Pure. */
import type { KindergartenType, Street } from '../../schemas/directory.ts';
import type { KindergartenData } from '../../schemas/kindergarten.ts';

/** A kindergarten as pages use it: id (file name, in its URL and QR code), data, resolved type and street. */
export interface Kindergarten {
  id: string;
  data: KindergartenData;
  type: KindergartenType;
  street: Street;
}

/** Chinese collation (pinyin order) for names. */
const collator = new Intl.Collator('zh-Hans-CN');

/** Compares two names in pinyin order. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
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
  out.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || compareNames(a.data.name, b.data.name) || a.id.localeCompare(b.id));
  return out.map(({ order: _order, ...k }) => k);
}

/** Page path of a kindergarten (site-relative; pass through `href`). */
export function kindergartenPath(id: string): string {
  return `/kindergartens/${id}/`;
}

/** Items that belong to kindergartens, by street in the order of the streets list; streets without any are left out. */
export function byStreet<T>(items: readonly T[], streets: readonly Street[], kgOf: (item: T) => Kindergarten): { street: Street; items: T[] }[] {
  return streets.flatMap((street) => {
    const here = items.filter((item) => kgOf(item).street.id === street.id);
    return here.length ? [{ street, items: here }] : [];
  });
}
