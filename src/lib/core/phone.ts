/**
 * Chinese phone numbers as people write them, in one documented form: landline 区号-号码 (0472-1234567,
 * 010-12345678, with an extension 0472-1234567-801), mobile 11 digits (13800138000), 400-123-4567 /
 * 800-123-4567, short hotlines (12345, 110, 95588). Several numbers are joined with “、”. Spaces, full-width
 * digits and brackets, every kind of dash, +86 and 转/分机 are normalised; anything else is refused. Pure.
 */

/** Every dash people (and word processors) type between digits. */
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\u30FC\uFE58\uFE63\uFF0D\uFF70~～]/g;

/** The separators of several numbers in one field. */
const SEPARATORS = /[、,;/]/;

/** One number in the documented form, or undefined when it is no phone number. */
export function normalizeOnePhone(input: string): string | undefined {
  let t = input.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
  let international = false;
  const intl = /^(?:\+|00)\s*86[\s-]*|^\(\s*\+?86\s*\)\s*/.exec(t);
  if (intl) {
    international = true;
    t = t.slice(intl[0].length);
  }
  let ext: string | undefined;
  const e = /^(.*?)\s*(?:转|分机|ext\.?|x)\s*(\d{1,6})$/i.exec(t);
  if (e) {
    t = e[1]!;
    ext = e[2];
  }
  if (!/^[\d\s\-().]+$/.test(t)) return undefined;
  let digits = t.replace(/\D/g, '');
  // +86 drops the trunk 0 of area codes (+86 472 …, +86 10 …).
  const noTrunk = (d: string) => (/^[2-9]\d{9,10}$/.test(d) && !/^[48]00\d{7}$/.test(d)) || /^10\d{8}$/.test(d);
  if (international && noTrunk(digits)) digits = `0${digits}`;
  const withExt = (main: string) => (ext ? `${main}-${ext}` : main);
  if (/^1[3-9]\d{9}$/.test(digits)) return ext ? undefined : digits;
  if (/^[48]00\d{7}$/.test(digits)) return withExt(`${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`);
  if (/^(1(2\d{3}|1\d)|9\d{4})$/.test(digits)) return ext ? undefined : digits;
  const landline = (d: string) => {
    const area = /^0(10|2\d)/.test(d) ? 3 : 4;
    return /^0\d+$/.test(d) && (d.length - area === 7 || d.length - area === 8) ? `${d.slice(0, area)}-${d.slice(area)}` : undefined;
  };
  const main = landline(digits);
  if (main) return withExt(main);
  // 0472-1234567-801 / 0472 1234567 801: the last group is the extension.
  const last = /^(.*\d)[\s-]+(\d{1,6})$/.exec(t);
  if (!ext && last) {
    let head = last[1]!.replace(/\D/g, '');
    if (international && noTrunk(head)) head = `0${head}`;
    const m = landline(head);
    if (m) return `${m}-${last[2]}`;
  }
  return undefined;
}

/** What normalising a phone field gives: the field in the documented form, or the number that is wrong. */
export type PhoneResult = { ok: true; value: string } | { ok: false; wrong: string };

/** A phone field (one or several numbers; '' when not known) in the documented form. */
export function normalizePhones(input: string): PhoneResult {
  const parts = input.normalize('NFKC').split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    const n = normalizeOnePhone(p);
    if (n === undefined) return { ok: false, wrong: p };
    out.push(n);
  }
  return { ok: true, value: out.join('、') };
}

/** The numbers of a phone field, each in the documented form (for one link each). */
export function splitPhones(field: string): string[] {
  const r = normalizePhones(field);
  return r.ok ? r.value.split('、').filter(Boolean) : [];
}

/**
 * The `tel:` link of one number (RFC 3966): digits and dashes, an extension as ;ext=. Never a space or
 * anything but digits, '-' and the extension, whatever it is given.
 */
export function telHref(phone: string): string {
  const n = normalizeOnePhone(phone) ?? phone;
  const m = /^(0\d{2,3}-\d{7,8})-(\d{1,6})$/.exec(n) ?? /^([48]00-\d{3}-\d{4})-(\d{1,6})$/.exec(n);
  const main = (m ? m[1]! : n).replace(/[^\d-]/g, '');
  return `tel:${main}${m ? `;ext=${m[2]}` : ''}`;
}
