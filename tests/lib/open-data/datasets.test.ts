import { describe, expect, it } from 'vitest';
import { columnHeader, parseCsv } from '../../../src/lib/core/figure.ts';
import { byteSize, datasetCsv, datasetDocument, datasetJson, DATASET_IDS, formatBytes, hasData, type Dataset } from '../../../src/lib/open-data/datasets.ts';
import { feeAdjustmentsDataset } from '../../../src/lib/open-data/fee-adjustments.ts';
import { indicatorsDataset } from '../../../src/lib/open-data/indicators.ts';
import { kindergartensDataset } from '../../../src/lib/open-data/kindergartens.ts';
import { reportsDataset } from '../../../src/lib/open-data/reports.ts';
import { targetsDataset, type PolicyInfo } from '../../../src/lib/open-data/targets.ts';
import type { IndicatorRecord } from '../../../src/schemas/indicator.ts';
import type { ReportRecord } from '../../../src/schemas/report.ts';
import type { TargetRecord } from '../../../src/schemas/target.ts';
import type { TaskRecord } from '../../../src/schemas/task.ts';
import { kg, STREETS, TYPES } from '../../helpers/kindergartens.ts';

const POLICIES: PolicyInfo = { plan: { title: '某某县学前教育工作方案', writtenOn: '2023-12-18' }, later: { title: '补充通知', writtenOn: '2024-03-01' } };

function task(id: string, order: number, extra: Partial<TaskRecord> = {}): TaskRecord {
  return { id, label: `（${order}）`, title: `任务${id}`, shortTitle: id, source: { policy: 'plan', section: '三、' }, order, sample: false, sampleNote: '', ...extra };
}
function target(id: string, taskId: string, t: TargetRecord['target'], extra: Partial<TargetRecord> = {}): TargetRecord {
  return {
    id, task: taskId, title: `目标${id}`, unit: t.kind === 'qualitative' ? '' : '所', target: t, responsible: ['教育局'], cooperating: [],
    source: { policy: 'plan', section: '三、（一）1.', quote: '原文。' }, note: '', newSeats: false, breakdown: [], breakdownUnit: '', order: 0,
    sample: false, sampleNote: '', ...extra,
  };
}
function report(month: string, values: ReportRecord['values'], extra: Partial<ReportRecord> = {}): ReportRecord {
  return { id: month, month, asOf: `${month}-28`, note: '', values, notes: {}, breakdown: {}, sample: false, sampleNote: '', ...extra };
}
function ind(id: string, extra: Partial<IndicatorRecord> = {}): IndicatorRecord {
  return { id, name: `指标${id}`, group: '普及普惠水平', format: 'percent', unit: '', thresholdNote: '', computation: '计算', source: '', order: 0, sample: false, sampleNote: '', ...extra };
}

const TASKS = [task('b', 2), task('a', 1)];
const TARGETS = [
  target('t-num', 'b', { kind: 'number', value: 9 }),
  target('t-range', 'a', { kind: 'range', min: 3, max: 5 }, { unit: '名', order: 2 }),
  target('t-qual', 'a', { kind: 'qualitative', description: '建立制度' }, { order: 1, breakdown: ['准入', '取缔'], breakdownUnit: '所', cooperating: ['财政局', '人社局'] }),
];

/** CSV rows read back equal the JSON rows cell for cell: the contract /data/ promises (and e2e checks on the built site). */
function expectCsvEqualsJson(ds: Dataset) {
  const doc = JSON.parse(datasetJson(ds)) as ReturnType<typeof datasetDocument>;
  const csv = parseCsv(datasetCsv(ds));
  expect(csv[0]).toEqual(doc.fields.map((f) => f.header));
  expect(csv.slice(1)).toEqual(doc.rows.map((r) => doc.fields.map((f) => (r[f.key] === null ? '' : String(r[f.key])))));
  expect(doc.rowCount).toBe(ds.rows.length);
}

const kgs = [
  kg('k1', 'jiaoban', 'dong', {
    sample: false, shortNames: ['一园', '东一'], address: '', phone: '0472-1234567',
    fees: { tuition: [{ level: '小班', amount: 420 }, { level: '中班', amount: 400 }], meals: { amount: 16, unit: '元/天' }, basis: { docNumber: '某〔2024〕2号', effectiveOn: '2024-09-01' }, cap: 450,
      history: [{ effectiveOn: '2024-09-01', docNumber: '某〔2024〕2号', before: [{ level: '全部', amount: 520 }], after: [{ level: '小班', amount: 420 }, { level: '中班', amount: 400 }], note: '' }] },
    asOf: '2024-09-01',
  }),
  kg('k2', 'minban', 'xi', {
    sample: false, name: '=HYPERLINK("http://x")幼儿园', address: '-1号楼', project: { kind: '新建', target: '', classes: 6, seats: 180, source: { policy: 'plan', section: '三、' } },
    fees: { tuition: [{ level: '全部', amount: 1200 }], meals: { amount: 500, unit: '元/月' }, basis: { docNumber: '某〔2019〕1号', effectiveOn: '2019-09-01' },
      history: [{ effectiveOn: '2021-03-01', docNumber: '某〔2019〕1号', before: [{ level: '全部', amount: 1100 }], after: [{ level: '全部', amount: 1200 }], note: '+成本上涨' }] },
    asOf: '2024-10-15',
  }),
];
// k1's street is sample in the helpers (示例东街道); make a kindergarten whose street and type are official.
const official = { ...kgs[1]!, street: { ...STREETS[1]!, sample: false }, type: TYPES[3]! };

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
