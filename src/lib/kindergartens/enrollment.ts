/**
 * Enrolment (招生): what the /enrollment/ page and each kindergarten's 招生 section derive from
 * content/enrollment.json and a kindergarten's `enrollment` block. Absent facts are left out: a block with
 * nothing written gives nothing, never an empty heading or a 0. Pure.
 */
import { ENROLLMENT_LEVELS, type AgeRange, type EnrollmentData, type EnrollmentPeriod, type KindergartenEnrollment } from '../../schemas/enrollment.ts';
import { formatDateZh, formatNumber } from '../core/format.ts';

/**
 * The enrolment page's search names (best bets, src/lib/search/names.ts): 招生, 报名, 怎么报名 and 入园 each
 * name it alone. 入园 is only part of 入园报名, so 毛入园率 (which contains 入园) still finds the indicators.
 */
export const ENROLLMENT_SEARCH_NAMES: readonly string[] = ['幼儿园招生', '招生报名', '怎么报名', '入园报名'];

/** “2025年5月10日至5月20日”, “2025年5月10日” for one day; a range across years names both years. */
export function dateRangeText(from: string, to: string): string {
  if (from === to) return formatDateZh(from);
  const start = formatDateZh(from);
  const end = formatDateZh(to);
  return `${start}至${from.slice(0, 4) === to.slice(0, 4) ? end.replace(/^\d{4}年/, '') : end}`;
}

/** One 报名时间 line: “网上报名：2025年5月10日至5月20日（每天 8:30–17:00）”. */
export function periodText(p: EnrollmentPeriod): string {
  return `${p.label}：${dateRangeText(p.from, p.to)}${p.note ? `（${p.note}）` : ''}`;
}

/** One 适龄范围 line: “小班：2021年9月1日至2022年8月31日出生”. */
export function ageText(a: AgeRange): string {
  return `${a.level}：${dateRangeText(a.bornFrom, a.bornTo)}出生`;
}

/** Age ranges in class order (托班, 小班, 中班, 大班, 混龄), whatever order the file lists them. */
export function agesInOrder(ages: readonly AgeRange[]): AgeRange[] {
  return [...ages].sort((a, b) => ENROLLMENT_LEVELS.indexOf(a.level) - ENROLLMENT_LEVELS.indexOf(b.level));
}

/** One line of a kindergarten's 招生计划. */
export interface PlanRow {
  level: (typeof ENROLLMENT_LEVELS)[number];
  seats: number;
}

/** 招生计划 rows in class order; levels not written are not rows (an unknown plan is not 0). */
export function planRows(plan: KindergartenEnrollment['plan']): PlanRow[] {
  return ENROLLMENT_LEVELS.flatMap((level) => {
    const seats = plan[level];
    return seats === undefined ? [] : [{ level, seats }];
  });
}

/** “小班 60 人、中班 5 人，共 65 人”; one level gives no total. Empty for no rows. */
export function planText(rows: readonly PlanRow[]): string {
  if (!rows.length) return '';
  const parts = rows.map((r) => `${r.level} ${formatNumber(r.seats, 0)} 人`).join('、');
  return rows.length > 1 ? `${parts}，共 ${formatNumber(rows.reduce((s, r) => s + r.seats, 0), 0)} 人` : parts;
}

/** What a kindergarten page shows in its 招生 section; undefined when the block is absent or says nothing. */
export interface KgEnrollmentView {
  catchment: string;
  plan: PlanRow[];
  planText: string;
  hours: string;
  note: string;
}

/** The 招生 section of a kindergarten page, or undefined when there is nothing to show (no empty shell). */
export function kgEnrollmentView(e: KindergartenEnrollment | undefined): KgEnrollmentView | undefined {
  if (!e) return undefined;
  const plan = planRows(e.plan);
  const view = { catchment: e.catchment, plan, planText: planText(plan), hours: e.hours, note: e.note };
  return view.catchment || plan.length || view.hours || view.note ? view : undefined;
}

/** The parts of a kindergarten the enrolment page lists. */
export interface KgLike {
  id: string;
  data: { name: string; enrollment?: KindergartenEnrollment | undefined };
}

/** Kindergartens with something to say about enrolment, each with its view, in the order given. */
export function kindergartensWithEnrollment<K extends KgLike>(kgs: readonly K[]): { kg: K; view: KgEnrollmentView }[] {
  return kgs.flatMap((kg) => {
    const view = kgEnrollmentView(kg.data.enrollment);
    return view ? [{ kg, view }] : [];
  });
}

/** What the /enrollment/ page shows of content/enrollment.json: each part present only when written. */
export interface EnrollmentPage {
  /** Page heading: “2025年幼儿园招生”. */
  heading: string;
  /** Slug of the notice's policy page, when one is named. */
  policy: string;
  periods: string[];
  howToApply: string[];
  applyUrl: string;
  applyUrlLabel: string;
  eligibility: string;
  ages: string[];
  documents: string[];
  catchment: string;
  phone: string;
  note: string;
  /** True when anything beyond the year is written. */
  hasDetails: boolean;
}

/** The heading of the enrolment page for a year. */
export function enrollmentHeading(year: number | undefined): string {
  return year === undefined ? '幼儿园招生' : `${year}年幼儿园招生`;
}

/** The /enrollment/ page's view of content/enrollment.json. */
export function enrollmentPage(e: EnrollmentData): EnrollmentPage {
  const page = {
    heading: enrollmentHeading(e.year),
    policy: e.policy,
    periods: e.periods.map(periodText),
    howToApply: [...e.howToApply],
    applyUrl: e.applyUrl,
    applyUrlLabel: e.applyUrlLabel || e.applyUrl,
    eligibility: e.eligibility,
    ages: agesInOrder(e.ages).map(ageText),
    documents: [...e.documents],
    catchment: e.catchment,
    phone: e.phone,
    note: e.note,
  };
  const hasDetails = Boolean(
    page.policy || page.periods.length || page.howToApply.length || page.applyUrl || page.eligibility || page.ages.length || page.documents.length || page.catchment || page.phone || page.note,
  );
  return { ...page, hasDetails };
}

/** What /enrollment/ says around the notice: its heading, where to ask, and its meta description. */
export interface EnrollmentPageText {
  heading: string;
  /** The enrolment phone, else the bureau's phone from site.json; '' when neither is published (nothing invented). */
  phone: string;
  description: string;
}

/** The heading, the phone to ask and the description of /enrollment/, with or without a notice (`page`). */
export function enrollmentPageText(page: EnrollmentPage | undefined, site: { district: string; bureau: string; contact: { phone: string } }): EnrollmentPageText {
  const heading = page?.heading ?? enrollmentHeading(undefined);
  return {
    heading,
    phone: page?.phone || site.contact.phone,
    description: page?.hasDetails
      ? `${site.district}${heading}：报名时间、报名方式、招生对象和适龄范围、所需材料、招生范围，以及各幼儿园的招生计划。`
      : `${site.district}幼儿园招生：本站尚未发布招生通知时，可查看幼儿园名录并联系${site.bureau}。`,
  };
}
