/**
 * What a complete build contains, derived from the routes in src/pages (never from shipped content ids):
 * scripts/build.ts checks the new build against this before it is published, so a partial build can never
 * replace a complete one.
 */

/** One route file's promise about the build output. */
export interface RouteExpectation {
  /** The route file, relative to src/pages, e.g. `kindergartens/[id].astro`. */
  route: string;
  /** Matches the output files (relative to the build folder, `/`-separated) that this route emits. */
  pattern: RegExp;
  /** A readable example of the expected output, e.g. `kindergartens/*​/index.html`. */
  example: string;
}

const PAGE_EXT = /\.(astro|md|mdx|html)$/;
const ENDPOINT_EXT = /\.(ts|js|mjs)$/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A path segment as a regex: `[id]` matches one segment's worth, `[...rest]` any depth, text matches itself. */
function segmentPattern(segment: string): string {
  return segment
    .split(/(\[\.\.\.[^\]]+\]|\[[^\]]+\])/)
    .map((part) => (part.startsWith('[...') ? '.*' : part.startsWith('[') ? '[^/]+' : escapeRegExp(part)))
    .join('');
}

/**
 * The expected output of one route file (Astro's `build.format: 'directory'`), or undefined for files that are
 * not routes (names starting with `_`, unknown extensions).
 */
export function routeExpectation(route: string): RouteExpectation | undefined {
  const parts = route.split('/');
  const file = parts.at(-1) ?? '';
  if (parts.some((p) => p.startsWith('_'))) return undefined;
  let segments: string[];
  if (PAGE_EXT.test(route)) {
    const name = file.replace(PAGE_EXT, '');
    const dirs = parts.slice(0, -1);
    // 404 and 500 are emitted as files, every other page as <path>/index.html.
    if (dirs.length === 0 && (name === '404' || name === '500')) segments = [`${name}.html`];
    else if (name === 'index') segments = [...dirs, 'index.html'];
    else segments = [...dirs, name, 'index.html'];
  } else if (ENDPOINT_EXT.test(route)) {
    // Endpoints name their output with an extension of their own: rss.xml.ts → rss.xml, [id].csv.ts → *.csv.
    const name = file.replace(ENDPOINT_EXT, '');
    if (!name.includes('.')) return undefined;
    segments = [...parts.slice(0, -1), name];
  } else {
    return undefined;
  }
  const source = segments.map(segmentPattern).join('/').replace(/\/\.\*\//g, '/(?:.*/)?').replace(/^\.\*\//, '(?:.*/)?');
  return {
    route,
    pattern: new RegExp(`^${source}$`),
    example: segments.map((s) => s.replace(/\[\.\.\.[^\]]+\]|\[[^\]]+\]/g, '*')).join('/'),
  };
}

/** Files every build must contain whatever its routes: the home page, the 404 page and the search index. */
export const REQUIRED_FILES = ['index.html', '404.html', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json'] as const;

/** Whether a route has parameters (`[id]`): it emits one file per content entry, possibly none. */
export function isDynamic(route: string): boolean {
  return /\[[^\]]+\]/.test(route);
}

/**
 * The built file an internal link leads to, relative to the build folder (`fees/` → `fees/index.html`), or
 * undefined for links that leave the site or its base path. `page` is the linking file, relative as well.
 */
export function linkTarget(href: string, page: string, base: string): string | undefined {
  const b = base.endsWith('/') ? base : `${base}/`;
  let url: URL;
  try {
    url = new URL(href, `http://site${b}${page}`);
  } catch {
    return undefined;
  }
  if (url.origin !== 'http://site' || !url.pathname.startsWith(b)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname.slice(b.length));
  } catch {
    return undefined;
  }
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * Problems that make a build unfit to publish, in Chinese (empty when it is complete): a required file missing,
 * a static route with no output, a page of a dynamic route that another page links to but that was not built,
 * no Pagefind index file, or a page without its CSP meta tag.
 * `files` are the build's files relative to its folder, `/`-separated; `links` the internal link targets found
 * in its pages (see linkTarget). A dynamic route with no entry in the content and no link to it may emit nothing.
 */
export function buildProblems(routes: string[], files: string[], pagesWithoutCsp: string[] = [], links: string[] = []): string[] {
  const have = new Set(files);
  const problems: string[] = [];
  for (const f of REQUIRED_FILES) if (!have.has(f)) problems.push(`缺少 ${f}`);
  if (!files.some((f) => /^pagefind\/index\/[^/]+\.pf_index$/.test(f))) problems.push('缺少搜索索引（pagefind/index/*.pf_index）');
  for (const route of routes) {
    const r = routeExpectation(route);
    if (!r) continue;
    if (!isDynamic(route)) {
      if (!files.some((f) => r.pattern.test(f))) problems.push(`页面类型 src/pages/${r.route} 没有生成任何文件（应有 ${r.example}）`);
      continue;
    }
    const missing = [...new Set(links.filter((l) => r.pattern.test(l) && !have.has(l)))];
    if (missing.length) {
      const shown = missing.slice(0, 5).join('、') + (missing.length > 5 ? ` 等 ${missing.length} 个` : '');
      problems.push(`页面类型 src/pages/${r.route} 缺少其他页面链接到的 ${shown}`);
    }
  }
  for (const p of pagesWithoutCsp) problems.push(`${p} 缺少 CSP meta 标签`);
  return problems;
}
