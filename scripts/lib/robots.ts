/**
 * robots.txt of the site: everything may be crawled except the deployment files, and the sitemap is named
 * with its absolute address. Pure; written by the build only when the site's public address is known.
 */

/** The sitemap index address @astrojs/sitemap writes, under the site's address (which carries the base path). */
export function sitemapUrl(site: string): string {
  return new URL('sitemap-index.xml', site.endsWith('/') ? site : `${site}/`).href;
}

/** robots.txt text for a site published at `site` (absolute, with its sub-path if any). */
export function robotsTxt(site: string): string {
  const root = new URL(site.endsWith('/') ? site : `${site}/`);
  return ['User-agent: *', 'Allow: /', `Disallow: ${root.pathname}_deploy/`, '', `Sitemap: ${sitemapUrl(site)}`, ''].join('\n');
}
