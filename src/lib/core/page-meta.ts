/** Page `<title>` and description rules. WeChat shows only the title and the URL of a shared link. */

/** Longest `<title>` allowed, in characters. */
export const MAX_TITLE = 40;

/**
 * Front-loaded title: the page's own short title first, then the site's short name
 * (「实施方案全文 · 昆区学前教育」); the home page gets the full site name. When both do not fit, the page title alone is kept, cut with “…”.
 */
export function pageTitle(short: string | undefined, siteShort: string, siteName = siteShort): string {
  // The home page has no title of its own: the site's full name says most in a shared link.
  if (!short) return [...siteName].slice(0, MAX_TITLE).join('');
  const full = `${short} · ${siteShort}`;
  if ([...full].length <= MAX_TITLE) return full;
  const chars = [...short];
  return chars.length <= MAX_TITLE ? short : `${chars.slice(0, MAX_TITLE - 1).join('')}…`;
}

/** Meta description: whitespace collapsed, at most `max` characters. */
export function metaDescription(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}
