import { z } from 'astro/zod';
import { asciiId, msg, sampleFlag, sampleNote, text } from './common.ts';

/**
 * The national categories a kindergarten type belongs to. They decide how fees are set (公办: 政府定价,
 * a declared cap) and the 公办 / 普惠 shares; the district's own types (e.g. 教办公办) live in content.
 */
export const KINDERGARTEN_CATEGORIES = ['公办', '普惠性民办', '民办'] as const;
/** A national category. */
export type KindergartenCategory = (typeof KINDERGARTEN_CATEGORIES)[number];

/** One subdivision (街道, 镇, 乡, 苏木 …) of the district. */
const street = z.strictObject({
  /** ASCII id used in filter URLs (`/kindergartens/?street=<id>`) and anchors. */
  id: asciiId,
  /** 名称, as kindergarten files write it; its suffix (街道/镇/乡/苏木) gives the word pages use for it. */
  name: text,
  /** Overrides the word derived from the name's suffix (e.g. 街道 for a name ending in 地区); empty: derived. */
  kind: z.string().trim().default(''),
  /** True when the name is a placeholder, not a verified name of the district. */
  sample: sampleFlag,
  /** What the placeholder stands for. */
  sampleNote,
});

/** `content/streets.json`: the district's subdivisions, in display order. Another county edits only this list. */
export const streetsSchema = z.strictObject({
  /** Overrides the word for the whole list (街道, 镇（乡） …) derived from the names; empty: derived. */
  word: z.string().trim().default(''),
  /** Subdivision list, in the order pages show them. */
  streets: z.array(street).min(1, { error: msg('至少要有一项。', '例如 [{"id": "dongcheng", "name": "东城镇"}]。') }),
  /** True when the whole list is sample data. */
  sample: sampleFlag,
  /** What the sample list stands for. */
  sampleNote,
});

/** Validated streets file. */
export type StreetsData = z.infer<typeof streetsSchema>;
/** One street. */
export type Street = StreetsData['streets'][number];

/** Chinese labels of the streets file, used in error messages. */
export const streetsLabels: Record<string, string> = {
  word: '列表用词',
  streets: '乡镇（街道）列表',
  'streets.id': '网址名',
  'streets.name': '名称',
  'streets.kind': '用词',
  'streets.sample': '示例数据标记',
  'streets.sampleNote': '示例数据说明',
  sample: '示例数据标记',
  sampleNote: '示例数据说明',
};

/** One kindergarten type of the district. */
const kindergartenType = z.strictObject({
  /** ASCII id used in filter URLs (`/kindergartens/?type=<id>`). */
  id: asciiId,
  /** 类型名称, as kindergarten files write it (e.g. 教办公办). */
  name: text,
  /** National category. */
  category: z.enum(KINDERGARTEN_CATEGORIES, {
    error: msg('类别不对。', `只能写 ${KINDERGARTEN_CATEGORIES.join('、')} 之一。`),
  }),
  /** One sentence for parents: who runs these kindergartens. */
  description: z.string().trim().default(''),
  /** True when the type is a placeholder. */
  sample: sampleFlag,
  /** What the placeholder stands for. */
  sampleNote,
});

/** `content/kindergarten-types.json`: the kindergarten types the district uses, in display order. */
export const kindergartenTypesSchema = z.strictObject({
  /** Types, in the order pages show them. */
  types: z.array(kindergartenType).min(1, { error: msg('至少要有一种类型。', '例如 [{"id": "gongban", "name": "公办", "category": "公办"}]。') }),
  /** True when the whole list is sample data. */
  sample: sampleFlag,
  /** What the sample list stands for. */
  sampleNote,
});

/** Validated types file. */
export type KindergartenTypesData = z.infer<typeof kindergartenTypesSchema>;
/** One kindergarten type. */
export type KindergartenType = KindergartenTypesData['types'][number];

/** Chinese labels of the types file, used in error messages. */
export const kindergartenTypesLabels: Record<string, string> = {
  types: '类型列表',
  'types.id': '类型网址名',
  'types.name': '类型名称',
  'types.category': '类别',
  'types.description': '说明',
  'types.sample': '示例数据标记',
  'types.sampleNote': '示例数据说明',
  sample: '示例数据标记',
  sampleNote: '示例数据说明',
};
