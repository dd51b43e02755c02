/** The one memoiser of the query modules. */

/**
 * A query computed once per build: the first call starts `load`, every later call gets the same promise (pages
 * that each ask for the whole list would otherwise rebuild it once per page).
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}
