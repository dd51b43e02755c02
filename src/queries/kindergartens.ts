/** Queries of the kindergartens: the directory's records by state, and the new-seat projects. */
import { getCollection } from 'astro:content';
import { resolveKindergartens, splitByState, type Kindergarten } from '../lib/kindergartens/kindergarten.ts';
import { seatProjects, type SeatProject } from '../lib/kindergartens/seats.ts';
import { once } from './once.ts';
import { getProgress } from './progress.ts';
import { getKindergartenTypes, getStreets } from './site.ts';

/**
 * The kindergartens every count, total, range, figure, dataset and list is made of: open and 暂停招生 (they exist),
 * by street, type, then name. Closed and not-yet-open kindergartens are left out: see getKindergartensByState.
 */
export async function getKindergartens(): Promise<Kindergarten[]> {
  return (await getKindergartensByState()).counted;
}

/**
 * Every kindergarten file, closed and not yet open included: each keeps its page (its address is on QR posters).
 * Resolved once per build: every kindergarten page asks for the whole list (cost pages × kindergartens).
 */
export const getAllKindergartens = once(async (): Promise<Kindergarten[]> => {
  const [all, types, streets] = await Promise.all([getCollection('kindergartens'), getKindergartenTypes(), getStreets()]);
  return resolveKindergartens(all.map((e) => ({ id: e.id, data: e.data })), types, streets);
});

/** The kindergartens split by state: counted (open + 暂停招生), planned (新建未开园), closed (已停办), each in list order. */
export const getKindergartensByState = once(async (): Promise<{ counted: Kindergarten[]; planned: Kindergarten[]; closed: Kindergarten[] }> => splitByState(await getAllKindergartens()));

/**
 * New-seat projects (the plan's rebuilds), each with its progress when the progress data holds its target
 * (content/targets/<project.target>.json): the same record /progress/ shows, from getProgress().
 */
export async function getSeatProjects(): Promise<SeatProject[]> {
  // A 新建未开园 kindergarten is often the project itself: its planned seats count here, not in today's totals.
  const [{ counted, planned }, progress] = await Promise.all([getKindergartensByState(), getProgress()]);
  const kgs = (await getAllKindergartens()).filter((k) => counted.includes(k) || planned.includes(k));
  return seatProjects(kgs, new Map(progress.tasks.flatMap((t) => t.targets.map((p) => [p.target.id, p]))));
}
