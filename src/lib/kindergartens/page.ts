/**
 * What a kindergarten's page derives from its record, the fee config (content/fees.json) and the words: the
 * route only renders it. Pure.
 */
import type { FeeChange } from '../../schemas/kindergarten.ts';
import { feeDocument, hasPublishedFees, historyNewestFirst, lastChange, mealsText, pricingOf, ruleQuotes, tuitionText, UNPUBLISHED } from './fees.ts';
import { kgState, stateText, type Kindergarten, type KgState } from './kindergarten.ts';
import { freeSeats } from './seats.ts';

/** The parts of content/fees.json a kindergarten page reads. */
export interface FeeConfigLike<D extends { docNumber: string }> {
  rules: readonly { appliesTo: readonly string[]; quote: string; pricing: string }[];
  documents: readonly D[];
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

/** Everything a kindergarten page shows that is derived rather than read from the record. */
export interface KindergartenPage<D> {
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
}

/** Derives a kindergarten page's facts. */
export function kindergartenPage<D extends { docNumber: string }>(kg: Kindergarten, fees: FeeConfigLike<D>, words: WordsLike): KindergartenPage<D> {
  const d = kg.data;
  const state = kgState(d);
  const said = stateText(d);
  const feeWords = `保教费 ${tuitionText(d.fees.tuition)}，伙食费 ${mealsText(d.fees.meals)}，收费依据 ${d.fees.basis?.docNumber ?? UNPUBLISHED}`;
  return {
    basisDoc: d.fees.basis ? feeDocument(fees.documents, d.fees.basis.docNumber) : undefined,
    pricing: pricingOf(fees.rules, kg.type.category),
    posterRules: ruleQuotes(fees.rules, kg.type.category),
    last: lastChange(d.fees.history),
    history: historyNewestFirst(d.fees.history).map((change) => ({ change, doc: feeDocument(fees.documents, change.docNumber) })),
    free: state === 'open' ? freeSeats(d.capacity, d.enrolled) : undefined,
    state,
    stateText: said,
    showFees: state !== 'closed' && hasPublishedFees(d.fees),
    subdivision: words.subdivisionById[kg.street.id] ?? words.subdivision,
    description: state === 'closed'
      ? `${d.name}（${kg.type.name}，${kg.street.name}）${said}。`
      : `${d.name}（${kg.type.name}，${kg.street.name}）${said ? `${said}；` : ''}${feeWords}；核定学位 ${d.capacity} 个。`,
  };
}
