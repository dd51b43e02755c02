/**
 * Words the pages use about the place, derived from content so no county is written in code: the region word
 * (全区 / 全县 / 全旗 / 全市) from the district name, each subdivision's word (街道 / 镇 / 乡 / 苏木) from its
 * name, the word for the whole list of subdivisions, the plan's short name from the policy the targets
 * cite, and the national programme's name for the district's level (全国学前教育普及普惠旗). Every derived word can be overridden in content (site.json, streets.json). Pure.
 */

/** Administrative levels recognised from the last character of the district name. */
export const REGION_LEVELS = ['区', '县', '旗', '市'] as const;
/** A region level. */
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** Region word when the district name ends in none of REGION_LEVELS (e.g. 某某林区 still ends in 区). */
export const FALLBACK_REGION_WORD = '本地';

/**
 * Subdivision kinds recognised from a name's suffix, in the order a mixed list names them: the first kind
 * present becomes the main word, the others follow in brackets (街道（镇）, 镇（乡）, 街道（镇、乡）).
 */
export const SUBDIVISION_KINDS = ['街道', '镇', '乡', '苏木'] as const;
/** A subdivision kind. */
export type SubdivisionKind = (typeof SUBDIVISION_KINDS)[number];

/** Word for subdivisions whose names end in no known suffix (e.g. 开发区, 管委会). */
export const FALLBACK_SUBDIVISION_WORD = '区域';

/**
 * Genre words a plan title may end with, longest first; the plan's short name is the genre word
 * (实施方案, 行动计划 …) so sentences read “实施方案要求调整 9 所”.
 */
export const PLAN_GENRES = ['实施方案', '工作方案', '行动方案', '行动计划', '工作计划', '实施意见', '实施细则', '方案', '计划', '意见'] as const;

/** Short plan name when no policy is cited or the title ends in no known genre word. */
export const FALLBACK_PLAN_NAME = '工作方案';

/** The region level of a district name from its last character: 包头市某某区 → 区; none for other endings. */
export function regionLevel(district: string): RegionLevel | undefined {
  const last = [...district.trim()].at(-1);
  return (REGION_LEVELS as readonly string[]).includes(last ?? '') ? (last as RegionLevel) : undefined;
}

/** The national programme's title without the level: 全国学前教育普及普惠 + 区/县/旗/市. */
export const PROGRAMME_STEM = '全国学前教育普及普惠';

/** The programme's level when the district name ends in none of REGION_LEVELS: the programme is named for 县. */
export const FALLBACK_PROGRAMME_LEVEL = '县';

/**
 * The national programme the site reports on, named for the district's level (某某旗 → 全国学前教育普及普惠旗), so
 * pages say 创建全国学前教育普及普惠旗; `override` (site.json `programmeName`, e.g. 全国学前教育普及普惠县（市）) wins.
 */
export function programmeName(district: string, override = ''): string {
  if (override.trim()) return override.trim();
  return `${PROGRAMME_STEM}${regionLevel(district) ?? FALLBACK_PROGRAMME_LEVEL}`;
}

/** 全区 / 全县 / 全旗 / 全市 for a district name; `override` (site.json `regionWord`) wins when set. */
export function regionWord(district: string, override = ''): string {
  if (override.trim()) return override.trim();
  const level = regionLevel(district);
  return level ? `全${level}` : FALLBACK_REGION_WORD;
}

/** The kind of one subdivision from its name's suffix (东城街道 → 街道, 某某民族乡 → 乡); `override` wins. */
export function subdivisionKind(name: string, override = ''): string | undefined {
  if (override.trim()) return override.trim();
  const n = name.trim();
  return SUBDIVISION_KINDS.find((k) => n.endsWith(k));
}

/**
 * The word for a list of subdivisions: one kind → that kind (镇); several → the first in SUBDIVISION_KINDS order
 * with the others in brackets (镇（乡）); kinds not in SUBDIVISION_KINDS (overrides) follow in list order;
 * no recognised kind → FALLBACK_SUBDIVISION_WORD. `override` (streets.json `word`) wins.
 */
export function subdivisionListWord(kinds: readonly (string | undefined)[], override = ''): string {
  if (override.trim()) return override.trim();
  const present = new Set(kinds.filter((k): k is string => Boolean(k)));
  const ordered = [
    ...SUBDIVISION_KINDS.filter((k) => present.has(k)),
    ...[...present].filter((k) => !(SUBDIVISION_KINDS as readonly string[]).includes(k)),
  ];
  const [main, ...rest] = ordered;
  if (!main) return FALLBACK_SUBDIVISION_WORD;
  return rest.length ? `${main}（${rest.join('、')}）` : main;
}

/** The plan's short name from its title: the genre word it ends with (…工作实施方案》的通知 → 实施方案). */
export function planName(title: string | undefined, override = ''): string {
  if (override.trim()) return override.trim();
  if (!title) return FALLBACK_PLAN_NAME;
  // An issuing notice (关于印发《…实施方案》的通知) names the plan inside its book-title marks.
  const inner = /《([^《》]+)》[^《》]*$/.exec(title)?.[1] ?? title;
  const t = inner.trim();
  return PLAN_GENRES.find((g) => t.endsWith(g)) ?? FALLBACK_PLAN_NAME;
}

/** The policy most targets cite (ties: the first in `policies` order); undefined without targets. */
export function citedPolicy(sources: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of sources) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: { s: string; n: number } | undefined;
  for (const [s, n] of counts) if (best === undefined || n > best.n) best = { s, n };
  return best?.s;
}

/** What the word derivation reads from content. */
export interface WordsInput {
  /** site.json: district name and optional overrides. */
  site: { district: string; regionWord?: string; planName?: string; programmeName?: string };
  /** streets.json: the subdivisions (with an optional `kind` each) and an optional list word. */
  streets: readonly { id: string; name: string; kind?: string }[];
  streetsWord?: string;
  /** Title of the policy the targets cite, if any. */
  planTitle?: string;
}

/** The words pages, components and CSV columns use. Plain data: safe to pass as props. */
export interface Words {
  /** 全区 / 全县 / 全旗 / 全市 (or the override). */
  region: string;
  /** The word for the subdivisions as a whole: 街道, 镇（乡）… (column headers, filters, captions). */
  subdivision: string;
  /** Each subdivision's own word by street id (the kindergarten page says 乡 for a 乡). */
  subdivisionById: Record<string, string>;
  /** The plan's short name: 实施方案, 行动计划 … */
  plan: string;
  /** The national programme's name, without 创建: 全国学前教育普及普惠县 / …区 / …旗 / …市 (or the override). */
  programme: string;
}

/** Derives every word at once. */
export function deriveWords(input: WordsInput): Words {
  const list = subdivisionListWord(input.streets.map((s) => subdivisionKind(s.name, s.kind)), input.streetsWord);
  return {
    region: regionWord(input.site.district, input.site.regionWord),
    subdivision: list,
    subdivisionById: Object.fromEntries(input.streets.map((s) => [s.id, subdivisionKind(s.name, s.kind) ?? list])),
    plan: planName(input.planTitle, input.site.planName),
    programme: programmeName(input.site.district, input.site.programmeName),
  };
}
