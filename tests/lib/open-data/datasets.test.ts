import { describe, expect, it } from 'vitest';
import { columnHeader } from '../../../src/lib/core/figure.ts';
import { byteSize, datasetCsv, datasetJson, DATASET_IDS, formatBytes, hasData } from '../../../src/lib/open-data/datasets.ts';
import { feeAdjustmentsDataset } from '../../../src/lib/open-data/fee-adjustments.ts';
import { indicatorsDataset } from '../../../src/lib/open-data/indicators.ts';
import { kindergartensDataset } from '../../../src/lib/open-data/kindergartens.ts';
import { reportsDataset } from '../../../src/lib/open-data/reports.ts';
import { targetsDataset } from '../../../src/lib/open-data/targets.ts';
import { ind, kgs, POLICIES, TARGETS, TASKS } from '../../helpers/open-data.ts';

describe('empty content: every dataset is empty, none has files, none fails', () => {
  const all = [
    targetsDataset([], [], {}),
    reportsDataset([], [], [], '局'),
    kindergartensDataset([], '街道'),
    feeAdjustmentsDataset([], undefined, '方案'),
    indicatorsDataset([]),
  ];
  it.each(all.map((d) => [d.id, d] as const))('%s', (_id, d) => {
    expect(hasData(d)).toBe(false);
    expect(d.asOf).toBeNull();
    expect(d.sample).toBe(false);
    expect(d.fields.length).toBeGreaterThan(3);
  });
  it('ids are the URL names, in order', () => expect(all.map((d) => d.id)).toEqual([...DATASET_IDS]));
  it.each([
    ['targets', ''],
    ['indicators', '各指标的数据来源未填写'],
  ])('source of empty %s', (id, want) => expect(all.find((d) => d.id === id)!.source).toBe(want));
});

describe('every dataset’s fields', () => {
  const all = [
    targetsDataset(TARGETS, TASKS, POLICIES), reportsDataset([], TARGETS, TASKS, '局'), kindergartensDataset(kgs, '街道'),
    feeAdjustmentsDataset(kgs, undefined, '方案'), indicatorsDataset([ind('x')]),
  ];
  it.each(all.map((d) => [d.id, d] as const))('%s: unique keys and headers, a description for each, ASCII keys', (_id, d) => {
    expect(new Set(d.fields.map((f) => f.key)).size).toBe(d.fields.length);
    expect(new Set(d.fields.map(columnHeader)).size).toBe(d.fields.length);
    for (const f of d.fields) {
      expect(f.key).toMatch(/^[a-zA-Z][a-zA-Z0-9]*$/);
      expect(f.description, f.key).toMatch(/。$/);
    }
  });
});

describe('files', () => {
  it.each([
    [0, '0 字节'],
    [1023, '1023 字节'],
    [1024, '1.0 KB'],
    [12_700, '12.4 KB'],
    [3 * 1024 * 1024, '3.0 MB'],
  ])('formatBytes(%i)', (n, want) => expect(formatBytes(n)).toBe(want));
  it.each([
    ['abc', 3],
    ['\uFEFF', 3],
    ['幼儿园', 9],
  ])('byteSize(%j)', (s, n) => expect(byteSize(s)).toBe(n));
  it('the CSV starts with a BOM, the JSON carries metadata and parses', () => {
    const ds = indicatorsDataset([ind('x', { value: 1 })]);
    expect(datasetCsv(ds).startsWith('\uFEFF')).toBe(true);
    const doc = JSON.parse(datasetJson(ds));
    expect(Object.keys(doc)).toEqual(['id', 'title', 'description', 'asOf', 'source', 'sample', 'csv', 'rowCount', 'fields', 'rows']);
    expect(doc.csv).toBe('/data/sets/indicators.csv');
    expect(doc.fields[1]).toEqual({ key: 'name', label: '指标名称', header: '指标名称', unit: null, type: '文字', description: 'content/indicators/<编号>.json 的 name（指标名称）。' });
  });
});
