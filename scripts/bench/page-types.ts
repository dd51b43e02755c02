/** One representative page per page type (issue 11 budget table): the first built page matching each pattern. */
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
