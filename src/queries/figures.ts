/** Queries of the figures: every table and chart of the site, each also served as /data/<id>.csv. */
import type { Figure } from '../lib/core/figure.ts';
import { adjustmentsUnder } from '../lib/kindergartens/fees.ts';
import { adjustmentsByStreetFigure, adjustmentsFigure, feeTableFigure } from '../lib/kindergartens/fee-figures.ts';
import { projectsByStreetFigure, seatsByStreetFigure, seatsByTypeFigure, sharesFigure } from '../lib/kindergartens/seats.ts';
import { getKindergartens, getSeatProjects } from './kindergartens.ts';
import { once } from './once.ts';
import { getIndicators, getProgress } from './progress.ts';
import { getFeeConfig, getKindergartenTypes, getStreets, getWords } from './site.ts';

/**
 * Every figure of the site (progress, seats, …). Each page renders its figures by id, and
 * /data/<id>.csv is generated from the same list, so a CSV always equals its table.
 */
export const getFigures = once(async (): Promise<Figure[]> => {
  // Computed once per build like getProgress(): pages that show one figure would otherwise rebuild all.
  const figures: Figure[] = [...(await getProgress()).figures, (await getIndicators()).figure, ...(await getKindergartenFigures())];
  const ids = new Set<string>();
  for (const f of figures) {
    if (ids.has(f.id)) throw new Error(`图表编号重复：${f.id}`);
    ids.add(f.id);
  }
  return figures;
});

/** One figure by id; a missing id is a programming error and stops the build. */
export async function getFigure(id: string): Promise<Figure> {
  const f = (await getFigures()).find((x) => x.id === id);
  if (!f) throw new Error(`没有编号为 ${id} 的图表`);
  return f;
}


/** Figures of the kindergarten, fees and seats pages. */
async function getKindergartenFigures(): Promise<Figure[]> {
  const [kgs, types, streets, fees, words] = await Promise.all([getKindergartens(), getKindergartenTypes(), getStreets(), getFeeConfig(), getWords()]);
  const adj = fees.adjustments;
  const adjusted = adj ? adjustmentsUnder(kgs, adj.docNumber) : [];
  const projects = await getSeatProjects();
  // The per-subdivision figures exist at every size (their CSV addresses stay stable); the pages show them
  // instead of the full lists once those are long (src/lib/kindergartens/directory-pages.ts).
  return [
    feeTableFigure(kgs, words.subdivision),
    ...(adj ? [adjustmentsFigure(adjusted, adj.docNumber, adj.expected, words.plan), adjustmentsByStreetFigure(adjusted, streets, adj.docNumber, words.subdivision)] : []),
    ...(projects.length ? [projectsByStreetFigure(projects, streets, words.subdivision)] : []),
    seatsByStreetFigure(kgs, streets, words.subdivision),
    seatsByTypeFigure(kgs, types),
    sharesFigure(kgs),
  ];
}
