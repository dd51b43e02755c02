/**
 * Words parents type that the page text does not contain: pinyin (full and initials), short names,
 * numerals written the other way (十七 ↔ 17), synonyms (学费 → 保教费) and bare document numbers
 * (包发改费字〔2015〕203号 → 2015 203). Computed at build time and indexed as hidden metadata. Pure.
 */
import { pinyin } from 'pinyin-pro';
import { foldNumerals } from './numerals.ts';
import { compact } from './names.ts';

export { foldNumerals, numberToZh, zhToNumber } from './numerals.ts';

/** Groups of words parents use for the same thing; a page containing one is found by all. */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['保教费', '学费', '托费', '保育费', '园费'],
  ['伙食费', '餐费', '饭费', '伙食'],
  ['学位', '入园', '招生', '报名', '名额'],
  ['招生', '报名', '怎么报名', '招生简章', '招生通知', '报名时间'],
  ['收费', '费用', '价格', '多少钱'],
  ['幼儿园', '幼稚园'],
  ['政策', '文件', '通知'],
];

/** Short forms parents say: 包钢第十七幼儿园 → 包钢十七园, 包钢十七, 包钢17园 … */
export function nameVariants(name: string): string[] {
  const out = new Set<string>([name]);
  const short = name.replace(/第(?=[一二三四五六七八九十\d])/g, '').replace(/幼儿园$/, '园');
  out.add(short);
  out.add(short.replace(/园$/, ''));
  for (const v of [...out]) out.add(foldNumerals(v));
  out.delete('');
  return [...out];
}

// pinyin-pro is the build's single largest cost per page (~14% of rendering at 100×), and the same words
// (幼儿园, 示例, a street's name) recur on thousands of pages: each text is converted once per build.
const pinyinCache = new Map<string, string[]>();

/** Pinyin without tones, joined (baogangshiqiyuan), and its initials (bgsqy). Non-Chinese text is kept. */
export function pinyinForms(text: string): string[] {
  const zh = text.replace(/[^\u4e00-\u9fff0-9a-zA-Z]/g, '');
  if (!/[\u4e00-\u9fff]/.test(zh)) return [];
  let forms = pinyinCache.get(zh);
  if (!forms) {
    forms = convert(zh);
    pinyinCache.set(zh, forms);
  }
  return [...forms];
}

function convert(zh: string): string[] {
  const full = pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join('').toLowerCase();
  const initials = pinyin(zh, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase();
  return [...new Set([full, initials])];
}

const wordSegmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Compacted variants of a page's names for the best-bet files (search-names/): short forms, numerals folded, pinyin, initials. */
export function nameIndexVariants(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    for (const v of nameVariants(name)) {
      out.add(compact(v));
      // Nobody types a whole document title in pinyin: long names keep only their characters (smaller file).
      if ([...v].length <= 12) pinyinForms(v).forEach((p) => out.add(p));
    }
  }
  out.delete('');
  return [...out];
}

/**
 * Pinyin of the parts of a name, so parents can mix Chinese and pinyin or type part of a name
 * (包钢十七园 → baogang, shiqi, shiqiyuan …). Short names: every 2–3 character run (dictionary
 * segmenters split proper names like 包钢 badly); long titles: their dictionary words.
 */
export function wordPinyin(text: string): string[] {
  const out = new Set<string>();
  const add = (part: string) => {
    const [full] = pinyinForms(part);
    if (full) out.add(full);
  };
  for (const run of text.match(/[\u4e00-\u9fff]+/g) ?? []) {
    const chars = [...run];
    if (chars.length <= 12) {
      for (let n = 2; n <= 3; n++) for (let i = 0; i + n <= chars.length; i++) add(chars.slice(i, i + n).join(''));
    } else {
      for (const { segment, isWordLike } of wordSegmenter.segment(run)) if (isWordLike && [...segment].length >= 2) add(segment);
    }
  }
  return [...out];
}

/** Every synonym of a word group that `text` mentions. */
export function synonymsIn(text: string): string[] {
  const out = new Set<string>();
  for (const group of SYNONYMS) if (group.some((w) => text.includes(w))) group.forEach((w) => out.add(w));
  return [...out];
}

/** Bare numbers of document numbers: 包发改费字〔2015〕203号 → 2015, 203, 203号. */
export function docNumberParts(text: string): string[] {
  const out = new Set<string>();
  for (const [, year, n] of text.matchAll(/[〔[（(【](\d{4})[〕\]）)】]\s*第?(\d+)号/g)) {
    if (year === undefined || n === undefined) continue;
    out.add(year);
    out.add(n);
    out.add(`${n}号`);
  }
  return [...out];
}

/** Hidden search keywords of a page: names with their variants and pinyin, synonyms, document numbers. */
export function searchKeywords(input: { names: readonly string[]; text?: string }): string {
  const words = new Set<string>();
  for (const name of input.names) {
    for (const v of nameVariants(name)) {
      words.add(v);
      pinyinForms(v).forEach((p) => words.add(p));
    }
    wordPinyin(name).forEach((p) => words.add(p));
  }
  const text = `${input.names.join(' ')} ${input.text ?? ''}`;
  for (const s of synonymsIn(text)) {
    words.add(s);
    // Full pinyin only: initials of two-character words (xf, cf) would match almost anything.
    const [full] = pinyinForms(s);
    if (full) words.add(full);
  }
  docNumberParts(text).forEach((d) => words.add(d));
  return [...words].join(' ');
}
