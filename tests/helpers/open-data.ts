// Records the open-data tests share: tasks, targets, reports, indicators and kindergartens of a made-up county,
// and the CSV ⇄ JSON contract every dataset keeps.
import { expect } from 'vitest';
import { parseCsv } from '../../src/lib/core/figure.ts';
import { datasetCsv, datasetDocument, datasetJson, type Dataset } from '../../src/lib/open-data/datasets.ts';
import type { PolicyInfo } from '../../src/lib/open-data/targets.ts';
import type { IndicatorRecord } from '../../src/schemas/indicator.ts';
import type { ReportRecord } from '../../src/schemas/report.ts';
import type { TargetRecord } from '../../src/schemas/target.ts';
import type { TaskRecord } from '../../src/schemas/task.ts';
import { kg, STREETS, TYPES } from './kindergartens.ts';

export const POLICIES: PolicyInfo = { plan: { title: '某某县学前教育工作方案', writtenOn: '2023-12-18' }, later: { title: '补充通知', writtenOn: '2024-03-01' } };

export function task(id: string, order: number, extra: Partial<TaskRecord> = {}): TaskRecord {
  return { id, label: `（${order}）`, title: `任务${id}`, shortTitle: id, source: { policy: 'plan', section: '三、' }, order, sample: false, sampleNote: '', ...extra };
}
export function target(id: string, taskId: string, t: TargetRecord['target'], extra: Partial<TargetRecord> = {}): TargetRecord {
  return {
    id, task: taskId, title: `目标${id}`, unit: t.kind === 'qualitative' ? '' : '所', target: t, responsible: ['教育局'], cooperating: [],
    source: { policy: 'plan', section: '三、（一）1.', quote: '原文。' }, note: '', newSeats: false, breakdown: [], breakdownUnit: '', order: 0,
    sample: false, sampleNote: '', ...extra,
  };
}
export function report(month: string, values: ReportRecord['values'], extra: Partial<ReportRecord> = {}): ReportRecord {
  return { id: month, month, asOf: `${month}-28`, note: '', values, notes: {}, breakdown: {}, sample: false, sampleNote: '', ...extra };
}
export function ind(id: string, extra: Partial<IndicatorRecord> = {}): IndicatorRecord {
  return { id, name: `指标${id}`, group: '普及普惠水平', format: 'percent', unit: '', thresholdNote: '', computation: '计算', source: '', order: 0, sample: false, sampleNote: '', ...extra };
}

export const TASKS = [task('b', 2), task('a', 1)];
export const TARGETS = [
  target('t-num', 'b', { kind: 'number', value: 9 }),
  target('t-range', 'a', { kind: 'range', min: 3, max: 5 }, { unit: '名', order: 2 }),
  target('t-qual', 'a', { kind: 'qualitative', description: '建立制度' }, { order: 1, breakdown: ['准入', '取缔'], breakdownUnit: '所', cooperating: ['财政局', '人社局'] }),
];

/** CSV rows read back equal the JSON rows cell for cell: the contract /data/ promises (and e2e checks on the built site). */
export function expectCsvEqualsJson(ds: Dataset) {
  const doc = JSON.parse(datasetJson(ds)) as ReturnType<typeof datasetDocument>;
  const csv = parseCsv(datasetCsv(ds));
  expect(csv[0]).toEqual(doc.fields.map((f) => f.header));
  expect(csv.slice(1)).toEqual(doc.rows.map((r) => doc.fields.map((f) => (r[f.key] === null ? '' : String(r[f.key])))));
  expect(doc.rowCount).toBe(ds.rows.length);
}

export const kgs = [
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
export const official = { ...kgs[1]!, street: { ...STREETS[1]!, sample: false }, type: TYPES[3]! };
