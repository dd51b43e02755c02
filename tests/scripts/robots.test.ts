import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapUrl } from '../../scripts/lib/robots.ts';

describe('robotsTxt / sitemapUrl', () => {
  it.each([
    ['https://jyj.example.gov.cn/', 'https://jyj.example.gov.cn/sitemap-index.xml', '/_deploy/'],
    ['https://example.gov.cn/xqjy/', 'https://example.gov.cn/xqjy/sitemap-index.xml', '/xqjy/_deploy/'],
    ['https://example.gov.cn/xqjy', 'https://example.gov.cn/xqjy/sitemap-index.xml', '/xqjy/_deploy/'],
  ])('%s', (site, sitemap, hidden) => {
    expect(sitemapUrl(site)).toBe(sitemap);
    expect(robotsTxt(site)).toBe(`User-agent: *\nAllow: /\nDisallow: ${hidden}\n\nSitemap: ${sitemap}\n`);
  });
});
