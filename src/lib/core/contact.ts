/**
 * Links a phone can act on: tap-to-call (`tel:`) and a map search of an address through a map app's public
 * URI (a plain link: no script, nothing requested until the visitor taps it). Pure.
 */

/** One number of a phone field, as written and as a `tel:` address. */
export interface PhoneLink {
  text: string;
  href: string;
}

/**
 * The numbers of a phone field (several may be separated by 、 , ; or /, see isChinesePhone in
 * src/schemas/common.ts), each with its `tel:` link: digits only, an extension after a pause (`,`), +86 kept.
 * Empty for an empty field.
 */
export function phoneLinks(phone: string): PhoneLink[] {
  return phone
    .split(/[、,，;；/]/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((text) => {
      const [, main = text, ext] = /^(.*?)(?:(?:转|ext\.?)\s*(\d{1,6}))?$/.exec(text) ?? [];
      const plus = main.trim().startsWith('+') ? '+' : '';
      const digits = main.replace(/\D/g, '');
      return { text, href: `tel:${plus}${digits}${ext ? `,${ext}` : ''}` };
    });
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
  phone: string;
  links: PhoneLink[];
}

/**
 * The line pages and posters print for fee complaints: the 收费投诉电话 when published, else the 服务热线 the
 * content names; undefined when neither is published (pages and posters then leave the line out, never a
 * blank to fill in by hand, and never a number of our own).
 */
export function complaintLine(contact: { complaintPhone: string; hotline?: string | undefined }): ComplaintLine | undefined {
  const [label, phone] = contact.complaintPhone ? (['收费投诉电话', contact.complaintPhone] as const) : (['服务热线', contact.hotline ?? ''] as const);
  return phone ? { label, phone, links: phoneLinks(phone) } : undefined;
}
