import { z } from 'astro/zod';
import { isoDate, msg, sampleFlag, text } from './common.ts';

/** Kindergarten types as the plan and the 督导评估 count them. */
export const KINDERGARTEN_TYPES = ['教办公办', '包钢幼教处', '其他公办', '普惠性民办', '民办'] as const;
/** Class levels; 混龄 is a mixed-age class. */
export const CLASS_LEVELS = ['小班', '中班', '大班', '混龄'] as const;
/** Units a meal fee is quoted in. */
export const MEAL_FEE_UNITS = ['元/天', '元/月'] as const;
/** Licence status (办园许可证). */
export const LICENCE_STATUSES = ['已取得', '办理中', '无证'] as const;

const money = z.number({ error: msg('金额必须是数字。', '只写数字，不写“元”，例如 450。') }).nonnegative({
  error: msg('金额不能是负数。', '填写 0 或正数。'),
});

const count = z.number({ error: msg('必须是数字。', '只写整数，例如 6。') }).int({ error: msg('必须是整数。', '人数、班数写整数。') }).nonnegative({
  error: msg('不能是负数。', '填写 0 或正整数。'),
});

/** 保教费 for one level, or for every level when `level` is 全部. */
const tuition = z.strictObject({
  /** 班级 (全部 when one fee applies to every level). */
  level: z.enum(['全部', ...CLASS_LEVELS], { error: msg('班级不对。', '只能写 全部、小班、中班、大班 或 混龄。') }),
  /** 元/月 */
  amount: money,
});

/** The document that sets a fee. */
const feeBasis = z.strictObject({
  /** 文号, e.g. 包发改费字〔2015〕203号 */
  docNumber: text,
  /** 执行日期 YYYY-MM-DD */
  effectiveOn: isoDate,
  /** Slug of the policy page holding the document, when the site publishes it. */
  policy: z.string().trim().default(''),
});

/** One fee change: old and new 保教费 with its basis. */
const feeChange = z.strictObject({
  /** 执行日期 */
  effectiveOn: isoDate,
  /** 文号 */
  docNumber: text,
  /** 调整前 保教费 (元/月) */
  before: z.array(tuition).min(1),
  /** 调整后 保教费 (元/月) */
  after: z.array(tuition).min(1),
  /** 说明 */
  note: z.string().trim().default(''),
});

/** `content/kindergartens/<id>.json`. The id (file name) is printed in QR codes: it never changes. */
export const kindergartenSchema = z.strictObject({
  /** 全称 */
  name: text,
  /** 简称, as parents say it (包钢十七园). */
  shortNames: z.array(text).default([]),
  /** 类型 */
  type: z.enum(KINDERGARTEN_TYPES, { error: msg('不是已知的幼儿园类型。', `只能写 ${KINDERGARTEN_TYPES.join('、')} 之一。`) }),
  /** 街道 (must be one of `content/streets.json`). */
  street: text,
  /** 地址 */
  address: z.string().trim().default(''),
  /** 班级数 by level. */
  classes: z.partialRecord(z.enum(CLASS_LEVELS), count).default({}),
  /** 核定学位数 */
  capacity: count,
  /** 在园幼儿数 */
  enrolled: count,
  /** Fees. */
  fees: z.strictObject({
    /** 保教费 元/月 */
    tuition: z.array(tuition).min(1, { error: msg('至少填写一项保教费。', '例如 [{"level": "全部", "amount": 450}]。') }),
    /** 伙食费 */
    meals: z.strictObject({ amount: money, unit: z.enum(MEAL_FEE_UNITS, { error: msg('伙食费单位不对。', '只能写 元/天 或 元/月。') }) }),
    /** 收费依据 */
    basis: feeBasis,
    /** 核定收费上限 (元/月), declared for 公办 kindergartens. */
    cap: money.optional(),
    /** 调整记录, oldest first. */
    history: z.array(feeChange).default([]),
  }),
  /** 办园许可证 */
  licence: z.enum(LICENCE_STATUSES, { error: msg('许可证状态不对。', `只能写 ${LICENCE_STATUSES.join('、')} 之一。`) }),
  /** 联系电话 */
  phone: z.string().trim().default(''),
  /** True when the record is sample data. */
  sample: sampleFlag,
});

/** Validated kindergarten. */
export type KindergartenData = z.infer<typeof kindergartenSchema>;

/** Chinese labels of kindergarten fields. */
export const kindergartenLabels: Record<string, string> = {
  name: '全称',
  shortNames: '简称',
  type: '类型',
  street: '街道',
  address: '地址',
  classes: '班级数',
  capacity: '核定学位数',
  enrolled: '在园幼儿数',
  fees: '收费',
  'fees.tuition': '保教费',
  'fees.tuition.level': '保教费·班级',
  'fees.tuition.amount': '保教费·金额',
  'fees.meals': '伙食费',
  'fees.meals.amount': '伙食费·金额',
  'fees.meals.unit': '伙食费·单位',
  'fees.basis': '收费依据',
  'fees.basis.docNumber': '收费依据·文号',
  'fees.basis.effectiveOn': '收费依据·执行日期',
  'fees.cap': '核定收费上限',
  'fees.history': '调整记录',
  'fees.history.effectiveOn': '调整记录·执行日期',
  'fees.history.docNumber': '调整记录·文号',
  licence: '办园许可证',
  phone: '联系电话',
  sample: '示例数据标记',
};
