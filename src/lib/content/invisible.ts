/**
 * Characters a reader cannot see: C0/C1 controls (tab, newline and carriage return excepted), zero-width
 * characters, bidi overrides and isolates, the byte-order mark inside text. Pasted from Word, a web page or a
 * chat, they make two names that look the same differ (a zero-width copy of a kindergarten passes as a new
 * one), or reverse the text a reader sees. Pure: used by the per-file safety net (src/lib/content/validate.ts)
 * and the uniqueness rules (src/lib/rules/).
 */

/** One character a reader cannot see (tab, newline and carriage return are allowed in text). */
export const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/u;

const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

/** The first invisible character of `s`: its position (1-based, in characters) and code (U+200B), or undefined. */
export function firstInvisible(s: string): { position: number; code: string } | undefined {
  const m = INVISIBLE.exec(s);
  if (!m) return undefined;
  return { position: [...s.slice(0, m.index)].length + 1, code: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` };
}

/** Every string of parsed data holding an invisible character, by dotted path (fees.tuition[0].level). */
export function invisibleStrings(data: unknown, path = ''): { path: string; position: number; code: string }[] {
  if (typeof data === 'string') {
    const f = firstInvisible(data);
    return f ? [{ path: path || '（整个文件）', ...f }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((v, i) => invisibleStrings(v, `${path}[${i}]`));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => invisibleStrings(v, path ? `${path}.${k}` : k));
  return [];
}

/**
 * The form two names are compared in: NFKC (full-width Ａ and １ are A and 1, compatibility ideographs are the
 * usual ones), invisible characters removed, white space removed. 包钢第十八幼儿园 and 包钢第十八 幼儿园 are one name.
 */
export function nameKey(s: string): string {
  return s.normalize('NFKC').replace(INVISIBLE_ALL, '').replace(/\s+/gu, '');
}
