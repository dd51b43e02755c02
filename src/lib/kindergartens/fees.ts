/** Fee derivations: 保教费 text and ranges, caps, the change history, monthly totals. Pure; the fee figures are in fee-figures.ts. */
import { CLASS_LEVELS, type FeeBasis, type FeeChange, type KgFees, type MealFee, type Tuition } from '../../schemas/kindergarten.ts';
import { bookTitle, formatDateZh, formatNumber, formatRange } from '../core/format.ts';
import type { Kindergarten } from './kindergarten.ts';

/** What pages say where a fee is not published: never a number. */
export const UNPUBLISHED = '未公布';

/** True when the kindergarten publishes any fee a parent pays (保教费 or 伙食费): then it has a 收费公示 poster. */
export function hasPublishedFees(fees: KgFees): boolean {
  return fees.tuition !== undefined || fees.meals !== undefined;
}

/** “另有 3 所未公布保教费”: how many of a list leave a fee out; empty when none does. */
export function unpublishedNote(count: number, what: string): string {
  return count > 0 ? `另有 ${count} 所未公布${what}` : '';
}

/** Lowest and highest 保教费 of a kindergarten (元/月). */
export function tuitionRange(tuition: readonly Tuition[]): { min: number; max: number } {
  if (!tuition.length) throw new Error('保教费为空');
  const amounts = tuition.map((t) => t.amount);
  return { min: Math.min(...amounts), max: Math.max(...amounts) };
}

/** Lowest and highest 保教费, or undefined when the 保教费 is not published. */
export function knownTuitionRange(fees: KgFees): { min: number; max: number } | undefined {
  return fees.tuition ? tuitionRange(fees.tuition) : undefined;
}

/** “380 元/月” or “380–420 元/月”; 未公布 when not published. */
export function tuitionText(tuition: readonly Tuition[] | undefined): string {
  if (!tuition) return UNPUBLISHED;
  const { min, max } = tuitionRange(tuition);
  return `${formatRange(min, max)} 元/月`;
}

/** Level order for display: 全部 first, then 小班 中班 大班 混龄. */
const LEVEL_ORDER = ['全部', ...CLASS_LEVELS] as const;

/** 保教费 lines in level order, each with the label parents read (全部 → 各班级). */
export function tuitionLines(tuition: readonly Tuition[]): { label: string; amount: number }[] {
  return [...tuition]
    .sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level))
    .map((t) => ({ label: t.level === '全部' ? '各班级' : t.level, amount: t.amount }));
}

/** “小班 420、中班 400 元/月” or “380 元/月”: a whole fee in one line (without the unit when `unit` is false). */
export function tuitionSummary(tuition: readonly Tuition[], unit = true): string {
  const lines = tuitionLines(tuition);
  const [only] = lines;
  const text = lines.length === 1 && only?.label === '各班级'
    ? formatNumber(only.amount, 2)
    : lines.map((l) => `${l.label} ${formatNumber(l.amount, 2)}`).join('、');
  return unit ? `${text} 元/月` : text;
}

/** “16 元/天”: the unit is part of the figure; 未公布 when not published. */
export function mealsText(m: MealFee | undefined): string {
  if (!m) return UNPUBLISHED;
  return `${formatNumber(m.amount, 2)} ${m.unit}`;
}

/** One row of a kindergarten's fee table: the item and its amount with the unit. */
export interface FeeRow {
  item: string;
  amount: string;
}

/**
 * The fee table of a kindergarten, as its page and its 收费公示 poster show it: 保教费 per level in level order
 * (“保教费（小班）”, “420 元/月”), 伙食费, then 核定保教费上限 when `cap` is asked for. A part not published is one
 * row saying 未公布 (the poster, `published: true`, leaves it out instead); the cap row appears when the kindergarten
 * has a cap or `capExpected` (a 公办 kindergarten, whose cap is set by the government).
 */
export function feeRows(fees: KgFees, options: { cap: boolean; capExpected?: boolean; published?: boolean }): FeeRow[] {
  const rows: FeeRow[] = fees.tuition
    ? tuitionLines(fees.tuition).map((l) => ({ item: `保教费（${l.label}）`, amount: `${formatNumber(l.amount, 2)} 元/月` }))
    : options.published ? [] : [{ item: '保教费', amount: UNPUBLISHED }];
  if (fees.meals || !options.published) rows.push({ item: '伙食费', amount: mealsText(fees.meals) });
  if (options.cap && fees.cap !== undefined) rows.push({ item: '核定保教费上限', amount: `${formatNumber(fees.cap, 2)} 元/月` });
  else if (options.cap && options.capExpected && !options.published) rows.push({ item: '核定保教费上限', amount: UNPUBLISHED });
  return rows;
}

/**
 * The 收费依据 line after the document number (which pages link): “《title》，2019年9月1日起执行”; without the
 * title when the document is not listed in content/fees.json.
 */
export function basisText(basis: FeeBasis, doc: { title: string } | undefined): string {
  return `${doc ? bookTitle(doc.title) : ''}，${formatDateZh(basis.effectiveOn)}起执行`;
}

/** A fee change in one sentence: “2024年3月1日起，保教费由 480 元/月 调整为 400 元/月”. */
export function changeText(change: FeeChange): string {
  return `${formatDateZh(change.effectiveOn)}起，保教费由 ${tuitionSummary(change.before)} 调整为 ${tuitionSummary(change.after)}`;
}

/** True when two fee lists set the same amount for the same levels (order does not matter). */
export function sameTuition(a: readonly Tuition[], b: readonly Tuition[]): boolean {
  if (a.length !== b.length) return false;
  const m = new Map(a.map((t) => [t.level, t.amount]));
  return b.every((t) => m.get(t.level) === t.amount) && new Set(b.map((t) => t.level)).size === b.length;
}

/** Indices of the fee lines above the cap (empty when there is no cap or none is above). */
export function overCap(tuition: readonly Tuition[] | undefined, cap: number | undefined): number[] {
  if (cap === undefined || !tuition) return [];
  return tuition.flatMap((t, i) => (t.amount > cap ? [i] : []));
}

/** The change history newest first; changes on the same day keep their file order. */
export function historyNewestFirst(history: readonly FeeChange[]): FeeChange[] {
  return history.map((c, i) => ({ c, i })).sort((a, b) => b.c.effectiveOn.localeCompare(a.c.effectiveOn) || a.i - b.i).map((x) => x.c);
}

/** The most recent change, if any. */
export function lastChange(history: readonly FeeChange[]): FeeChange | undefined {
  return historyNewestFirst(history)[0];
}

/** A fee adjustment made under a given document, for the fees page. */
export interface Adjustment {
  kg: Kindergarten;
  change: FeeChange;
  /** Highest fee before minus highest fee after (元/月); positive when fees went down. */
  cut: number;
}

/** Kindergartens whose history has a change under `docNumber` (the newest such change), by date then list order. */
export function adjustmentsUnder(kgs: readonly Kindergarten[], docNumber: string): Adjustment[] {
  const out: Adjustment[] = [];
  for (const kg of kgs) {
    const change = historyNewestFirst(kg.data.fees.history).find((c) => c.docNumber === docNumber);
    if (change) out.push({ kg, change, cut: tuitionRange(change.before).max - tuitionRange(change.after).max });
  }
  return out.sort((a, b) => a.change.effectiveOn.localeCompare(b.change.effectiveOn));
}

/**
 * The 定价方式 line of a kindergarten page: the `pricing` phrases of the fee rules (content/fees.json) that
 * apply to its category, joined; empty when no rule gives one (the page then leaves the line out).
 */
export function pricingOf(rules: readonly { appliesTo: readonly string[]; pricing: string }[], category: string): string {
  return rules.filter((r) => r.pricing && r.appliesTo.includes(category)).map((r) => r.pricing).join('；');
}

/** The rule sentences (verbatim quotes) of content/fees.json that apply to a category: the 收费公示 poster prints them. */
export function ruleQuotes(rules: readonly { appliesTo: readonly string[]; quote: string }[], category: string): string[] {
  return rules.filter((r) => r.appliesTo.includes(category)).map((r) => r.quote);
}

/** The document of content/fees.json with this 文号, if it is listed there. */
export function feeDocument<D extends { docNumber: string }>(documents: readonly D[], docNumber: string): D | undefined {
  return documents.find((d) => d.docNumber === docNumber);
}

/**
 * What the fees page says about 公办 fees: the 保教费 range across those that publish it, their distinct 伙食费,
 * and how many publish no 保教费 or no 伙食费 (said, never counted as 0).
 */
export function publicFeeOverview(kgs: readonly Kindergarten[]): { range?: { min: number; max: number }; meals: string[]; tuitionUnknown: number; mealsUnknown: number } {
  const pub = kgs.filter((k) => k.type.category === '公办');
  const ranges = pub.flatMap((k) => (k.data.fees.tuition ? [tuitionRange(k.data.fees.tuition)] : []));
  const meals = pub.flatMap((k) => (k.data.fees.meals ? [mealsText(k.data.fees.meals)] : []));
  return {
    ...(ranges.length ? { range: { min: Math.min(...ranges.map((r) => r.min)), max: Math.max(...ranges.map((r) => r.max)) } } : {}),
    meals: [...new Set(meals)],
    tuitionUnknown: pub.length - ranges.length,
    mealsUnknown: pub.length - meals.length,
  };
}

/** How many kindergartens charge under a document, or changed their fees under it. */
export function citingCount(kgs: readonly Kindergarten[], docNumber: string): number {
  return kgs.filter((k) => k.data.fees.basis?.docNumber === docNumber || k.data.fees.history.some((c) => c.docNumber === docNumber)).length;
}

/**
 * Days a month counts when a meal fee is quoted per day and content/fees.json sets no `mealDaysPerMonth`:
 * about the school days of a month. Pages that use it say so (按每月 22 天估算), never silently.
 */
export const DEFAULT_MEAL_DAYS = 22;

/** The days-per-month convention a page states next to a monthly meal fee. */
export interface MealDays {
  days: number;
  /** True when content/fees.json sets the figure (mealDaysPerMonth); false for the stated estimate. */
  fromContent: boolean;
}

/** The convention of content/fees.json (`mealDaysPerMonth`), else the stated estimate DEFAULT_MEAL_DAYS. */
export function mealDays(configured: number | undefined): MealDays {
  return configured === undefined ? { days: DEFAULT_MEAL_DAYS, fromContent: false } : { days: configured, fromContent: true };
}

/** 伙食费 per month: a 元/月 figure as it is, a 元/天 figure times the days; undefined when the fee is unknown. */
export function mealsPerMonth(m: MealFee | undefined, days: MealDays): number | undefined {
  if (!m) return undefined;
  return m.unit === '元/月' ? m.amount : Math.round(m.amount * days.days * 100) / 100;
}

/** The monthly meal fee of a kindergarten, ready to show: the amount, whether it is an estimate, and the note. */
export interface MonthlyMeals {
  /** 元 per month. */
  amount: number;
  /** True when the fee is quoted per day (the month is a convention). */
  perDay: boolean;
  /** “16 元/天 × 22 天” for a per-day fee (with “估算” when the days are the default), '' for a monthly fee. */
  note: string;
}

/** The monthly meal fee with its stated convention; undefined when the fee is unknown. */
export function monthlyMeals(m: MealFee | undefined, days: MealDays): MonthlyMeals | undefined {
  const amount = mealsPerMonth(m, days);
  if (!m || amount === undefined) return undefined;
  if (m.unit === '元/月') return { amount, perDay: false, note: '' };
  return { amount, perDay: true, note: `${mealsText(m)} × ${days.days} 天${days.fromContent ? '' : '（估算）'}` };
}

/** The sentence that states the convention: where the days come from. */
export function mealDaysSentence(days: MealDays): string {
  return days.fromContent
    ? `按天收取的伙食费按每月 ${days.days} 天折算成每月金额。`
    : `按天收取的伙食费按每月 ${days.days} 天估算每月金额，实际以在园天数为准。`;
}

/**
 * What a parent pays a month (保教费 + 伙食费 per month), lowest and highest class; undefined when either part
 * is unknown (no total is shown, and lists sort it last).
 */
export function monthlyTotal(tuition: readonly Tuition[] | undefined, meals: MealFee | undefined, days: MealDays): { min: number; max: number } | undefined {
  const m = mealsPerMonth(meals, days);
  if (!tuition?.length || m === undefined) return undefined;
  const { min, max } = tuitionRange(tuition);
  return { min: min + m, max: max + m };
}

/** Orders monthly totals from low to high by their lowest figure; unknown totals last (stable otherwise). */
export function compareTotals(a: { min: number } | undefined, b: { min: number } | undefined): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  return a.min - b.min;
}

/** What a list row shows of a kindergarten's fees (directory, group pages, /fees/). */
export interface ListFees {
  /** Lowest and highest 保教费; undefined when not published (the cell says 未公布). */
  tuition: { min: number; max: number } | undefined;
  /** 伙食费 as quoted (16 元/天); 未公布 when not published. */
  mealsQuoted: string;
  /** 伙食费 per month with its convention; undefined when unknown. */
  meals: MonthlyMeals | undefined;
  /** 保教费 + 伙食费 per month; undefined when a part is unknown (no total shown, sorted last). */
  total: { min: number; max: number } | undefined;
}

/** The fee figures of a list row. */
export function listFees(fees: KgFees, days: MealDays): ListFees {
  return {
    tuition: knownTuitionRange(fees),
    mealsQuoted: mealsText(fees.meals),
    meals: monthlyMeals(fees.meals, days),
    total: monthlyTotal(fees.tuition, fees.meals, days),
  };
}
