import { describe, expect, it } from 'vitest';
import { adjustmentsByStreetFigure, adjustmentsFigure, feeTableFigure } from '../../../src/lib/kindergartens/fee-figures.ts';
import { adjustmentsUnder } from '../../../src/lib/kindergartens/fees.ts';
import type { FeeChange, Tuition } from '../../../src/schemas/kindergarten.ts';
import { data, kg, STREETS, kgWithSampleFlags, SAMPLE_CASES, type SampleFlags } from '../../helpers/kindergartens.ts';

const all = (amount: number): Tuition[] => [{ level: '全部', amount }];
const byLevel: Tuition[] = [{ level: '大班', amount: 380 }, { level: '小班', amount: 420 }, { level: '中班', amount: 400 }];

describe('fee table figure', () => {
  it('one row per kindergarten in the given order, with range, cap, meals and basis', () => {
    const kgs = [
      kg('a', 'jiaoban', 'dong', { sample: false }),
      kg('b', 'minban', 'xi', { sample: false, asOf: '2024-10-01', fees: { ...data().fees, tuition: byLevel, cap: undefined, meals: { amount: 450, unit: '元/月' } } }),
    ];
    const streetsReal = kgs.map((k) => ({ ...k, street: { ...k.street, sample: false } }));
    const f = feeTableFigure(streetsReal, '街道');
    expect(f.table.rows.map((r) => [r.id, r.tuitionMin, r.tuitionMax, r.cap, r.meals, r.mealsUnit])).toEqual([
      ['a', 400, 400, 400, 16, '元/天'],
      ['b', 380, 420, null, 450, '元/月'],
    ]);
    expect(f.summary).toMatchInlineSnapshot(`"共 2 所幼儿园（公办 1 所）；保教费最低 380 元/月（示例b幼儿园），最高 420 元/月（示例b幼儿园）。"`);
    expect(f.asOf).toBe('2024-10-01');
    expect(f.sample).toBe(false);
    expect(feeTableFigure(kgs, '镇（乡）').sample).toBe(true);
  });
  it('empty list', () => expect(feeTableFigure([], '街道').summary).toBe('暂无幼儿园收费数据。'));
});

// One answer to “is this kindergarten sample data?” (isSample, src/lib/core/sample.ts): its own flag, its street's
// or its type's. Every fee figure is sample as soon as one kindergarten it shows is, whichever flag says so.
describe('fee figures: sample by isSample', () => {
  const doc = '示例〔2024〕2号';
  const cut: FeeChange = { effectiveOn: '2024-03-01', docNumber: doc, before: [{ level: '全部', amount: 450 }], after: [{ level: '全部', amount: 400 }], note: '' };
  const real = (flags: SampleFlags) => kgWithSampleFlags(flags, { fees: { ...data().fees, history: [cut] } });
  const streets = STREETS.map((s) => ({ ...s, sample: false }));
  it.each(SAMPLE_CASES)('%s → sample %s', (_n, over, want) => {
    const kgs = [real(over)];
    const adjusted = adjustmentsUnder(kgs, doc);
    expect([feeTableFigure(kgs, '街道').sample, adjustmentsFigure(adjusted, doc, 1, '实施方案').sample, adjustmentsByStreetFigure(adjusted, streets, doc, '街道').sample])
      .toEqual([want, want, want]);
  });
});
