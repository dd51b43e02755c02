/**
 * Share blocks: a page that posters and WeChat messages point to (a policy, a task's progress, a
 * kindergarten, the fees and seats pages) carries its own public address as a QR code made at build time and as
 * text. Pure: the address comes from the site's public address (siteUrl or SITE_URL), the base path and the
 * page's site-relative path.
 */
import { qrSvg } from './qr.ts';
import { absoluteUrl } from './urls.ts';

/** What a share block shows. */
export interface ShareTarget {
  /** The page's absolute public address, e.g. https://jyj.example.gov.cn/xqjy/policies/x/. */
  url: string;
  /** Inline SVG of the QR code of `url`, with `label` as its accessible name. */
  svg: string;
  /** Accessible name of the QR code, in Chinese. */
  label: string;
}

/** Accessible name of the QR code of the page called `name` (its short title). */
export function shareQrLabel(name: string): string {
  return `“${name}”页面的二维码，扫码打开本页`;
}

/**
 * The share block of the page at `path` (site-relative, e.g. /policies/x/) called `name`, on a site published
 * at `site` under `base`; undefined when the public address is not configured, so that no code of a guessed
 * address is ever shown.
 */
export function shareTarget(site: string | undefined, base: string, path: string, name: string): ShareTarget | undefined {
  const url = absoluteUrl(site, base, path);
  if (!url) return undefined;
  const label = shareQrLabel(name);
  return { url, svg: qrSvg(url, label), label };
}
