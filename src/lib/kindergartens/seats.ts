/** Seat derivations: class-size standard, totals, breakdowns by street and type, 公办 / 普惠 shares. Pure. */
import type { KindergartenCategory, KindergartenType, Street } from '../../schemas/directory.ts';
import { CLASS_LEVELS, type ClassLevel, type Classes } from '../../schemas/kindergarten.ts';
import { figureIds, withAsOf, type Figure } from '../core/figure.ts';
import { formatNumber, formatPercent, latestDate, percentValue } from '../core/format.ts';
import { byStreet, offersSeats, type Kindergarten } from './kindergarten.ts';
import type { TargetProgress } from '../progress/engine.ts';
import { isSample } from '../core/sample.ts';

/** Children per class by level: the national class-size standard (班额标准). */
export const CLASS_SIZE_STANDARD: Readonly<Record<ClassLevel, number>> = { 小班: 25, 中班: 30, 大班: 35, 混龄: 30 };
/** Where the class-size standard comes from. */
export const CLASS_SIZE_SOURCE = '《幼儿园工作规程》';

/** Number of classes over all levels. */
export function classCount(classes: Classes): number {
  return CLASS_LEVELS.reduce((s, l) => s + (classes[l] ?? 0), 0);
}

/** Seats the classes provide at the class-size standard (小班 25, 中班 30, 大班 35, 混龄 30). */
export function standardCapacity(classes: Classes): number {
  return CLASS_LEVELS.reduce((s, l) => s + (classes[l] ?? 0) * CLASS_SIZE_STANDARD[l], 0);
}

/** “4 个小班、4 个中班”: classes as parents read them, in level order. */
export function classesText(classes: Classes): string {
  const parts = CLASS_LEVELS.filter((l) => (classes[l] ?? 0) > 0).map((l) => `${classes[l]} 个${l === '混龄' ? '混龄班' : l}`);
  return parts.length ? parts.join('、') : '未填写班级';
}

/** Free seats: capacity minus enrolment, never below 0. */
export function freeSeats(capacity: number, enrolled: number): number {
  return Math.max(0, capacity - enrolled);
}

/** Seat figures of a group of kindergartens. */
export interface SeatTotals {
  count: number;
  classes: number;
  capacity: number;
  enrolled: number;
  free: number;
}

/**
 * Sums over a list of kindergartens (free seats are summed per kindergarten, not capacity − enrolled; a
 * kindergarten that takes no new children, 暂停招生, offers none).
 */
export function seatTotals(kgs: readonly Kindergarten[]): SeatTotals {
  const t: SeatTotals = { count: 0, classes: 0, capacity: 0, enrolled: 0, free: 0 };
  for (const k of kgs) {
    t.count += 1;
    t.classes += classCount(k.data.classes);
    t.capacity += k.data.capacity;
    t.enrolled += k.data.enrolled;
    if (offersSeats(k.data)) t.free += freeSeats(k.data.capacity, k.data.enrolled);
  }
  return t;
}

/** One row of a breakdown. */
export interface SeatGroup extends SeatTotals {
  id: string;
  name: string;
}

/** Totals per street, in the order of the streets list; streets without kindergartens are left out. */
export function seatsByStreet(kgs: readonly Kindergarten[], streets: readonly Street[]): SeatGroup[] {
  return byStreet(kgs, streets, (k) => k).map(({ street, items }) => ({ id: street.id, name: street.name, ...seatTotals(items) }));
}

/** Totals per type, in the order of the types list; types without kindergartens are left out. */
export function seatsByType(kgs: readonly Kindergarten[], types: readonly KindergartenType[]): SeatGroup[] {
  return types
    .map((t) => ({ id: t.id, name: t.name, ...seatTotals(kgs.filter((k) => k.type.id === t.id)) }))
    .filter((g) => g.count > 0);
}

/** A share of the whole, by enrolment and by capacity (ratios 0…1; 0 when the whole is 0). */
export interface Share extends SeatTotals {
  label: string;
  enrolledShare: number;
  capacityShare: number;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/**
 * 公办, 普惠性民办, 民办 and 普惠性幼儿园 (公办 + 普惠性民办) with their shares of enrolment and of capacity.
 * The national indicators (公办园在园幼儿占比, 普惠性幼儿园覆盖率) are computed from enrolment.
 */
export function categoryShares(kgs: readonly Kindergarten[]): { rows: Share[]; publicShare: number; puhuiShare: number } {
  const all = seatTotals(kgs);
  const share = (label: string, cats: readonly KindergartenCategory[]): Share => {
    const t = seatTotals(kgs.filter((k) => cats.includes(k.type.category)));
    return { label, ...t, enrolledShare: ratio(t.enrolled, all.enrolled), capacityShare: ratio(t.capacity, all.capacity) };
  };
  const pub = share('公办幼儿园', ['公办']);
  const puhuiPrivate = share('普惠性民办幼儿园', ['普惠性民办']);
  const priv = share('其他民办幼儿园', ['民办']);
  const puhui = share('普惠性幼儿园合计（公办＋普惠性民办）', ['公办', '普惠性民办']);
  return { rows: [pub, puhuiPrivate, priv, puhui], publicShare: pub.enrolledShare, puhuiShare: puhui.enrolledShare };
}

const SEAT_COLUMNS = [
  { key: 'count', label: '幼儿园', unit: '所', numeric: true, digits: 0 },
  { key: 'capacity', label: '核定学位', unit: '个', numeric: true, digits: 0 },
  { key: 'enrolled', label: '在园幼儿', unit: '人', numeric: true, digits: 0 },
  { key: 'free', label: '空余学位', unit: '个', numeric: true, digits: 0 },
];

function groupRows(groups: readonly SeatGroup[]) {
  return groups.map((g) => ({ name: g.name, count: g.count, capacity: g.capacity, enrolled: g.enrolled, free: g.free }));
}

function latestAsOf(kgs: readonly Kindergarten[]): string | undefined {
  return latestDate(kgs.map((k) => k.data.asOf));
}

function groupSummary(groups: readonly SeatGroup[], what: string): string {
  const most = [...groups].sort((a, b) => b.capacity - a.capacity)[0];
  const freest = [...groups].sort((a, b) => b.free - a.free)[0];
  if (!most || !freest) return '暂无幼儿园学位数据。';
  const total = groups.reduce((s, g) => s + g.capacity, 0);
  const enrolled = groups.reduce((s, g) => s + g.enrolled, 0);
  return `${groups.length} 个${what}共有核定学位 ${formatNumber(total, 0)} 个、在园幼儿 ${formatNumber(enrolled, 0)} 人；学位最多的是${most.name}（${formatNumber(most.capacity, 0)} 个），空余学位最多的是${freest.name}（${formatNumber(freest.free, 0)} 个）。`;
}

const seatChart = { kind: 'hbar', labelKey: 'name', series: [{ key: 'capacity', label: '核定学位' }, { key: 'enrolled', label: '在园幼儿' }], unit: '个/人' } as const;

/** A capacity-and-enrolment figure over groups (streets or types): chart over table, CSV at /data/<id>.csv. */
function seatGroupFigure(id: string, caption: string, what: string, groups: SeatGroup[], kgs: readonly Kindergarten[], sample: boolean): Figure {
  return {
    id,
    caption,
    summary: groupSummary(groups, what),
    table: { columns: [{ key: 'name', label: what }, ...SEAT_COLUMNS], rows: groupRows(groups) },
    chart: { ...seatChart, series: [...seatChart.series] },
    sample,
    asOf: latestAsOf(kgs),
    source: '各幼儿园信息',
  };
}

/** Figure: capacity and enrolment by street; `subdivision` is the content's word for the streets (words.ts). */
export function seatsByStreetFigure(kgs: readonly Kindergarten[], streets: readonly Street[], subdivision: string): Figure {
  const sample = kgs.some(isSample) || streets.some(isSample);
  return seatGroupFigure(figureIds.seatsByStreet, `各${subdivision}学位与在园幼儿`, subdivision, seatsByStreet(kgs, streets), kgs, sample);
}

/** Figure: capacity and enrolment by kindergarten type. */
export function seatsByTypeFigure(kgs: readonly Kindergarten[], types: readonly KindergartenType[]): Figure {
  return seatGroupFigure(figureIds.seatsByType, '各类型幼儿园学位与在园幼儿', '类型', seatsByType(kgs, types), kgs, kgs.some(isSample) || types.some(isSample));
}

/** Figure (table + CSV): 公办 and 普惠 shares of enrolment and capacity. */
export function sharesFigure(kgs: readonly Kindergarten[]): Figure {
  const { rows, publicShare, puhuiShare } = categoryShares(kgs);
  const pct = percentValue;
  return {
    id: figureIds.seatsShares,
    caption: '公办园与普惠性幼儿园占比',
    summary: kgs.length
      ? `公办幼儿园在园幼儿占全部在园幼儿的 ${formatPercent(publicShare)}，普惠性幼儿园（公办＋普惠性民办）占 ${formatPercent(puhuiShare)}。`
      : '暂无幼儿园学位数据。',
    table: {
      columns: [
        { key: 'label', label: '类别' },
        { key: 'count', label: '幼儿园', unit: '所', numeric: true, digits: 0 },
        { key: 'enrolled', label: '在园幼儿', unit: '人', numeric: true, digits: 0 },
        { key: 'enrolledShare', label: '占在园幼儿', unit: '%', numeric: true, digits: 1 },
        { key: 'capacity', label: '核定学位', unit: '个', numeric: true, digits: 0 },
        { key: 'capacityShare', label: '占核定学位', unit: '%', numeric: true, digits: 1 },
      ],
      rows: rows.map((r) => ({ label: r.label, count: r.count, enrolled: r.enrolled, enrolledShare: pct(r.enrolledShare), capacity: r.capacity, capacityShare: pct(r.capacityShare) })),
    },
    sample: kgs.some(isSample),
    asOf: latestAsOf(kgs),
    source: '各幼儿园信息',
  };
}

/** A new-seat project of the plan (e.g. a rebuild) with the kindergarten it belongs to. */
export interface SeatProject {
  kg: Kindergarten;
  project: NonNullable<Kindergarten['data']['project']>;
  /**
   * Progress of the plan's target that tracks the project, when that target exists: the very record the
   * progress pages show (src/lib/progress/engine.ts), so both pages always say the same.
   */
  progress?: TargetProgress;
}

/**
 * The kindergartens' new-seat projects in list order, each with the progress of its target (`project.target`)
 * looked up in `progress` (target id → progress); a project without a target, or whose target is not in the
 * progress data, shows the plan's figures only.
 */
export function seatProjects(kgs: readonly Kindergarten[], progress: ReadonlyMap<string, TargetProgress>): SeatProject[] {
  return kgs.flatMap((kg) => {
    const project = kg.data.project;
    if (!project) return [];
    const p = project.target ? progress.get(project.target) : undefined;
    return [{ kg, project, ...(p ? { progress: p } : {}) }];
  });
}

/**
 * The new-seat projects counted per subdivision (in the order of the streets list, those with none left out):
 * the seats page shows this instead of one card per project once the list is long (src/lib/kindergartens/directory-pages.ts);
 * each project stays on its kindergarten's page and in the kindergartens dataset (/data/).
 */
export function projectsByStreetFigure(projects: readonly SeatProject[], streets: readonly Street[], subdivision: string): Figure {
  const rows = byStreet(projects, streets, (p) => p.kg).map(({ street, items }) => ({
    name: street.name,
    count: items.length,
    classes: items.reduce((n, p) => n + p.project.classes, 0),
    seats: plannedNewSeats(items),
  }));
  const most = [...rows].sort((a, b) => b.seats - a.seats)[0];
  return {
    id: figureIds.seatProjectsByStreet,
    caption: `各${subdivision}新增学位项目`,
    summary: most
      ? `${rows.length} 个${subdivision}共有 ${projects.length} 个新增学位项目，建成后共可提供学位 ${formatNumber(plannedNewSeats(projects), 0)} 个；最多的是${most.name}（${formatNumber(most.seats, 0)} 个）。`
      : '暂无新增学位项目。',
    sample: projects.some((p) => isSample(p.kg)),
    source: '各幼儿园信息',
    ...withAsOf(latestAsOf(projects.map((p) => p.kg))),
    table: {
      columns: [
        { key: 'name', label: subdivision },
        { key: 'count', label: '项目', unit: '个', numeric: true, digits: 0 },
        { key: 'classes', label: '教学班', unit: '个', numeric: true, digits: 0 },
        { key: 'seats', label: '新增学位', unit: '个', numeric: true, digits: 0 },
      ],
      rows,
    },
  };
}

/** Seats the plan's projects will provide once built (新增学位). */
export function plannedNewSeats(projects: readonly Pick<SeatProject, 'project'>[]): number {
  return projects.reduce((s, p) => s + p.project.seats, 0);
}
