import { describe, expect, it } from 'vitest';
import { indicatorsDataset } from '../../../src/lib/open-data/indicators.ts';
import { expectCsvEqualsJson, ind } from '../../helpers/open-data.ts';

describe('indicatorsDataset', () => {
  const list = [
    ind('enrol', { value: 92.4, asOf: '2024-06-30', source: '统计年报', threshold: { op: '>=', value: 85, source: '评估办法' } }),
    ind('ratio', { format: 'ratio', value: 7.4, thresholdNote: '未核实', sample: true, sampleNote: '示例值' }),
  ];
  const ds = indicatorsDataset(list);
  it.each([
    [0, { id: 'enrol', format: '百分比', op: '>=', threshold: 85, value: 92.4, compliance: '达标', asOf: '2024-06-30', source: '统计年报', sample: '否' }],
    [1, { id: 'ratio', format: '比例', op: null, threshold: null, thresholdSource: null, compliance: '无法判断', asOf: null, source: null, sample: '是', sampleNote: '示例值' }],
  ])('row %i', (i, want) => expect(ds.rows[i]).toMatchObject(want));
  it('metadata', () => {
    expect([ds.asOf, ds.source, ds.sample]).toEqual(['2024-06-30', '统计年报', true]);
    expect(ds.fields.find((f) => f.key === 'format')!.description).toContain('只能写：percent、ratio、number');
  });
  it('CSV equals JSON', () => expectCsvEqualsJson(ds));
});
