/** Page order of the plan's records: one comparator per entity, used by pages, datasets and spreadsheets. Pure. */

/** What `byOrder` reads: a display order and the file name. */
type Ordered = { order: number; id: string };

/** Tasks, the targets of one task, indicators: by `order`, then file name. */
export function byOrder(a: Ordered, b: Ordered): number {
  return a.order - b.order || a.id.localeCompare(b.id);
}

/**
 * Targets across tasks in page order: by their task's place (tasks `byOrder`; a target whose task does not
 * exist comes last), then `byOrder` within the task. The progress pages, the 目标任务 and 月报 datasets and the
 * 目标 spreadsheet all list targets so.
 */
export function targetOrder(tasks: readonly Ordered[]): (a: Ordered & { task: string }, b: Ordered & { task: string }) => number {
  const rank = new Map([...tasks].sort(byOrder).map((t, i) => [t.id, i]));
  const rankOf = (t: { task: string }) => rank.get(t.task) ?? tasks.length;
  return (a, b) => rankOf(a) - rankOf(b) || byOrder(a, b);
}

/** Monthly reports oldest first (YYYY-MM months order as text; a month has one report, a cross-file rule checks it). */
export function byMonth(a: { month: string }, b: { month: string }): number {
  return a.month.localeCompare(b.month);
}
