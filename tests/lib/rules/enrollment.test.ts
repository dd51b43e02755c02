import { describe, expect, it } from 'vitest';
import { checkEnrollment as enrollment, checkEnrollmentPlans } from '../../../src/lib/rules/enrollment.ts';
import { runCrossChecks, type AllEntries } from '../../../src/lib/rules/cross-checks.ts';
import { enrollmentSchema } from '../../../src/schemas/enrollment.ts';
import type { ValidEntry } from '../../../src/lib/content/validate.ts';

const PATH = 'content/enrollment.json';
const file = (data: object): ValidEntry => ({ id: 'enrollment', path: PATH, data: enrollmentSchema.parse({ year: 2025, ...data }), body: '' });
const policy = (id: string): ValidEntry => ({ id, path: `content/policies/${id}.mdx`, data: {}, body: '' });
const kg = (enrollment: object | undefined, capacity = 90): ValidEntry => ({
  id: 'dongcheng-1', path: 'content/kindergartens/dongcheng-1.json', data: { name: '东城一园', capacity, ...(enrollment ? { enrollment: { catchment: '', hours: '', note: '', plan: {}, ...enrollment } } : {}) }, body: '',
});
// Both enrolment rules: the file's and the kindergartens' plans.
const checkEnrollment = (e: AllEntries) => runCrossChecks([enrollment, checkEnrollmentPlans], e);
const period = (label: string, from: string, to: string) => ({ label, from, to });

describe('checkEnrollment', () => {
  it.each([
    ['no file and no blocks', {}],
    ['a complete, consistent file', {
      policies: [policy('zhaosheng-2025')],
      enrollment: [file({
        policy: 'zhaosheng-2025', applyUrl: 'https://zs.example.gov.cn/',
        periods: [period('网上报名', '2025-05-10', '2025-05-20'), period('现场审核', '2025-05-25', '2025-05-25')],
        ages: [{ level: '小班', bornFrom: '2021-09-01', bornTo: '2022-08-31' }],
      })],
    }],
    ['a plan equal to capacity', { kindergartens: [kg({ plan: { 小班: 60, 中班: 30 } })] }],
  ])('%s passes', (_name, entries) => expect(checkEnrollment(entries)).toEqual({ errors: [], warnings: [] }));

  it.each([
    ['unknown policy', { policies: [policy('zhaosheng-2025')], enrollment: [file({ policy: 'zhaosheng-2052' })] }, PATH, {
      field: 'policy', label: '招生政策文件', problem: '招生政策文件（policy） “zhaosheng-2052”不是本站的政策文件。',
      fix: '是不是要写“zhaosheng-2025”？先把招生通知放进 content/policies/，再写它的文件名（不含 .mdx），现有：zhaosheng-2025；还没上传时留空。',
    }],
    ['a window ending before it starts', { enrollment: [file({ periods: [period('网上报名', '2025-05-20', '2025-05-10')] })] }, PATH, {
      field: 'periods[0].to', label: '报名时间·结束日期', problem: '报名时间·结束日期（periods[0].to） 2025-05-10 早于开始日期 2025-05-20。',
      fix: '结束日期不能早于开始日期；只有一天时两个日期写成同一天。',
    }],
    ['windows out of order', { enrollment: [file({ periods: [period('现场审核', '2025-05-25', '2025-05-25'), period('网上报名', '2025-05-10', '2025-05-20')] })] }, PATH, {
      field: 'periods[1].from', label: '报名时间·开始日期', problem: '报名时间·开始日期（periods[1].from） “网上报名”（2025-05-10）早于上一项“现场审核”（2025-05-25）。',
      fix: '报名时间按先后顺序写，家长按这个顺序办理；调换这两项的位置。',
    }],
    ['birth dates reversed', { enrollment: [file({ ages: [{ level: '小班', bornFrom: '2022-08-31', bornTo: '2021-09-01' }] })] }, PATH, {
      field: 'ages[0].bornTo', label: '适龄范围·出生日期止', problem: '适龄范围·出生日期止（ages[0].bornTo） 2021-09-01 早于出生日期起 2022-08-31。',
      fix: '按招生通知填写，先写较早的出生日期，例如小班 2021-09-01 至 2022-08-31。',
    }],
    ['a level twice', { enrollment: [file({ ages: [{ level: '小班', bornFrom: '2021-09-01', bornTo: '2022-08-31' }, { level: '小班', bornFrom: '2021-09-01', bornTo: '2022-08-31' }] })] }, PATH, {
      field: 'ages[1].level', label: '适龄范围·班级', problem: '适龄范围·班级（ages[1].level） “小班”与第 1 项重复。', fix: '每个班级只写一项；删除重复的一项。',
    }],
    ['an http link', { enrollment: [file({ applyUrl: 'http://zs.example.gov.cn/' })] }, PATH, {
      field: 'applyUrl', label: '报名网址', problem: '报名网址（applyUrl） “http://zs.example.gov.cn/”不是 https:// 开头。',
      fix: '报名时家长要填写身份证号等个人信息，只能链接加密的 https:// 网址；官方平台没有 https 时留空，在“报名方式”中写明如何报名。',
    }],
    ['a plan over capacity', { kindergartens: [kg({ plan: { 小班: 60, 中班: 40 } })] }, 'content/kindergartens/dongcheng-1.json', {
      field: 'enrollment.plan', label: '招生·招生计划', problem: '招生·招生计划（enrollment.plan） 共 100 人，超过核定学位数（capacity）90。',
      fix: '招生计划不能多于核定学位；核对两个数字，按招生通知改正。',
    }],
  ])('%s is refused with the field and the fix', (_name, entries, path, issue) => {
    const r = checkEnrollment(entries);
    expect(r.errors.map((e) => [e.file, e.issues])).toEqual([[path, [issue]]]);
  });
});
