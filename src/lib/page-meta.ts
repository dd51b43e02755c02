/** Page `<title>` and description rules. WeChat shows only the title and the URL of a shared link. */

/** Longest `<title>` allowed, in characters. */
export const MAX_TITLE = 40;

/**
 * Front-loaded title: the page's own short title first, then the site's short name
 * (「实施方案全文 · 昆区学前教育」). When both do not fit, the page title alone is kept, cut with “…”.
 */
export function pageTitle(short: string | undefined, siteShort: string): string {
  if (!short) return siteShort.slice(0, MAX_TITLE);
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
