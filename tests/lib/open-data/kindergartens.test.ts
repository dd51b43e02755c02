import { describe, expect, it } from 'vitest';
import { columnHeader } from '../../../src/lib/core/figure.ts';
import { datasetCsv, datasetDocument } from '../../../src/lib/open-data/datasets.ts';
import { kindergartensDataset } from '../../../src/lib/open-data/kindergartens.ts';
import { TYPES } from '../../helpers/kindergartens.ts';
import { expectCsvEqualsJson, kgs, official } from '../../helpers/open-data.ts';

describe('kindergartensDataset', () => {
  const ds = kindergartensDataset(kgs, '镇（乡）');
  it('one row per kindergarten with fees by level, seats and the project', () => {
    expect(ds.rows[0]).toMatchObject({ id: 'k1', shortNames: '一园、东一', address: null, phone: '0472-1234567', category: '公办', tuition0: null, tuition1: 420, tuition2: 400, cap: 450, freeSeats: 10, projectKind: null, sample: '是' });
    expect(ds.rows[1]).toMatchObject({ id: 'k2', tuition0: 1200, tuition1: null, cap: null, meals: 500, mealsUnit: '元/月', projectKind: '新建', projectSeats: 180, projectFloorArea: null });
  });
  it('a fee not published is an empty cell, never 0; 暂停招生 offers no free seats', () => {
    const unknown = { ...official, id: 'u', data: { ...official.data, status: '暂停招生' as const, fees: { history: [] } } };
    const d = kindergartensDataset([unknown], '镇（苏木）');
    expect(d.rows[0]).toMatchObject({ tuition0: null, tuition1: null, cap: null, meals: null, mealsUnit: null, basis: null, effectiveOn: null, freeSeats: null, status: '暂停招生' });
    expect(ds.rows[0]).toMatchObject({ status: '正常办园', statusNote: null });
    expectCsvEqualsJson(d);
  });
  it('names the subdivision column with the content’s word, never a fixed one', () => {
    const street = ds.fields.find((f) => f.key === 'street')!;
    expect(street.label).toBe('镇（乡）');
    expect(street.description).not.toContain('街道');
    expect(JSON.stringify(datasetDocument(ds).fields)).not.toContain('街道');
  });
  it.each([
    ['a sample street (the helpers’ streets are sample)', [kgs[1]!], true],
    ['official record, street and type', [official], false],
    ['a sample type', [{ ...official, type: { ...TYPES[3]!, sample: true } }], true],
    ['a sample record', [{ ...official, data: { ...official.data, sample: true } }], true],
  ])('sample flag: %s', (_n, list, want) => {
    const d = kindergartensDataset(list, '街道');
    expect(d.sample).toBe(want);
    expect(d.rows[0]!.sample).toBe(want ? '是' : '否');
  });
  it('as-of is the latest check date; headers carry units', () => {
    expect(ds.asOf).toBe('2024-10-15');
    expect(ds.fields.map(columnHeader)).toContain('保教费·小班（元/月）');
    expect(ds.fields.map(columnHeader)).toContain('核定学位数（个）');
  });
  it('neutralises formula-like text in the CSV, keeps it in the JSON', () => {
    const csv = datasetCsv(ds);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")幼儿园"`);
    expect(csv).toContain(",'-1号楼,");
    expect(datasetDocument(ds).rows[1]!.name).toBe('=HYPERLINK("http://x")幼儿园');
    expectCsvEqualsJson(ds);
  });
});
