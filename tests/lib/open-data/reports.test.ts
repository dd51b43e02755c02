import { describe, expect, it } from 'vitest';
import { reportsDataset } from '../../../src/lib/open-data/reports.ts';
import { expectCsvEqualsJson, report, TARGETS, TASKS } from '../../helpers/open-data.ts';

describe('reportsDataset (long format)', () => {
  const reports = [
    report('2024-07', { 't-num': 5 }, { sample: true, sampleNote: '示例' }),
    report('2024-06', { 't-num': 2, 't-qual': false, 't-range': 3 }, { notes: { 't-num': '两所' }, breakdown: { 't-qual': { 准入: 4, 取缔: 1 } }, note: '六月' }),
  ];
  const ds = reportsDataset(reports, TARGETS, TASKS, '某某县教育局');
  it('one row per stated figure, oldest month first, targets in page order, breakdown rows after their value', () => {
    expect(ds.rows.map((r) => [r.month, r.target, r.category, r.value, r.completed, r.unit])).toEqual([
      ['2024-06', 't-qual', null, null, '否', null],
      ['2024-06', 't-qual', '准入', 4, null, '所'],
      ['2024-06', 't-qual', '取缔', 1, null, '所'],
      ['2024-06', 't-range', null, 3, null, '名'],
      ['2024-06', 't-num', null, 2, null, '所'],
      ['2024-07', 't-num', null, 5, null, '所'],
    ]);
    expect(ds.rows[4]).toMatchObject({ note: '两所', reportNote: '六月', asOf: '2024-06-28', sample: '否', targetTitle: '目标t-num' });
    expect(ds.rows[5]).toMatchObject({ sample: '是', sampleNote: '示例', reportNote: null });
  });
  it('metadata: latest as-of, the bureau’s reports, sample when any report is', () => {
    expect([ds.asOf, ds.source, ds.sample]).toEqual(['2024-07-28', '某某县教育局月报', true]);
    expect(reportsDataset([reports[1]!], TARGETS, TASKS, '局').sample).toBe(false);
  });
  it('labels from the report schema', () => {
    expect(Object.fromEntries(ds.fields.map((f) => [f.key, f.label]))).toMatchObject({ month: '月份', asOf: '统计截止日期', value: '完成数', note: '分项说明', reportNote: '本月说明', category: '分类统计' });
  });
  it('CSV equals JSON', () => expectCsvEqualsJson(ds));
});
