import { describe, expect, it } from 'vitest';
import { datasetCsv, hasData } from '../../../src/lib/open-data/datasets.ts';
import { feeAdjustmentsDataset } from '../../../src/lib/open-data/fee-adjustments.ts';
import { expectCsvEqualsJson, kgs, official } from '../../helpers/open-data.ts';

describe('feeAdjustmentsDataset', () => {
  const ds = feeAdjustmentsDataset(kgs, '某〔2024〕2号', '工作方案');
  it('every change, oldest first, with before/after and the change of the top fee', () => {
    expect(ds.rows.map((r) => [r.id, r.effectiveOn, r.before, r.after, r.beforeMax, r.afterMax, r.change, r.inPlan, r.note])).toEqual([
      ['k2', '2021-03-01', '1,100', '1,200', 1100, 1200, 100, '否', '+成本上涨'],
      ['k1', '2024-09-01', '520', '小班 420、中班 400', 520, 420, -100, '是', null],
    ]);
    expect(ds.fields.find((f) => f.key === 'inPlan')!.label).toBe('工作方案要求的调整');
  });
  it('negative numbers stay numbers, text starting with + is neutralised', () => {
    const csv = datasetCsv(ds);
    expect(csv).toContain(',-100,');
    expect(csv).toContain(",'+成本上涨,");
    expectCsvEqualsJson(ds);
  });
  it.each([
    ['no kindergartens', [], 0],
    ['no history', [official].map((k) => ({ ...k, data: { ...k.data, fees: { ...k.data.fees, history: [] } } })), 0],
    ['without a plan document', kgs, 2],
  ] as const)('%s', (_n, list, rows) => {
    const d = feeAdjustmentsDataset(list, undefined, '方案');
    expect(d.rows.length).toBe(rows);
    expect(hasData(d)).toBe(rows > 0);
    expect(d.rows.every((r) => r.inPlan === '否')).toBe(true);
  });
});
