/** Chinese formatting of dates and numbers for pages. Pure. */

/** “2023-12-18” → “2023年12月18日”; “2024-06” → “2024年6月”. */
export function formatDateZh(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) throw new Error(`不是 YYYY-MM-DD 或 YYYY-MM 格式的日期：${iso}`);
  const [, y, mo, d] = m;
  return d ? `${y}年${Number(mo)}月${Number(d)}日` : `${y}年${Number(mo)}月`;
}

/**
 * The latest of some ISO dates (YYYY-MM-DD or YYYY-MM: they order as text); missing ones are skipped;
 * undefined when there is none. The one way every “统计截至” date is chosen.
 */
export function latestDate(dates: Iterable<string | null | undefined>): string | undefined {
  let latest: string | undefined;
  for (const d of dates) if (d && (latest === undefined || d > latest)) latest = d;
  return latest;
}

/** “截至2024年6月30日，” to open a sentence, or nothing without a date. */
export function asOfPrefix(date: string | null | undefined): string {
  return date ? `截至${formatDateZh(date)}，` : '';
}

/** Thousands-separated number with at most `digits` decimals: 55100 → “55,100”. */
export function formatNumber(n: number, digits = 1): string {
  // One formatter per precision: toLocaleString builds a new one on every call (a hot spot of the build profile).
  let f = numberFormats.get(digits);
  if (!f) numberFormats.set(digits, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits })));
  return f.format(n);
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** A range of amounts: “380–420”, or “380” when both ends read the same (at most `digits` decimals). */
export function formatRange(min: number, max: number, digits = 2): string {
  const [a, b] = [formatNumber(min, digits), formatNumber(max, digits)];
  return a === b ? a : `${a}–${b}`;
}

/** A ratio as a percentage number with one decimal (0.72727 → 72.7): table cells, bar widths. */
export function percentValue(ratio: number): number {
  return Math.round(ratio * 1000) / 10;
}

/** Percentage with one decimal: 0.7272 → “72.7%”. */
export function formatPercent(ratio: number, digits = 1): string {
  return `${(ratio * 100).toFixed(digits).replace(/\.0+$/, '')}%`;
}

/**
 * A document title in book-title marks: 某县实施方案 → 《某县实施方案》. A title that already carries 《》 (a whole
 * 《…》, or an issuing notice such as 关于印发《…》的通知) is returned as written, so the marks never nest.
 */
export function bookTitle(title: string): string {
  const t = title.trim();
  return /[《》]/.test(t) ? t : `《${t}》`;
}
