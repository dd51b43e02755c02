import { describe, expect, it } from 'vitest';
import {
  ageText, agesInOrder, dateRangeText, enrollmentHeading, enrollmentPage, enrollmentPageText, kgEnrollmentView, kindergartensWithEnrollment, periodText, planRows, planText,
} from '../../../src/lib/kindergartens/enrollment.ts';
import { enrollmentSchema, kindergartenEnrollmentSchema } from '../../../src/schemas/enrollment.ts';

const kgBlock = (b: object) => kindergartenEnrollmentSchema.parse(b);

describe('dateRangeText', () => {
  it.each([
    ['2025-05-10', '2025-05-20', '2025年5月10日至5月20日'],
    ['2025-05-10', '2025-05-10', '2025年5月10日'],
    ['2024-12-28', '2025-01-05', '2024年12月28日至2025年1月5日'],
    ['2021-09-01', '2022-08-31', '2021年9月1日至2022年8月31日'],
  ])('%s – %s → %s', (from, to, want) => expect(dateRangeText(from, to)).toBe(want));
});

describe('periodText and ageText', () => {
  it.each([
    [{ label: '网上报名', from: '2025-05-10', to: '2025-05-20', note: '' }, '网上报名：2025年5月10日至5月20日'],
    [{ label: '现场审核', from: '2025-05-25', to: '2025-05-25', note: '8:30–17:00' }, '现场审核：2025年5月25日（8:30–17:00）'],
  ])('%# %j', (p, want) => expect(periodText(p)).toBe(want));
  it('names the level and the birth dates', () => expect(ageText({ level: '小班', bornFrom: '2021-09-01', bornTo: '2022-08-31' })).toBe('小班：2021年9月1日至2022年8月31日出生'));
  it('orders ages by class level, whatever the file order', () => {
    const ages = [
      { level: '大班' as const, bornFrom: '2019-09-01', bornTo: '2020-08-31' },
      { level: '托班' as const, bornFrom: '2022-09-01', bornTo: '2023-08-31' },
      { level: '小班' as const, bornFrom: '2021-09-01', bornTo: '2022-08-31' },
    ];
    expect(agesInOrder(ages).map((a) => a.level)).toEqual(['托班', '小班', '大班']);
  });
});

describe('planRows and planText', () => {
  it.each([
    [{}, [], ''],
    [{ 小班: 60 }, [{ level: '小班', seats: 60 }], '小班 60 人'],
    [{ 中班: 5, 托班: 20, 小班: 60 }, [{ level: '托班', seats: 20 }, { level: '小班', seats: 60 }, { level: '中班', seats: 5 }], '托班 20 人、小班 60 人、中班 5 人，共 85 人'],
    // A written 0 is a published figure (no places this year); an absent level is not a row.
    [{ 大班: 0, 小班: 1200 }, [{ level: '小班', seats: 1200 }, { level: '大班', seats: 0 }], '小班 1,200 人、大班 0 人，共 1,200 人'],
  ])('%j', (plan, rows, text) => {
    expect(planRows(plan)).toEqual(rows);
    expect(planText(planRows(plan))).toBe(text);
  });
});

describe('kgEnrollmentView: no empty shells', () => {
  it.each([
    ['absent', undefined],
    ['an empty block', kgBlock({})],
    ['only blank texts', kgBlock({ catchment: ' ', hours: '', note: '' })],
  ])('%s gives nothing', (_name, block) => expect(kgEnrollmentView(block)).toBeUndefined());
  it.each([
    ['catchment only', { catchment: '东城街道' }, { catchment: '东城街道', plan: [], planText: '', hours: '', note: '' }],
    ['hours only', { hours: '周一至周五 7:30–17:30' }, { catchment: '', plan: [], planText: '', hours: '周一至周五 7:30–17:30', note: '' }],
    ['plan only', { plan: { 小班: 30 } }, { catchment: '', plan: [{ level: '小班', seats: 30 }], planText: '小班 30 人', hours: '', note: '' }],
  ])('%s is shown', (_name, block, want) => expect(kgEnrollmentView(kgBlock(block))).toEqual(want));
  it('kindergartensWithEnrollment keeps only those with something to say, in order', () => {
    const kgs = [
      { id: 'a', data: { name: '甲园', enrollment: kgBlock({ note: '招满为止' }) } },
      { id: 'b', data: { name: '乙园' } },
      { id: 'c', data: { name: '丙园', enrollment: kgBlock({}) } },
      { id: 'd', data: { name: '丁园', enrollment: kgBlock({ plan: { 小班: 10 } }) } },
    ];
    expect(kindergartensWithEnrollment(kgs).map((x) => x.kg.id)).toEqual(['a', 'd']);
  });
});

describe('enrollmentPage', () => {
  it('a file with only the year has no details', () => {
    const p = enrollmentPage(enrollmentSchema.parse({ year: 2025 }));
    expect(p.heading).toBe('2025年幼儿园招生');
    expect(p.hasDetails).toBe(false);
    expect(p.periods).toEqual([]);
  });
  it('the link label falls back to the address; ages come in class order', () => {
    const p = enrollmentPage(enrollmentSchema.parse({
      year: 2025,
      applyUrl: 'https://zs.example.gov.cn/',
      ages: [{ level: '中班', bornFrom: '2020-09-01', bornTo: '2021-08-31' }, { level: '小班', bornFrom: '2021-09-01', bornTo: '2022-08-31' }],
    }));
    expect(p.applyUrlLabel).toBe('https://zs.example.gov.cn/');
    expect(p.ages).toEqual(['小班：2021年9月1日至2022年8月31日出生', '中班：2020年9月1日至2021年8月31日出生']);
    expect(p.hasDetails).toBe(true);
  });
  it.each([
    [{ policy: 'zhaosheng-2025' }],
    [{ documents: ['户口簿'] }],
    [{ phone: '12345' }],
    [{ note: '以通知为准' }],
  ])('%j alone counts as details', (extra) => expect(enrollmentPage(enrollmentSchema.parse({ year: 2025, ...extra })).hasDetails).toBe(true));
  it('the heading without a file', () => expect(enrollmentHeading(undefined)).toBe('幼儿园招生'));
});

describe('enrollmentPageText: heading, phone to ask and description of /enrollment/', () => {
  const site = (phone: string) => ({ district: '某某县', bureau: '某某县教育局', contact: { phone } });
  const details = `某某县2025年幼儿园招生：报名时间、报名方式、招生对象和适龄范围、所需材料、招生范围，以及各幼儿园的招生计划。`;
  const none = '某某县幼儿园招生：本站尚未发布招生通知时，可查看幼儿园名录并联系某某县教育局。';
  it.each([
    ['no enrollment.json, bureau phone', undefined, '0472-1', { heading: enrollmentHeading(undefined), phone: '0472-1', description: none }],
    ['no enrollment.json, no phone at all', undefined, '', { heading: enrollmentHeading(undefined), phone: '', description: none }],
    ['a year only: no details', { year: 2025 }, '0472-1', { heading: enrollmentHeading(2025), phone: '0472-1', description: none }],
    ['its own phone first', { year: 2025, phone: '0472-7654321' }, '0472-1', { heading: enrollmentHeading(2025), phone: '0472-7654321', description: details }],
  ] as const)('%s', (_n, e, phone, want) => {
    expect(enrollmentPageText(e ? enrollmentPage(enrollmentSchema.parse(e)) : undefined, site(phone))).toEqual(want);
  });
});
