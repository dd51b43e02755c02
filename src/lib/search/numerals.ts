/** Chinese numerals ⇄ digits for names like 包钢第十七幼儿园 / 包钢17园. Pure, small: used in the browser too. */

const DIGITS = '零一二三四五六七八九';

/** 0–99 in Chinese numerals as written in names: 17 → 十七, 20 → 二十, 3 → 三. */
export function numberToZh(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new Error(`只支持 0–99：${n}`);
  if (n < 10) return DIGITS.charAt(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** Chinese numerals 零–九十九 → number, or undefined when `s` is not one. */
export function zhToNumber(s: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九零])?$/.exec(s);
  if (!m || s === '') return undefined;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? DIGITS.indexOf(a) : b && !a ? DIGITS.indexOf(b) : undefined;
  return (a ? DIGITS.indexOf(a) : 1) * 10 + (b ? DIGITS.indexOf(b) : 0);
}

/** Replaces numbers 0–99 written with digits by Chinese numerals and vice versa: 包钢17园 ⇄ 包钢十七园. */
export function foldNumerals(text: string): string {
  if (/\d/.test(text)) {
    return text.replace(/\d+/g, (d) => (Number(d) <= 99 && !/^0\d/.test(d) ? numberToZh(Number(d)) : d));
  }
  return text.replace(/[一二三四五六七八九十]+/g, (z) => {
    const n = zhToNumber(z);
    return n === undefined ? z : String(n);
  });
}
