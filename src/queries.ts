/**
 * The only place that reads content collections: pages import every query from here and get plain, typed
 * data; components never query. The queries live by domain in src/queries/ (site, policies, progress,
 * kindergartens, figures, history, datasets); those computed once per build use the one memoiser `once`
 * (src/queries/once.ts).
 */
export * from './queries/site.ts';
export * from './queries/policies.ts';
export * from './queries/progress.ts';
export * from './queries/kindergartens.ts';
export * from './queries/figures.ts';
export * from './queries/history.ts';
export * from './queries/datasets.ts';
