import { z } from 'astro/zod';
import { isoDate, limitedText, LIMITS, msg, optionalText, phone, sampleFlag, sampleNote, webAddress } from './common.ts';

/**
 * Class levels a kindergarten enrols into (招生计划, 适龄范围): 托班 (2–3 岁) comes before 小班. 混龄 is a
 * mixed-age class.
 */
export const ENROLLMENT_LEVELS = ['托班', '小班', '中班', '大班', '混龄'] as const;
/** An enrolment class level. */
export type EnrollmentLevel = (typeof ENROLLMENT_LEVELS)[number];

const levelError = { error: msg('班级不对。', `只能写 ${ENROLLMENT_LEVELS.join('、')}。`) };

const seats = z.number({ error: msg('必须是数字。', '只写整数，例如 60。') }).int({ error: msg('必须是整数。', '招生人数写整数。') }).nonnegative({
  error: msg('不能是负数。', '填写 0 或正整数。'),
});

const YEAR_ERROR = msg('招生年度必须是四位年份数字。', '只写数字，不加引号和“年”，例如 2025。');

/** One 报名时间 window: 网上报名, 现场审核, 公布结果 … */
const period = z.strictObject({
  /** 名称, e.g. 网上报名. */
  label: limitedText(LIMITS.title),
  /** 开始日期 YYYY-MM-DD */
  from: isoDate,
  /** 结束日期 YYYY-MM-DD (the same day for a one-day step). */
  to: isoDate,
  /** 说明, e.g. 每天 8:30–17:00. */
  note: optionalText(LIMITS.summary),
});

/** Who may apply to one class level: children born between two dates (inclusive). */
const ageRange = z.strictObject({
  /** 班级 */
  level: z.enum(ENROLLMENT_LEVELS, levelError),
  /** 出生日期起 YYYY-MM-DD */
  bornFrom: isoDate,
  /** 出生日期止 YYYY-MM-DD */
  bornTo: isoDate,
});

/**
 * `content/enrollment.json` (optional): the county's enrolment (招生) of one year, as its official notice
 * states it. Every part is optional: what is not written is not shown.
 */
export const enrollmentSchema = z.strictObject({
  /** 招生年度, e.g. 2025 (the autumn term the children start). */
  year: z.number({ error: YEAR_ERROR }).int({ error: YEAR_ERROR }).min(2000, { error: YEAR_ERROR }).max(2100, { error: YEAR_ERROR }),
  /** Slug of the policy page holding the year's 招生 notice or policy; empty while it is not published here. */
  policy: z.string().trim().default(''),
  /** 报名时间: the steps of the year with their dates, in order. */
  periods: z.array(period).default([]),
  /** 报名方式: how to apply, one step per line. */
  howToApply: z.array(limitedStep()).default([]),
  /** The official application address (报名网址 or 公众号 page); https. Empty when applications are made in person. */
  applyUrl: webAddress,
  /** Words for the link, e.g. 某某县义务教育招生平台; empty: the address itself is shown. */
  applyUrlLabel: optionalText(LIMITS.title),
  /** 招生对象: who may apply (户籍、居住证 …). */
  eligibility: optionalText(),
  /** 适龄范围: birth dates per class level. */
  ages: z.array(ageRange).default([]),
  /** 所需材料, one document per line. */
  documents: z.array(limitedStep()).default([]),
  /** 招生范围与划片规则 (就近入园, 学区). */
  catchment: optionalText(),
  /** 招生咨询电话; empty: the page points to the bureau's contact (site.json) when it has one. */
  phone,
  /** 其他说明 */
  note: optionalText(),
  /** True when the file is sample data, not the county's notice: pages carry the 示例数据 banner. */
  sample: sampleFlag,
  /** What the sample stands for. */
  sampleNote,
});

/** One step or document line: non-empty, at most a summary's length. */
function limitedStep() {
  return limitedText(LIMITS.summary);
}

/** Validated county enrolment. */
export type EnrollmentData = z.infer<typeof enrollmentSchema>;
/** One 报名时间 window. */
export type EnrollmentPeriod = EnrollmentData['periods'][number];
/** One class level's birth-date range. */
export type AgeRange = EnrollmentData['ages'][number];

/** Chinese labels of the enrolment file, used in error messages. */
export const enrollmentLabels: Record<string, string> = {
  year: '招生年度',
  policy: '招生政策文件',
  periods: '报名时间',
  'periods.label': '报名时间·名称',
  'periods.from': '报名时间·开始日期',
  'periods.to': '报名时间·结束日期',
  'periods.note': '报名时间·说明',
  howToApply: '报名方式',
  applyUrl: '报名网址',
  applyUrlLabel: '报名网址名称',
  eligibility: '招生对象',
  ages: '适龄范围',
  'ages.level': '适龄范围·班级',
  'ages.bornFrom': '适龄范围·出生日期起',
  'ages.bornTo': '适龄范围·出生日期止',
  documents: '所需材料',
  catchment: '招生范围与划片',
  phone: '招生咨询电话',
  note: '其他说明',
  sample: '示例数据标记',
  sampleNote: '示例数据说明',
};

/** Per kindergarten (`enrollment` in content/kindergartens/<id>.json): what applies to it. All optional. */
export const kindergartenEnrollmentSchema = z.strictObject({
  /** 招生范围: the area or addresses it enrols from. */
  catchment: optionalText(),
  /** 招生计划: places offered this year by class level (人). */
  plan: z.partialRecord(z.enum(ENROLLMENT_LEVELS, levelError), seats).default({}),
  /** 在园时间 / opening hours, e.g. 周一至周五 7:30–17:30. */
  hours: optionalText(LIMITS.summary),
  /** 说明 */
  note: optionalText(),
});

/** A kindergarten's enrolment block. */
export type KindergartenEnrollment = z.infer<typeof kindergartenEnrollmentSchema>;

/** Labels of the kindergarten `enrollment` block, merged into the kindergarten labels. */
export const kindergartenEnrollmentLabels: Record<string, string> = {
  enrollment: '招生',
  'enrollment.catchment': '招生·招生范围',
  'enrollment.plan': '招生·招生计划',
  ...Object.fromEntries(ENROLLMENT_LEVELS.map((l) => [`enrollment.plan.${l}`, `招生计划·${l}`])),
  'enrollment.hours': '招生·在园时间',
  'enrollment.note': '招生·说明',
};
