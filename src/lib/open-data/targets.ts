/** The 目标任务 dataset (/data/sets/targets.csv|json). Pure. */
import { bookTitle, latestDate } from '../core/format.ts';
import { targetOrder } from '../progress/order.ts';
import { taskLabels, type TaskRecord } from '../../schemas/task.ts';
import type { TargetData, TargetRecord } from '../../schemas/target.ts';
import type { Dataset, DatasetField } from './datasets.ts';
import { derivedField, list, num, sampleFields, schemaField, TARGET, TASK, text, yesNo } from './fields.ts';

const TARGET_KINDS: Record<TargetData['target']['kind'], string> = { number: '数字', range: '区间', qualitative: '定性' };

/** A policy's title and 成文日期, by slug. */
export type PolicyInfo = Record<string, { title: string; writtenOn: string }>;

/** 目标: every target of the plan as transcribed, with its task and source. */
export function targetsDataset(targets: readonly TargetRecord[], tasks: readonly TaskRecord[], policies: PolicyInfo): Dataset {
  const taskOf = new Map(tasks.map((t) => [t.id, t]));
  const fields: DatasetField[] = [
    derivedField('id', '目标编号', '文字', '目标文件的文件名（不含 .json），也是任务页上的锚点。'),
    schemaField(TARGET, 'task', 'task', '文字'),
    schemaField(TASK, 'taskLabel', 'label', '文字', { label: `任务${taskLabels.label}` }),
    schemaField(TASK, 'taskTitle', 'title', '文字', { label: `任务${taskLabels.title}` }),
    schemaField(TARGET, 'item', 'item', '数字'),
    schemaField(TARGET, 'title', 'title', '文字'),
    schemaField(TARGET, 'kind', 'target.kind', '文字', { note: `写作 ${Object.values(TARGET_KINDS).join('、')}` }),
    schemaField(TARGET, 'value', 'target.value', '数字'),
    schemaField(TARGET, 'min', 'target.min', '数字'),
    schemaField(TARGET, 'max', 'target.max', '数字'),
    schemaField(TARGET, 'description', 'target.description', '文字'),
    schemaField(TARGET, 'unit', 'unit', '文字'),
    schemaField(TARGET, 'deadline', 'deadline', '日期'),
    schemaField(TARGET, 'responsible', 'responsible', '文字', { note: '多个用“、”隔开' }),
    schemaField(TARGET, 'cooperating', 'cooperating', '文字', { note: '多个用“、”隔开' }),
    schemaField(TARGET, 'policy', 'source.policy', '文字', { note: '本站政策文件的网址名（/policies/<网址名>/）' }),
    derivedField('policyTitle', '来源文件标题', '文字', '来源文件（政策文件）的标题。'),
    schemaField(TARGET, 'section', 'source.section', '文字'),
    schemaField(TARGET, 'quote', 'source.quote', '文字'),
    schemaField(TARGET, 'note', 'note', '文字'),
    schemaField(TARGET, 'newSeats', 'newSeats', '是/否'),
    schemaField(TARGET, 'breakdown', 'breakdown', '文字', { note: '多个用“、”隔开' }),
    schemaField(TARGET, 'breakdownUnit', 'breakdownUnit', '文字'),
    ...sampleFields(TARGET),
  ];
  const ordered = [...targets].sort(targetOrder(tasks));
  const rows = ordered.map((t) => {
    const task = taskOf.get(t.task);
    const v = t.target;
    return {
      id: t.id,
      task: t.task,
      taskLabel: text(task?.label),
      taskTitle: text(task?.title),
      item: num(t.item),
      title: t.title,
      kind: TARGET_KINDS[v.kind],
      value: v.kind === 'number' ? v.value : null,
      min: v.kind === 'range' ? v.min : null,
      max: v.kind === 'range' ? v.max : null,
      description: v.kind === 'qualitative' ? text(v.description) : null,
      unit: text(t.unit),
      deadline: text(t.deadline),
      responsible: list(t.responsible),
      cooperating: list(t.cooperating),
      policy: t.source.policy,
      policyTitle: text(policies[t.source.policy]?.title),
      section: t.source.section,
      quote: t.source.quote,
      note: text(t.note),
      newSeats: yesNo(t.newSeats),
      breakdown: list(t.breakdown),
      breakdownUnit: text(t.breakdownUnit),
      sample: yesNo(t.sample || task?.sample),
      sampleNote: text(t.sampleNote),
    };
  });
  const cited = [...new Set(ordered.map((t) => t.source.policy))];
  return {
    id: 'targets',
    title: '目标任务',
    description: '实施方案中每一项目标：所属任务、目标值或定性要求、单位、完成时限、责任单位和配合单位，以及方案原文出处。每行一项目标。',
    fields,
    rows,
    asOf: latestDate(cited.map((p) => policies[p]?.writtenOn)) ?? null,
    source: cited.map((p) => (policies[p] ? bookTitle(policies[p].title) : p)).join('、'),
    sample: ordered.some((t) => t.sample || taskOf.get(t.task)?.sample),
  };
}
