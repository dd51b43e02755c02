/**
 * The one home for the site's addresses. Every public path (public URL contract, docs/ARCHITECTURE.md Public URLs)
 * is written here, as a fixed page in `PAGES` or by a helper (a kindergarten, a group page, a figure's CSV, a
 * dataset's files, a fee-basis anchor…); pages and components never write a path themselves. Every internal link
 * goes through `href` so the site works under a sub-path (Astro `base`). Pure, and free of Node modules.
 */

/** The site's fixed pages and files (site-relative). Published: never change one. */
export const PAGES = {
  home: '/',
  policies: '/policies/',
  progress: '/progress/',
  indicators: '/indicators/',
  kindergartens: '/kindergartens/',
  fees: '/fees/',
  seats: '/seats/',
  enrollment: '/enrollment/',
  search: '/search/',
  about: '/about/',
  updates: '/updates/',
  data: '/data/',
  rss: '/rss.xml',
  /** The share-card image every page names in og:image (src/pages/og.png.ts). */
  shareImage: '/og.png',
  favicon: '/favicon.svg',
} as const;

/** Joins the site base and a site-relative path; directory paths keep their trailing slash. */
export function href(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  const joined = `${b}${p}`;
  // Paths without a file extension are directories: the URL contract always ends them with “/”.
  const last = joined.replace(/[?#].*$/s, '').split('/').pop() ?? '';
  if (last && !last.includes('.') && !/[?#]/.test(joined)) return `${joined}/`;
  return joined;
}

/** Link to a file named in content (an attachment): https URLs as written, site paths under `base`. */
export function fileHref(base: string, link: string): string {
  return /^https:\/\//i.test(link) ? link : href(base, link);
}

/** Removes the base from a pathname, giving the site-relative path (“/policies/x/”). */
export function stripBase(base: string, pathname: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}

/** True when `current` (site-relative) is `section` or below it; the home page only matches itself. */
export function isInSection(current: string, section: string): boolean {
  if (section === '/') return current === '/';
  return current === section || current.startsWith(section);
}

/** Absolute URL of a site-relative path, or undefined when the public address is not configured. */
export function absoluteUrl(site: string | undefined, base: string, path: string): string | undefined {
  if (!site) return undefined;
  return new URL(href(base, path), site).href;
}

/** Site-relative path of a policy page (public URL contract: /policies/<slug>/). */
export function policyPath(slug: string): string {
  return `${PAGES.policies}${slug}/`;
}

/** Site-relative path of a task's progress page (public URL contract: /progress/<task>/). */
export function taskPath(id: string): string {
  return `${PAGES.progress}${id}/`;
}

/** A place on a page: `path#id` (`inPage('/fees/', 'rules')` → /fees/#rules). */
export function inPage(path: string, id: string): string {
  return `${path}#${id}`;
}

/** Site-relative path of a kindergarten's page (public URL contract: /kindergartens/<id>/). */
export function kindergartenPath(id: string): string {
  return `/kindergartens/${id}/`;
}

/** The directory, optionally filtered by a subdivision or sorted (`/kindergartens/?street=<id>`, `?sort=total`). */
export function directoryPath(query: { street?: string; sort?: string } = {}): string {
  const params = Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined);
  return params.length ? `${PAGES.kindergartens}?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` : PAGES.kindergartens;
}

/** Site-relative path of page `page` (1-based) of a group of kindergartens (/kindergartens/street/<id>/, …/2/). */
export function groupPagePath(groupId: string, page = 1): string {
  return page <= 1 ? `/kindergartens/street/${groupId}/` : `/kindergartens/street/${groupId}/${page}/`;
}

/** Anchor id of a fee-basis document on /fees/ (`basis-<id>`). */
export function feeBasisAnchor(docId: string): string {
  return `basis-${docId}`;
}

/** Where a fee-basis document is explained: /fees/#basis-<id>, or /fees/ for a document not listed there. */
export function feeBasisPath(docId: string | undefined): string {
  return docId === undefined ? PAGES.fees : inPage(PAGES.fees, feeBasisAnchor(docId));
}

/** File name of a figure's CSV (`<id>.csv`, also its download name). */
export function figureCsvName(id: string): string {
  return `${id}.csv`;
}

/** Site-relative path of a figure's CSV (/data/<id>.csv). */
export function figureCsvPath(id: string): string {
  return `${PAGES.data}${figureCsvName(id)}`;
}

/** Site-relative paths of an open dataset's two files (public URL contract: /data/sets/<id>.csv and .json). */
export function datasetPaths(id: string): { csv: string; json: string } {
  return { csv: `${PAGES.data}sets/${id}.csv`, json: `${PAGES.data}sets/${id}.json` };
}
