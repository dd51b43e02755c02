import { describe, expect, it } from 'vitest';
import { targetsDataset } from '../../../src/lib/open-data/targets.ts';
import { expectCsvEqualsJson, POLICIES, target, TARGETS, task, TASKS } from '../../helpers/open-data.ts';

describe('targetsDataset', () => {
  const ds = targetsDataset(TARGETS, TASKS, POLICIES);
  it('lists targets in page order with the plan as source and date', () => {
    expect(ds.rows.map((r) => r.id)).toEqual(['t-qual', 't-range', 't-num']);
    expect(ds.source).toBe('《某某县学前教育工作方案》');
    expect(ds.asOf).toBe('2023-12-18');
    expect(ds.sample).toBe(false);
  });
  it.each([
    ['t-num', { kind: '数字', value: 9, min: null, max: null, description: null, unit: '所', taskLabel: '（2）' }],
    ['t-range', { kind: '区间', value: null, min: 3, max: 5, unit: '名' }],
    ['t-qual', { kind: '定性', description: '建立制度', unit: null, cooperating: '财政局、人社局', breakdown: '准入、取缔', breakdownUnit: '所', newSeats: '否', policyTitle: '某某县学前教育工作方案' }],
  ])('row %s', (id, want) => expect(ds.rows.find((r) => r.id === id)).toMatchObject(want));
  it('takes field labels from the target schema', () => {
    expect(Object.fromEntries(ds.fields.map((f) => [f.key, f.label]))).toMatchObject({ task: '所属任务', title: '名称', responsible: '责任单位', section: '来源章节', sample: '示例数据标记' });
    expect(ds.fields.find((f) => f.key === 'item')!.description).toBe('content/targets/<编号>.json 的 item（条目编号）；整数；> 0；≤ 1000000。');
  });
  it.each([
    ['a sample target', [target('x', 'a', { kind: 'number', value: 1 }, { sample: true })], TASKS, true],
    ['a target of a sample task', [target('x', 'a', { kind: 'number', value: 1 })], [task('a', 1, { sample: true })], true],
    ['official records', [target('x', 'a', { kind: 'number', value: 1 })], TASKS, false],
  ])('sample flag: %s', (_n, targets, tasks, want) => {
    const d = targetsDataset(targets, tasks, POLICIES);
    expect(d.sample).toBe(want);
    expect(d.rows[0]!.sample).toBe(want ? '是' : '否');
  });
  it('CSV equals JSON', () => expectCsvEqualsJson(ds));
});
