/**
 * What a kindergarten's page derives from its record, the fee config (content/fees.json) and the words: the
 * route only renders it. Pure.
 */
import type { FeeChange } from '../../schemas/kindergarten.ts';
import { feeDocument, historyNewestFirst, lastChange, mealsText, pricingOf, ruleQuotes, tuitionText } from './fees.ts';
import type { Kindergarten } from './kindergarten.ts';
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
  /** Free seats. */
  free: number;
  /** The word for its subdivision: 乡 for a 乡, else the list word. */
  subdivision: string;
  /** The page's meta description. */
  description: string;
}

/** Derives a kindergarten page's facts. */
export function kindergartenPage<D extends { docNumber: string }>(kg: Kindergarten, fees: FeeConfigLike<D>, words: WordsLike): KindergartenPage<D> {
  const d = kg.data;
  return {
    basisDoc: feeDocument(fees.documents, d.fees.basis.docNumber),
    pricing: pricingOf(fees.rules, kg.type.category),
    posterRules: ruleQuotes(fees.rules, kg.type.category),
    last: lastChange(d.fees.history),
    history: historyNewestFirst(d.fees.history).map((change) => ({ change, doc: feeDocument(fees.documents, change.docNumber) })),
    free: freeSeats(d.capacity, d.enrolled),
    subdivision: words.subdivisionById[kg.street.id] ?? words.subdivision,
    description: `${d.name}（${kg.type.name}，${kg.street.name}）保教费 ${tuitionText(d.fees.tuition)}，伙食费 ${mealsText(d.fees.meals)}，收费依据 ${d.fees.basis.docNumber}；核定学位 ${d.capacity} 个。`,
  };
}
