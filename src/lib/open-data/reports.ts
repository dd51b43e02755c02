/** The 月报（长格式） dataset (/data/sets/reports.csv|json). Pure. */
import type { Cell } from '../core/figure.ts';
import { latestDate } from '../core/format.ts';
import { byMonth, targetOrder } from '../progress/order.ts';
import { reportLabels, type ReportRecord } from '../../schemas/report.ts';
import { targetLabels, type TargetRecord } from '../../schemas/target.ts';
import type { TaskRecord } from '../../schemas/task.ts';
import type { Dataset, DatasetField } from './datasets.ts';
import { derivedField, REPORT, sampleFields, schemaField, TARGET, text, yesNo } from './fields.ts';

/**
 * 月报（长格式）: one row per figure a monthly report states — the cumulative value of a target, or one
 * category count of its breakdown — oldest month first, targets in page order. Values a report does not
 * state are not repeated (the pages carry the last one forward).
 */
export function reportsDataset(reports: readonly ReportRecord[], targets: readonly TargetRecord[], tasks: readonly TaskRecord[], bureau: string): Dataset {
  const ordered = [...targets].sort(targetOrder(tasks));
  const byId = new Map(ordered.map((t) => [t.id, t]));
  const idsIn = (keys: string[]) => [...ordered.map((t) => t.id).filter((id) => keys.includes(id)), ...keys.filter((k) => !byId.has(k)).sort()];
  const fields: DatasetField[] = [
    schemaField(REPORT, 'month', 'month', '文字', { note: '年-月' }),
    schemaField(REPORT, 'asOf', 'asOf', '日期'),
    derivedField('target', '目标编号', '文字', `${REPORT.file} 中 values、breakdown 的键：目标文件的文件名（见“目标任务”数据集）。`),
    schemaField(TARGET, 'targetTitle', 'title', '文字', { label: `目标${targetLabels.title}` }),
    schemaField(TARGET, 'category', 'breakdown', '文字', { label: reportLabels.breakdown!, note: `空：该行是目标的累计完成数；否则是 ${REPORT.file} 中 breakdown 的这一类的累计数` }),
    schemaField(REPORT, 'value', 'values', '数字', { docPath: 'values.<键>', note: '截至统计截止日期的累计数；定性目标见“是否完成”' }),
    derivedField('completed', '是否完成', '是/否', `定性目标在 ${REPORT.file} 的 values 中写的 true（是）或 false（否）；数字目标为空。`),
    derivedField('unit', targetLabels.unit!, '文字', `目标的单位（${TARGET.file} 的 unit），分类统计行为分类统计单位（breakdownUnit）。`),
    schemaField(REPORT, 'note', 'notes', '文字', { docPath: 'notes.<键>' }),
    schemaField(REPORT, 'reportNote', 'note', '文字'),
    ...sampleFields(REPORT),
  ];
  const rows: Record<string, Cell>[] = [];
  for (const r of [...reports].sort(byMonth)) {
    const common = { month: r.month, asOf: r.asOf, reportNote: text(r.note), sample: yesNo(r.sample), sampleNote: text(r.sampleNote) };
    const ids = idsIn([...new Set([...Object.keys(r.values), ...Object.keys(r.breakdown)])]);
    for (const id of ids) {
      const t = byId.get(id);
      const base = { target: id, targetTitle: text(t?.title) };
      if (Object.hasOwn(r.values, id)) {
        const v = r.values[id]!;
        rows.push({ ...common, ...base, category: null, value: typeof v === 'number' ? v : null, completed: typeof v === 'boolean' ? yesNo(v) : null, unit: text(t?.unit), note: text(r.notes[id]) });
      }
      for (const [category, count] of Object.entries(r.breakdown[id] ?? {})) {
        rows.push({ ...common, ...base, category, value: count, completed: null, unit: text(t?.breakdownUnit), note: null });
      }
    }
  }
  return {
    id: 'reports',
    title: '月报（长格式）',
    description: '每份月报写明的每一个数：各目标截至统计截止日期的累计完成数，以及分类统计的各类累计数。每行一个数，按月份排列；某月没有写的目标沿用上一次月报，不重复列出。',
    fields,
    rows,
    asOf: latestDate(reports.map((r) => r.asOf)) ?? null,
    source: `${bureau}月报`,
    sample: reports.some((r) => r.sample),
  };
}
