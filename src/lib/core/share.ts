/**
 * Share blocks: a page that posters and WeChat messages point to (a policy, a task's progress, a
 * kindergarten, the fees, seats and enrolment pages) carries its own public address as a QR code made at build time and as
 * text. Pure: the address comes from the site's public address (siteUrl or SITE_URL), the base path and the
 * page's site-relative path.
 */
import { qrPng, type QrPng } from './qr.ts';
import { absoluteUrl } from './urls.ts';

/** What a share block shows. */
export interface ShareTarget {
  /** The page's absolute public address, e.g. https://jyj.example.gov.cn/xqjy/policies/x/. */
  url: string;
  /** PNG of the QR code of `url`, for an `<img>` whose alt text is `label` (WeChat's long press reads images). */
  png: QrPng;
  /** Accessible name (alt text) of the QR code, in Chinese. */
  label: string;
}

/** Accessible name of the QR code of the page called `name` (its short title). */
export function shareQrLabel(name: string): string {
  return `“${name}”页面的二维码，扫码打开本页`;
}

/**
 * The share block of the page at `path` (site-relative, e.g. /policies/x/) called `name`, on a site published
 * at `site` under `base`; undefined when the public address is not configured, so that no code of a guessed
 * address is ever shown. `label` overrides the code's accessible name (the kindergarten page says which page
 * in its own words); the printed poster draws the same `url` as an SVG (`qrSvg(url, label)`).
 */
export async function shareTarget(site: string | undefined, base: string, path: string, name: string, label = shareQrLabel(name)): Promise<ShareTarget | undefined> {
  const url = absoluteUrl(site, base, path);
  if (!url) return undefined;
  return { url, png: await qrPng(url), label };
}
