/** URL helpers. Every internal link goes through `href` so the site works under a sub-path (Astro `base`). */

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
  return `/policies/${slug}/`;
}

/** Site-relative path of a task's progress page (public URL contract: /progress/<task>/). */
export function taskPath(id: string): string {
  return `/progress/${id}/`;
}

/** Site-relative paths of an open dataset's two files (public URL contract: /data/sets/<id>.csv and .json). */
export function datasetPaths(id: string): { csv: string; json: string } {
  return { csv: `/data/sets/${id}.csv`, json: `/data/sets/${id}.json` };
}
