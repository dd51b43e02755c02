import { z } from 'astro/zod';
import { asciiId, boundedNumber, isoDate, msg, policyRef, sampleFlag, sampleNote, text } from './common.ts';
import { KINDERGARTEN_CATEGORIES } from './directory.ts';
import { MEAL_FEE_UNITS, money } from './kindergarten.ts';

/** A document fees are set by (收费依据), cited by kindergartens through its 文号. */
const feeDocument = z.strictObject({
  /** ASCII id: the anchor `/fees/#basis-<id>`. */
  id: asciiId,
  /** 文号, exactly as kindergarten files cite it, e.g. 某发改价〔2020〕1号. */
  docNumber: text,
  /** 文件标题 (without 《》). */
  title: text,
  /** 发文机关, empty when not known (then not shown). */
  issuer: z.string().trim().default(''),
  /** Slug of a policy page holding the full text, empty when this site does not publish it. */
  policy: z.string().trim().default(''),
  /** Policy pages of this site that cite the document. */
  citedIn: z.array(policyRef).default([]),
  /** One sentence on what the document sets. */
  note: z.string().trim().default(''),
  /** True when the document is a placeholder, not a real one. */
  sample: sampleFlag,
});

/** A sentence of an official document quoted on the fees page, with where it stands. */
const rule = z.strictObject({
  /** 小标题 on the fees page, e.g. 公办幼儿园. */
  heading: text,
  /** The sentence, verbatim. */
  quote: text,
  /** Where it is written. */
  source: policyRef,
  /** Categories whose 收费公示 poster prints the rule; empty: the fees page only. */
  appliesTo: z.array(z.enum(KINDERGARTEN_CATEGORIES, { error: msg('类别不对。', `只能写 ${KINDERGARTEN_CATEGORIES.join('、')}。`) })).default([]),
  /**
   * 定价方式 in a few words, shown on the page of every kindergarten of `appliesTo` (政府定价，…); empty: the
   * kindergarten pages show no 定价方式 line for this rule. Taken from the quote, never invented.
   */
  pricing: z.string().trim().default(''),
});

/** The district's unified 伙食费 standard (usually for 公办 kindergartens). */
const mealStandard = z.strictObject({
  /** Categories the standard applies to, as the source says (e.g. ["公办"]); the page names them. */
  appliesTo: z.array(z.enum(KINDERGARTEN_CATEGORIES, { error: msg('类别不对。', `只能写 ${KINDERGARTEN_CATEGORIES.join('、')}。`) })).min(1, { error: msg('至少写一个类别。', '例如 ["公办"]。') }).default(['公办']),
  /** 金额 */
  amount: money,
  /** 单位: part of the figure (元/天 and 元/月 are not comparable). */
  unit: z.enum(MEAL_FEE_UNITS, { error: msg('伙食费单位不对。', '只能写 元/天 或 元/月。') }),
  /** 执行日期, omitted while the standard is still being set. */
  effectiveOn: isoDate.optional(),
  /** 状态说明, e.g. 研究确定中. */
  status: text,
  /** Where the plan asks for it. */
  source: policyRef,
  /** True when the figure is sample data. */
  sample: sampleFlag,
});

/** How many kindergartens a document orders to adjust their fees (e.g. 9 所超标收费公办幼儿园). */
const adjustmentPlan = z.strictObject({
  /** 文号 the adjustments are made under. */
  docNumber: text,
  /** Number of kindergartens to adjust, as the plan says. */
  expected: boundedNumber('count', { negative: msg('不能是负数。', '写方案要求调整的幼儿园数，例如 3。') }),
  /** Where the plan says it. */
  source: policyRef,
});

/** `content/fees.json`: the fee rules, the documents fees are set by, the unified 伙食费 standard. */
export const feeConfigSchema = z.strictObject({
  /** Quoted rules (政府定价, 财政专户, …), in page order. */
  rules: z.array(rule).default([]),
  /** 收费依据 documents. */
  documents: z.array(feeDocument).default([]),
  /** 统一伙食费标准, omitted when the district has none. */
  meals: mealStandard.optional(),
  /** The fee adjustments the plan orders. */
  adjustments: adjustmentPlan.optional(),
  /**
   * 伙食费每月天数: the days a month counts when a 伙食费 is quoted per day (元/天), as the fee documents set it;
   * pages show the monthly amount (元/天 × days) beside the daily rate. Omitted: pages estimate with 22 days and say so.
   */
  mealDaysPerMonth: z.number({ error: msg('必须是数字。', '写每月按多少天收伙食费，例如 22。') }).int({ error: msg('必须是整数。', '写整数天数，例如 22。') }).min(1, { error: msg('至少 1 天。', '写 1 到 31 之间的整数，例如 22。') }).max(31, { error: msg('一个月最多 31 天。', '写 1 到 31 之间的整数，例如 22。') }).optional(),
  /** True when the whole file is sample data. */
  sample: sampleFlag,
  /** What the sample stands for. */
  sampleNote,
});

/** Validated fee config. */
export type FeeConfig = z.infer<typeof feeConfigSchema>;
/** One fee document. */
export type FeeDocument = FeeConfig['documents'][number];

/** Chinese labels of the fee config, used in error messages. */
export const feeConfigLabels: Record<string, string> = {
  rules: '收费规定',
  'rules.heading': '收费规定·小标题',
  'rules.quote': '收费规定·原文',
  'rules.source': '收费规定·出处',
  'rules.source.policy': '收费规定·出处文件',
  'rules.source.section': '收费规定·出处章节',
  'rules.appliesTo': '收费规定·适用类别',
  'rules.pricing': '收费规定·定价方式',
  documents: '收费依据文件',
  'documents.id': '收费依据·网址名',
  'documents.docNumber': '收费依据·文号',
  'documents.title': '收费依据·标题',
  'documents.issuer': '收费依据·发文机关',
  'documents.policy': '收费依据·全文页面',
  'documents.citedIn': '收费依据·引用位置',
  'documents.note': '收费依据·说明',
  'documents.sample': '收费依据·示例数据标记',
  meals: '统一伙食费标准',
  'meals.appliesTo': '统一伙食费·适用类别',
  'meals.amount': '统一伙食费·金额',
  'meals.unit': '统一伙食费·单位',
  'meals.effectiveOn': '统一伙食费·执行日期',
  'meals.status': '统一伙食费·状态',
  'meals.source': '统一伙食费·出处',
  'meals.sample': '统一伙食费·示例数据标记',
  adjustments: '收费调整计划',
  mealDaysPerMonth: '伙食费每月天数',
  'adjustments.docNumber': '收费调整·文号',
  'adjustments.expected': '收费调整·应调整园数',
  'adjustments.source': '收费调整·出处',
  sample: '示例数据标记',
  sampleNote: '示例数据说明',
};
