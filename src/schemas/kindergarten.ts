import { z } from 'astro/zod';
import { boundedNumber, isoDate, msg, NUMBER_BOUNDS, phone, policyRef, sampleFlag, text } from './common.ts';
import { kindergartenEnrollmentLabels, kindergartenEnrollmentSchema } from './enrollment.ts';

/** Class levels; 混龄 is a mixed-age class. */
export const CLASS_LEVELS = ['小班', '中班', '大班', '混龄'] as const;
/** A class level. */
export type ClassLevel = (typeof CLASS_LEVELS)[number];
/** Levels a 保教费 can be set for: one fee for every level (全部), or one per level. */
export const TUITION_LEVELS = ['全部', ...CLASS_LEVELS] as const;
/** Units a meal fee is quoted in: the unit is part of the figure. */
export const MEAL_FEE_UNITS = ['元/天', '元/月'] as const;
/** Licence status (办园许可证). */
export const LICENCE_STATUSES = ['已取得', '办理中', '无证'] as const;
/**
 * States of a kindergarten that is not simply open (none: open as usual). 暂停招生: it exists and is counted,
 * but takes no new children (its free seats are not offered). 新建未开园: built or being built, not yet open
 * (counted nowhere until it opens; `opensOn` is the planned date). A closed kindergarten is `closedOn`.
 */
export const KG_STATUSES = ['暂停招生', '新建未开园'] as const;
/** A kindergarten's state other than open or closed. */
export type KgStatus = (typeof KG_STATUSES)[number];
/** Kinds of seat projects (new seats). */
export const PROJECT_KINDS = ['新建', '原址翻建', '改扩建'] as const;

/** An amount of money in 元: a number, 0 or more. */
export const money = boundedNumber('money', {
  type: msg('金额必须是数字。', '只写数字，不写“元”，例如 450。'),
  negative: msg('金额不能是负数。', '填写 0 或正数。'),
  max: msg(`金额超过 ${NUMBER_BOUNDS.money.max} 元，不像真实的收费。`, '检查是否多写了 0，或把年费写成了月费；金额只写数字，例如 450。'),
});

const count = boundedNumber('count', {
  type: msg('必须是数字。', '只写整数，例如 6。'),
  negative: msg('不能是负数。', '填写 0 或正整数。'),
});

/** 保教费 for one level, or for every level when `level` is 全部. */
const tuition = z.strictObject({
  /** 班级 (全部 when one fee applies to every level). */
  level: z.enum(TUITION_LEVELS, { error: msg('班级不对。', '只能写 全部、小班、中班、大班 或 混龄。') }),
  /** 元/月 */
  amount: money,
});

/** 伙食费: amount with its unit. */
const meals = z.strictObject({
  /** 金额 */
  amount: money,
  /** 元/天 or 元/月 */
  unit: z.enum(MEAL_FEE_UNITS, { error: msg('伙食费单位不对。', '只能写 元/天 或 元/月。') }),
});

/** The document that sets the current fee: its 文号 must be listed in content/fees.json. */
const feeBasis = z.strictObject({
  /** 文号, e.g. 包发改费字〔2015〕203号 */
  docNumber: text,
  /** 执行日期 of the current fee, YYYY-MM-DD */
  effectiveOn: isoDate,
});

/** One fee change: old and new 保教费, when, and under which document. */
const feeChange = z.strictObject({
  /** 执行日期 */
  effectiveOn: isoDate,
  /** 文号 */
  docNumber: text,
  /** 调整前 保教费 (元/月) */
  before: z.array(tuition).min(1, { error: msg('至少写一项调整前的保教费。', '例如 [{"level": "全部", "amount": 520}]。') }),
  /** 调整后 保教费 (元/月) */
  after: z.array(tuition).min(1, { error: msg('至少写一项调整后的保教费。', '例如 [{"level": "全部", "amount": 450}]。') }),
  /** 说明 */
  note: z.string().trim().default(''),
});

/** New seats a kindergarten gets from a building project of the plan. */
const seatProject = z.strictObject({
  /** 新建 / 原址翻建 / 改扩建 */
  kind: z.enum(PROJECT_KINDS, { error: msg('项目类型不对。', `只能写 ${PROJECT_KINDS.join('、')} 之一。`) }),
  /** Id of the plan's target that tracks the project (progress data), empty when none. */
  target: z.string().trim().default(''),
  /** 教学班数 after the project */
  classes: count,
  /** 学位数 after the project */
  seats: count,
  /** 建筑面积 ㎡, omitted when not known. */
  floorArea: money.optional(),
  /** Where the plan states the figures. */
  source: policyRef,
});

/** `content/kindergartens/<id>.json`. The id (file name) is printed in QR codes: it never changes. */
export const kindergartenSchema = z.strictObject({
  /** 全称 */
  name: text,
  /** 简称, as parents say it (包钢十七园). */
  shortNames: z.array(text).default([]),
  /** 类型: a name from content/kindergarten-types.json. */
  type: text,
  /** 街道: a name from content/streets.json. */
  street: text,
  /** 地址 */
  address: z.string().trim().default(''),
  /** 班级数 by level. */
  classes: z.partialRecord(z.enum(CLASS_LEVELS, { error: msg('班级不对。', '只能写 小班、中班、大班 或 混龄。') }), count).default({}),
  /** 核定学位数 */
  capacity: count,
  /** 在园幼儿数 */
  enrolled: count,
  /**
   * Fees. Leave out what is not published (the whole of `fees`, or `tuition`, `meals`, `basis` or `cap`):
   * pages then say 未公布, never 0.
   */
  fees: z.strictObject({
    /** 保教费 元/月; left out when not published. */
    tuition: z.array(tuition).min(1, { error: msg('至少填写一项保教费。', '例如 [{"level": "全部", "amount": 450}]；保教费未公布时删去 tuition 这一项。') }).optional(),
    /** 伙食费; left out when not published. */
    meals: meals.optional(),
    /** 收费依据 of the current fees; left out when not published. */
    basis: feeBasis.optional(),
    /** 核定收费上限 (元/月): 公办 kindergartens (政府定价) should state it; left out when not published. */
    cap: money.optional(),
    /** 调整记录, any order (pages show the newest first). */
    history: z.array(feeChange).default([]),
  }).default({ history: [] }),
  /** 办园许可证 */
  licence: z.enum(LICENCE_STATUSES, { error: msg('许可证状态不对。', `只能写 ${LICENCE_STATUSES.join('、')} 之一。`) }),
  /** 联系电话 */
  phone,
  /** New-seat project of the plan, when the kindergarten has one. */
  project: seatProject.optional(),
  /** 停办日期 YYYY-MM-DD: the kindergarten is closed. Its page stays at its address and says 已停办; it is counted nowhere. */
  closedOn: isoDate.optional(),
  /** 停办说明 (e.g. where its children went), shown on its page. */
  closedNote: z.string().trim().default(''),
  /** 办园状态 other than open: 暂停招生 or 新建未开园; left out when the kindergarten is open as usual. */
  status: z.enum(KG_STATUSES, { error: msg('办园状态不对。', `只能写 ${KG_STATUSES.join('、')} 之一；正常办园时删去 status 这一项。`) }).optional(),
  /** 状态说明 (e.g. 因改扩建暂停招生), shown beside the status. */
  statusNote: z.string().trim().default(''),
  /** 计划开园日期 YYYY-MM-DD of a 新建未开园 kindergarten. */
  opensOn: isoDate.optional(),
  /** 招生: what the year's enrolment says for this kindergarten (招生范围, 招生计划, 在园时间); omitted when not published. */
  enrollment: kindergartenEnrollmentSchema.optional(),
  /** 信息核对日期: the date the facts above were true. */
  asOf: isoDate,
  /** True when any field is sample data: then the whole record is flagged and pages show the banner. */
  sample: sampleFlag,
  /** Which facts of a sample record are nevertheless official (shown under the banner). */
  sampleNote: z.string().trim().default(''),
});

/** Validated kindergarten. */
export type KindergartenData = z.infer<typeof kindergartenSchema>;
/** A kindergarten file's data with its id (file name, also its URL /kindergartens/<id>/); pages use it joined with its type and street (`Kindergarten`, src/lib/kindergartens/kindergarten.ts): the one record type of lib, queries and e2e. */
export type KindergartenRecord = KindergartenData & { id: string };
/** A kindergarten's fees, each part present only when published. */
export type KgFees = KindergartenData['fees'];
/** One 保教费 line. */
export type Tuition = NonNullable<KgFees['tuition']>[number];
/** A 伙食费 figure. */
export type MealFee = NonNullable<KgFees['meals']>;
/** The 收费依据 of the current fees. */
export type FeeBasis = NonNullable<KgFees['basis']>;
/** One fee change. */
export type FeeChange = KindergartenData['fees']['history'][number];
/** Classes by level. */
export type Classes = KindergartenData['classes'];

/** Chinese labels of kindergarten fields. */
export const kindergartenLabels: Record<string, string> = {
  name: '全称',
  shortNames: '简称',
  type: '类型',
  street: '街道/乡镇',
  address: '地址',
  classes: '班级数',
  'classes.小班': '班级数·小班',
  'classes.中班': '班级数·中班',
  'classes.大班': '班级数·大班',
  'classes.混龄': '班级数·混龄',
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
  'fees.history.before': '调整记录·调整前',
  'fees.history.after': '调整记录·调整后',
  'fees.history.before.amount': '调整记录·调整前金额',
  'fees.history.after.amount': '调整记录·调整后金额',
  'fees.history.note': '调整记录·说明',
  licence: '办园许可证',
  phone: '联系电话',
  project: '学位项目',
  'project.kind': '学位项目·类型',
  'project.target': '学位项目·目标编号',
  'project.classes': '学位项目·教学班数',
  'project.seats': '学位项目·学位数',
  'project.floorArea': '学位项目·建筑面积',
  'project.source': '学位项目·出处',
  closedOn: '停办日期',
  closedNote: '停办说明',
  status: '办园状态',
  statusNote: '状态说明',
  opensOn: '计划开园日期',
  ...kindergartenEnrollmentLabels,
  asOf: '信息核对日期',
  sample: '示例数据标记',
  sampleNote: '示例数据说明',
};
