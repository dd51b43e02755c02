/** One representative page per page type (the per-page-type tables of docs/ARCHITECTURE.md): the first built page matching each pattern. */
export const PAGE_TYPES: [string, RegExp][] = [
  ['home', /^\/$/],
  ['policy', /^\/policies\/[^/]+\/$/],
  ['progress task', /^\/progress\/[^/]+\/$/],
  ['kindergarten', /^\/kindergartens\/(?!street\/)[^/]+\/$/],
  ['kindergarten group', /^\/kindergartens\/street\/[^/]+\/$/],
  ['directory', /^\/kindergartens\/$/],
  ['fees', /^\/fees\/$/],
  ['seats', /^\/seats\/$/],
  ['search', /^\/search\/$/],
];
