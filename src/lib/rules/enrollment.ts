/**
 * Enrolment (招生) rules: content/enrollment.json (dates in order, the notice's policy page exists, the
 * application link is https) and each kindergarten's `enrollment` block (a plan within its capacity). Pure.
 */
import type { EnrollmentData } from '../../schemas/enrollment.ts';
import type { KindergartenData } from '../../schemas/kindergarten.ts';
import type { ValidEntry } from '../content/validate.ts';
import { planRows } from '../kindergartens/enrollment.ts';
import { checkPolicyRef, policySlugs, type CrossCheck } from './cross-checks.ts';

/** Rules of content/enrollment.json: the notice's policy page, dates in order, one age range per level, https. */
export const checkEnrollment: CrossCheck = (entries, f) => {
  const file = entries.enrollment?.[0] as ValidEntry<EnrollmentData> | undefined;
  if (file) {
    const { path, data } = file;
    checkPolicyRef(f, policySlugs(entries), path, 'policy', '招生政策文件', data.policy, { write: '先把招生通知放进 content/policies/，再写它的文件名（不含 .mdx）', meanwhile: '还没上传时留空' });
    data.periods.forEach((p, i) => {
      if (p.to < p.from) f.add(path, `periods[${i}].to`, '报名时间·结束日期', `${p.to} 早于开始日期 ${p.from}。`, '结束日期不能早于开始日期；只有一天时两个日期写成同一天。');
      const prev = data.periods[i - 1];
      if (prev && p.from < prev.from) f.add(path, `periods[${i}].from`, '报名时间·开始日期', `“${p.label}”（${p.from}）早于上一项“${prev.label}”（${prev.from}）。`, '报名时间按先后顺序写，家长按这个顺序办理；调换这两项的位置。');
    });
    const seen = new Map<string, number>();
    data.ages.forEach((a, i) => {
      if (a.bornTo < a.bornFrom) f.add(path, `ages[${i}].bornTo`, '适龄范围·出生日期止', `${a.bornTo} 早于出生日期起 ${a.bornFrom}。`, '按招生通知填写，先写较早的出生日期，例如小班 2021-09-01 至 2022-08-31。');
      const first = seen.get(a.level);
      if (first === undefined) seen.set(a.level, i);
      else f.add(path, `ages[${i}].level`, '适龄范围·班级', `“${a.level}”与第 ${first + 1} 项重复。`, '每个班级只写一项；删除重复的一项。');
    });
    if (data.applyUrl && !/^https:\/\//i.test(data.applyUrl)) {
      f.add(path, 'applyUrl', '报名网址', `“${data.applyUrl}”不是 https:// 开头。`, '报名时家长要填写身份证号等个人信息，只能链接加密的 https:// 网址；官方平台没有 https 时留空，在“报名方式”中写明如何报名。');
    }
  }
};

/** A kindergarten's enrolment plan is within its approved capacity. */
export const checkEnrollmentPlans: CrossCheck = (entries, f) => {
  for (const kg of (entries.kindergartens ?? []) as ValidEntry<KindergartenData>[]) {
    const e = kg.data.enrollment;
    if (!e) continue;
    const total = planRows(e.plan).reduce((s, r) => s + r.seats, 0);
    if (total > kg.data.capacity) {
      f.add(kg.path, 'enrollment.plan', '招生·招生计划', `共 ${total} 人，超过核定学位数（capacity）${kg.data.capacity}。`, '招生计划不能多于核定学位；核对两个数字，按招生通知改正。');
    }
  }
};
