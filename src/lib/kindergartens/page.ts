/**
 * What a kindergarten's page derives from its record, the fee config (content/fees.json) and the words: the
 * route only renders it. Pure.
 */
import type { KindergartenCategory } from '../../schemas/directory.ts';
import type { FeeChange } from '../../schemas/kindergarten.ts';
import { mapKeyword, mapSearchUrl, phoneLinks, type PhoneLink } from '../core/contact.ts';
import { feeDocument, hasPublishedFees, historyNewestFirst, lastChange, mealDays, mealDaysSentence, mealsText, monthlyMeals, monthlyTotal, pricingOf, ruleQuotes, tuitionLines, tuitionText, UNPUBLISHED, type MonthlyMeals } from './fees.ts';
import { kgState, stateText, type Kindergarten, type KgState } from './kindergarten.ts';
import { freeSeats } from './seats.ts';

/** The parts of content/fees.json a kindergarten page reads. */
export interface FeeConfigLike<D extends { docNumber: string }> {
  rules: readonly { appliesTo: readonly string[]; quote: string; pricing: string }[];
  documents: readonly D[];
  /** 伙食费每月天数 (content/fees.json), when the content sets it. */
  mealDaysPerMonth?: number | undefined;
}

/** The parts of the words (src/lib/core/words.ts) a kindergarten page reads. */
export interface WordsLike {
  subdivision: string;
  subdivisionById: Readonly<Record<string, string>>;
}

/** One change of the 收费调整记录 table, with its document when content/fees.json lists it (pages link it). */
export interface HistoryRow<D> {
  change: FeeChange;
  doc: D | undefined;
}

/**
 * What a parent came for, shown first on a phone (KgFirstScreen.astro): the category, the state when it is not
 * open, the monthly fees (a part not published says 未公布, never 0), the free seats when they are offered and
 * the two actions (call, map). A closed kindergarten shows no fees and no seats, only that it closed and when.
 */
export interface FirstScreen {
  /** 公办 / 普惠性民办 / 民办: the badge. */
  category: KindergartenCategory;
  /** The type's own name when it says more than the category (包钢幼教处), else ''. */
  typeName: string;
  /** open, suspended (暂停招生), planned (新建未开园) or closed (已停办). */
  state: KgState;
  /** The state in words (“已停办（2024年7月1日）”), empty when open. */
  stateText: string;
  /** What the content says about the state (closedNote / statusNote), '' when nothing. */
  stateNote: string;
  /** False for a closed kindergarten: no fee tiles at all. */
  fees: boolean;
  /** 保教费 per class in level order (各班级 for one fee); undefined when not published (未公布) or closed. */
  tuition: { label: string; amount: number }[] | undefined;
  /** 伙食费 as quoted (16 元/天); 未公布 when not published. */
  mealsQuoted: string;
  /** 伙食费 per month with its convention; undefined when not published or closed. */
  meals: MonthlyMeals | undefined;
  /** The sentence stating the days-per-month convention; '' when the fee is monthly already. */
  mealDaysNote: string;
  /** 保教费 + 伙食费 per month, lowest and highest class; undefined when a part is unknown. */
  total: { min: number; max: number } | undefined;
  /** Free seats (核定学位 − 在园幼儿, never below 0), with the two figures and their date; undefined when none are offered (暂停招生, 新建未开园, 已停办). */
  free: number | undefined;
  capacity: number;
  enrolled: number;
  asOf: string;
  /** tap-to-call links; empty when no phone is published. */
  phones: PhoneLink[];
  /** Map search of the address (or the name when no address is published). */
  map: { href: string; keyword: string; byName: boolean };
}

/** How the search index knows a page (BaseLayout's `search`). */
export interface PageSearch {
  type: string;
  names: string[];
  text: string;
  meta: Record<string, string>;
  filters: Record<string, string>;
}

/** Everything a kindergarten page shows that is derived rather than read from the record. */
export interface KindergartenPage<D> {
  /** The page title: “<name> 收费标准”, or “<name>（已停办）”. */
  title: string;
  /** The content files the page shows, for its 更新于 date (getUpdatedOn). */
  sources: string[];
  /** Accessible name of the page's QR code (screen and poster). */
  qrLabel: string;
  /** The page in the search index: names, words, result line, filters (type and subdivision). */
  search: PageSearch;
  /** The document the fees are charged under, when content/fees.json lists it. */
  basisDoc: D | undefined;
  /** The 定价方式 line; empty when no rule gives one (the line is left out). */
  pricing: string;
  /** Rule sentences that apply to the kindergarten's category, for the poster. */
  posterRules: string[];
  /** The most recent fee change (the 最近调整 line). */
  last: FeeChange | undefined;
  /** The change history, newest first. */
  history: HistoryRow<D>[];
  /** Free seats; undefined when none are offered (暂停招生, 新建未开园, 已停办). */
  free: number | undefined;
  /** open, suspended (暂停招生), planned (新建未开园) or closed (已停办). */
  state: KgState;
  /** The state in words (“已停办（2024年7月1日）”), empty when open. */
  stateText: string;
  /** True when the page shows the fee table and its 收费公示 poster and complaint line: some fee is published and the kindergarten is not closed. */
  showFees: boolean;
  /** The word for its subdivision: 乡 for a 乡, else the list word. */
  subdivision: string;
  /** The page's meta description. */
  description: string;
  /** The first screen on a phone. */
  firstScreen: FirstScreen;
}

/**
 * Derives a kindergarten page's facts. `district` (site.json) places the address for the map search.
 */
export function kindergartenPage<D extends { docNumber: string }>(kg: Kindergarten, fees: FeeConfigLike<D>, words: WordsLike, district = ''): KindergartenPage<D> {
  const d = kg.data;
  const state = kgState(d);
  const said = stateText(d);
  const showFees = state !== 'closed' && hasPublishedFees(d.fees);
  const free = state === 'open' ? freeSeats(d.capacity, d.enrolled) : undefined;
  const feeWords = `保教费 ${tuitionText(d.fees.tuition)}，伙食费 ${mealsText(d.fees.meals)}，收费依据 ${d.fees.basis?.docNumber ?? UNPUBLISHED}`;
  const days = mealDays(fees.mealDaysPerMonth);
  const meals = state === 'closed' ? undefined : monthlyMeals(d.fees.meals, days);
  const keyword = mapKeyword(district, d.address, d.name);
  const firstScreen: FirstScreen = {
    category: kg.type.category,
    typeName: kg.type.name === kg.type.category ? '' : kg.type.name,
    state,
    stateText: said,
    stateNote: state === 'closed' ? d.closedNote : d.statusNote,
    fees: state !== 'closed',
    tuition: d.fees.tuition && state !== 'closed' ? tuitionLines(d.fees.tuition) : undefined,
    mealsQuoted: mealsText(d.fees.meals),
    meals,
    mealDaysNote: meals?.perDay ? mealDaysSentence(days) : '',
    total: state === 'closed' ? undefined : monthlyTotal(d.fees.tuition, d.fees.meals, days),
    free,
    capacity: d.capacity,
    enrolled: d.enrolled,
    asOf: d.asOf,
    phones: phoneLinks(d.phone),
    map: { href: mapSearchUrl(keyword), keyword, byName: !d.address.trim() },
  };
  const closed = state === 'closed';
  return {
    title: closed ? `${d.name}（已停办）` : `${d.name} 收费标准`,
    sources: [`kindergartens/${kg.id}.json`, 'fees.json', 'kindergarten-types.json', 'streets.json', 'enrollment.json'],
    qrLabel: `${d.name}收费标准页面的二维码`,
    search: {
      type: '幼儿园',
      names: [d.name, ...d.shortNames],
      text: `${d.fees.basis?.docNumber ?? ''} ${d.address} ${said}`,
      meta: { kgType: kg.type.name, street: kg.street.name, fee: closed ? said : `保教费 ${tuitionText(d.fees.tuition)}${said ? ` · ${said}` : ''}` },
      filters: { 幼儿园类型: kg.type.name, [words.subdivision]: kg.street.name },
    },
    firstScreen,
    basisDoc: d.fees.basis ? feeDocument(fees.documents, d.fees.basis.docNumber) : undefined,
    pricing: pricingOf(fees.rules, kg.type.category),
    posterRules: ruleQuotes(fees.rules, kg.type.category),
    last: lastChange(d.fees.history),
    history: historyNewestFirst(d.fees.history).map((change) => ({ change, doc: feeDocument(fees.documents, change.docNumber) })),
    free,
    state,
    stateText: said,
    showFees,
    subdivision: words.subdivisionById[kg.street.id] ?? words.subdivision,
    description: state === 'closed'
      ? `${d.name}（${kg.type.name}，${kg.street.name}）${said}。`
      : `${d.name}（${kg.type.name}，${kg.street.name}）${said ? `${said}；` : ''}${feeWords}；核定学位 ${d.capacity} 个。`,
  };
}
