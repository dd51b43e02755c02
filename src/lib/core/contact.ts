/**
 * Links a phone can act on: tap-to-call (tel: links) and a map search of an address through a map app's public
 * URI (a plain link: no script, nothing requested until the visitor taps it). Pure.
 */
import { splitPhones, telHref } from './phone.ts';

/** One number of a phone field, in the documented form and as its tel: address. */
export interface PhoneLink {
  text: string;
  href: string;
}

/**
 * The numbers of a phone field (several joined with 、, see normalizePhones in src/lib/core/phone.ts), each with
 * its tel: link built by telHref (the one place tel: links are built). Empty for an empty field or one that
 * is no phone number (validation refuses those before a build).
 */
export function phoneLinks(phone: string): PhoneLink[] {
  return splitPhones(phone).map((text) => ({ text, href: telHref(text) }));
}

/**
 * What a map app should search for: the address, prefixed with the district (省市县 as site.json writes it)
 * unless the address already names the district's last part; without an address, the kindergarten's name
 * in the district. A map search finds a place from either; nothing is guessed.
 */
export function mapKeyword(district: string, address: string, name: string): string {
  const place = address.trim() || name.trim();
  const last = /[^省市区县旗州盟]*[区县旗市]$/.exec(district.trim())?.[0] ?? '';
  if (!district.trim() || (last && place.includes(last))) return place;
  return `${district.trim()}${place}`;
}

/**
 * Amap (高德地图) search through its public URI API: opens the Amap app when installed (`callnative=1`), else
 * Amap's mobile web page, showing the results of `keyword`. Works in WeChat as a plain link.
 */
export function mapSearchUrl(keyword: string): string {
  return `https://uri.amap.com/search?keyword=${encodeURIComponent(keyword)}&view=map&callnative=1`;
}

/** Where a parent takes a fee complaint, as the site's contact facts publish it. */
export interface ComplaintLine {
  /** 收费投诉电话 (the county's fee-complaint line) or 服务热线 (a general line the county names, e.g. 12345). */
  label: '收费投诉电话' | '服务热线';
  /** The published number(s); pages link them through PhoneLinks.astro. */
  phone: string;
}

/**
 * The line pages and posters print for fee complaints: the 收费投诉电话 when published, else the 服务热线 the
 * content names; undefined when neither is published (pages and posters then leave the line out, never a
 * blank to fill in by hand, and never a number of our own).
 */
export function complaintLine(contact: { complaintPhone: string; hotline?: string | undefined }): ComplaintLine | undefined {
  const [label, phone] = contact.complaintPhone ? (['收费投诉电话', contact.complaintPhone] as const) : (['服务热线', contact.hotline ?? ''] as const);
  return phone ? { label, phone } : undefined;
}
