// /rss.xml: the 更新记录 (/updates/) as an RSS feed. A feed needs absolute addresses, so it is built only when
// the site's public address is set (siteUrl in content/site.json, or SITE_URL); the route is dynamic so
// that it can be left out then.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedLinks, UPDATE_KIND_LABELS } from '../lib/history/history.ts';
import { absoluteUrl, PAGES } from '../lib/core/urls.ts';
import { getHistory, getSite } from '../queries.ts';

/** Items in the feed: the newest changes; the whole history is on /updates/. */
const FEED_ITEMS = 50;

export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { feed: 'rss' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const [site, history] = await Promise.all([getSite(), getHistory()]);
  const base = import.meta.env.BASE_URL;
  const url = (path: string) => (path.startsWith('/') ? absoluteUrl(siteUrl?.href, base, path) ?? path : path);
  const items = history.items.slice(0, FEED_ITEMS);
  const links = feedLinks(items);
  return rss({
    title: `${site.name} 更新记录`,
    description: `${site.name}的更新：新增政策、进展数据、收费调整和幼儿园增减。`,
    site: url(PAGES.home),
    customData: '<language>zh-cn</language>',
    items: items.map((i, n) => ({
      title: `${UPDATE_KIND_LABELS[i.kind]}：${i.title}${i.sample ? '（示例数据）' : ''}`,
      link: url(links[n] ?? PAGES.updates),
      pubDate: new Date(`${i.date}T00:00:00+08:00`),
      description: i.detail || undefined,
    })),
  });
};
