/** What the fees page (/fees/) derives from the kindergartens and content/fees.json: the route only renders it. Pure. */
import type { FeeConfig, FeeDocument } from '../../schemas/fees.ts';
import { adjustmentsUnder, citingCount, feeDocument, publicFeeOverview, unpublishedNote } from './fees.ts';
import type { Kindergarten } from './kindergarten.ts';
import { listsInFull } from './directory-pages.ts';
import { figureIds } from '../core/figure.ts';

/** The plan's fee adjustments as the page states them. */
export interface AdjustmentSection {
  plan: NonNullable<FeeConfig['adjustments']>;
  /** The listed document of the plan's 文号 (its card on the page), when content/fees.json lists it. */
  doc: FeeDocument | undefined;
  /** Kindergartens whose history records a change under that 文号. */
  recorded: number;
  /** True when the section lists every adjusted kindergarten; false past the list limit (a table per subdivision, the full list in its CSV). */
  inFull: boolean;
  /** The figure the section shows: one row per kindergarten, or per subdivision past the limit. */
  figureId: string;
}

/** Everything the fees page shows that is derived. */
export interface FeesPage {
  /** True when the page lists every kindergarten's fees; false past the limit (links to the group pages instead). */
  full: boolean;
  /** 保教费 range across 公办 kindergartens; absent without any. */
  publicRange: { min: number; max: number } | undefined;
  /** Distinct 伙食费 of 公办 kindergartens (“16 元/天”). */
  publicMeals: string[];
  /** “另有 2 所未公布保教费”: 公办 kindergartens left out of the range; empty when none. */
  publicTuitionUnknown: string;
  /** “另有 1 所未公布伙食费”: 公办 kindergartens left out of the meals; empty when none. */
  publicMealsUnknown: string;
  /** Each basis document with how many kindergartens charge or changed fees under it. */
  documents: { doc: FeeDocument; citing: number }[];
  /** The adjustments section; absent when the plan orders none. */
  adjustment: AdjustmentSection | undefined;
  /** Words the search index gets for the page. */
  searchText: string;
}

/** Derives the fees page's facts. */
export function feesPage(kgs: readonly Kindergarten[], fees: { documents: readonly FeeDocument[]; adjustments?: FeeConfig['adjustments'] }): FeesPage {
  const { range, meals, tuitionUnknown, mealsUnknown } = publicFeeOverview(kgs);
  const plan = fees.adjustments;
  const recorded = plan ? adjustmentsUnder(kgs, plan.docNumber).length : 0;
  return {
    full: listsInFull(kgs.length),
    publicRange: range,
    publicMeals: meals,
    publicTuitionUnknown: unpublishedNote(tuitionUnknown, '保教费'),
    publicMealsUnknown: unpublishedNote(mealsUnknown, '伙食费'),
    documents: fees.documents.map((doc) => ({ doc, citing: citingCount(kgs, doc.docNumber) })),
    adjustment: plan
      ? {
        plan, doc: feeDocument(fees.documents, plan.docNumber), recorded, inFull: listsInFull(recorded),
        figureId: listsInFull(recorded) ? figureIds.feeAdjustments : figureIds.feeAdjustmentsByStreet,
      }
      : undefined,
    searchText: `保教费 伙食费 收费依据 ${fees.documents.map((d) => d.docNumber).join(' ')}`,
  };
}
