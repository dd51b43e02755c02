/**
 * Open data (/data/): the site's datasets as flat tables — targets, monthly reports (long format),
 * kindergartens with fees and seats, fee adjustments, indicators — each served as CSV and JSON with the same
 * rows. Field names and descriptions come from the schemas' Chinese labels (src/schemas/, the same source as
 * docs/内容字段说明.md). Pure: queries hand in the records.
 *
 * Cell model, shared by both formats so that a CSV row equals its JSON row cell for cell: a cell is a string,
 * a number or null (no value). Yes/no fields are the strings 是 and 否; lists are joined with 、; empty text is
 * null. JSON rows are objects keyed by the fields' ASCII keys; the CSV header row is the fields' Chinese
 * labels (unit in brackets, as figure CSVs). The CSV writer is the figures' `toCsv` (BOM, CRLF, formula guard).
 */
import { describeFields, type FieldDoc, type Schema } from '../content/schema-doc.ts';
import { columnHeader, toCsv, type Cell, type Column } from '../core/figure.ts';
import { bookTitle, latestDate } from '../core/format.ts';
import { isSample } from '../core/sample.ts';
import { offersSeats, type Kindergarten } from '../kindergartens/kindergarten.ts';
import { tuitionRange, tuitionSummary } from '../kindergartens/fees.ts';
import { freeSeats } from '../kindergartens/seats.ts';
import { COMPLIANCE_LABELS, compliance } from '../progress/indicators.ts';
import { byMonth, targetOrder } from '../progress/order.ts';
import { CLASS_LEVELS, kindergartenLabels, kindergartenSchema, TUITION_LEVELS } from '../../schemas/kindergarten.ts';
import { reportLabels, reportSchema, type ReportRecord } from '../../schemas/report.ts';
import { targetLabels, targetSchema, type TargetData, type TargetRecord } from '../../schemas/target.ts';
import { taskLabels, taskSchema, type TaskRecord } from '../../schemas/task.ts';
import { indicatorLabels, indicatorSchema, type IndicatorRecord } from '../../schemas/indicator.ts';
import { kindergartenTypesLabels } from '../../schemas/directory.ts';

/** How a field's cells read: numbers, text, dates (YYYY-MM-DD text) or 是/否. */
export type FieldType = '数字' | '文字' | '日期' | '是/否';

/** A column of a dataset: a figure column plus its type and what it means. */
export interface DatasetField extends Column {
  type: FieldType;
  /** One Chinese sentence: where the value comes from (the content field and its label) and its limits. */
  description: string;
}

/** The datasets of /data/, by URL name (/data/sets/<id>.csv and .json). */
export const DATASET_IDS = ['targets', 'reports', 'kindergartens', 'fee-adjustments', 'indicators'] as const;
/** A dataset URL name. */
export type DatasetId = (typeof DATASET_IDS)[number];

/** One dataset: metadata and rows. */
export interface Dataset {
  id: DatasetId;
  title: string;
  description: string;
  fields: DatasetField[];
  rows: Record<string, Cell>[];
  /** Latest date the data is true for (YYYY-MM-DD); null when the rows carry none. */
  asOf: string | null;
  source: string;
  /** True when any row comes from a record marked sample. */
  sample: boolean;
}

/** Site-relative paths of a dataset's two files. */
export function datasetPaths(id: string): { csv: string; json: string } {
  return { csv: `/data/sets/${id}.csv`, json: `/data/sets/${id}.json` };
}

/** True when the dataset has rows: an empty dataset gets no files, the /data/ page says so instead. */
export function hasData(ds: Pick<Dataset, 'rows'>): boolean {
  return ds.rows.length > 0;
}

/** The CSV file: the rows under Chinese headers, UTF-8 with BOM, CRLF, formula-like text neutralised. */
export function datasetCsv(ds: Dataset): string {
  return toCsv({ columns: ds.fields, rows: ds.rows });
}

/** The JSON document: metadata (fields with labels and descriptions, as-of date, source, sample) and the rows. */
export interface DatasetDocument {
  id: string;
  title: string;
  description: string;
  asOf: string | null;
  source: string;
  sample: boolean;
  /** Site-relative path of the CSV with the same rows. */
  csv: string;
  rowCount: number;
  fields: { key: string; label: string; header: string; unit: string | null; type: FieldType; description: string }[];
  rows: Record<string, Cell>[];
}

/** The JSON document of a dataset; rows list every field key in field order (null for no value). */
export function datasetDocument(ds: Dataset): DatasetDocument {
  return {
    id: ds.id,
    title: ds.title,
    description: ds.description,
    asOf: ds.asOf,
    source: ds.source,
    sample: ds.sample,
    csv: datasetPaths(ds.id).csv,
    rowCount: ds.rows.length,
    fields: ds.fields.map((f) => ({ key: f.key, label: f.label, header: columnHeader(f), unit: f.unit ?? null, type: f.type, description: f.description })),
    rows: ds.rows.map((r) => Object.fromEntries(ds.fields.map((f) => [f.key, r[f.key] ?? null]))),
  };
}

/** The JSON file's text (UTF-8, no BOM, one line plus a newline). */
export function datasetJson(ds: Dataset): string {
  return `${JSON.stringify(datasetDocument(ds))}\n`;
}

/** Size in bytes of a file's UTF-8 text (the BOM counts three). */
export function byteSize(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** “820 字节”, “12.3 KB”, “1.2 MB”. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} 字节`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

// ---------------------------------------------------------------- fields from the schemas

const docsCache = new Map<Schema, FieldDoc[]>();
function docsOf(schema: unknown, labels: Record<string, string>): FieldDoc[] {
  const s = schema as Schema;
  if (!docsCache.has(s)) docsCache.set(s, describeFields(s, labels));
  return docsCache.get(s)!;
}

/** A content kind the fields come from: its file name pattern, schema and labels. */
interface Source {
  file: string;
  schema: unknown;
  labels: Record<string, string>;
}
const TARGET: Source = { file: 'content/targets/<编号>.json', schema: targetSchema, labels: targetLabels };
const TASK: Source = { file: 'content/tasks/<网址名>.json', schema: taskSchema, labels: taskLabels };
const REPORT: Source = { file: 'content/reports/<年-月>.json', schema: reportSchema, labels: reportLabels };
const KG: Source = { file: 'content/kindergartens/<网址名>.json', schema: kindergartenSchema, labels: kindergartenLabels };
const IND: Source = { file: 'content/indicators/<编号>.json', schema: indicatorSchema, labels: indicatorLabels };

/**
 * A field taken from a schema: the label is the schema's Chinese label of `path` (unless `label` overrides it,
 * e.g. the content-derived subdivision word), the description names the file and field and adds the schema's
 * limits (`docPath` when the documented path differs, e.g. fees.tuition[].amount).
 */
function schemaField(src: Source, key: string, path: string, type: FieldType, opts: { label?: string; unit?: string; docPath?: string; note?: string } = {}): DatasetField {
  const label = opts.label ?? src.labels[path];
  if (!label) throw new Error(`模式中没有字段 ${path} 的中文名称`);
  const doc = docsOf(src.schema, src.labels).find((d) => d.path === (opts.docPath ?? path));
  if (!doc) throw new Error(`模式中没有字段 ${opts.docPath ?? path}`);
  // Value limits help a reader (≥ 0, the allowed words); length limits and patterns are for staff.
  const limits = doc.limits.filter((l) => /^(只能写|可以是|≥|≤|>|<)/.test(l));
  const parts = [`${src.file} 的 ${opts.docPath ?? path}（${label}）`, ...(doc.type === '整数' ? ['整数'] : []), ...limits, ...(opts.note ? [opts.note] : [])];
  return { key, label, type, description: `${parts.join('；')}。`, ...(opts.unit ? { unit: opts.unit } : {}), ...(type === '数字' ? { numeric: true, digits: 2 } : {}) };
}

/** A field computed by this site (not written in any content file), with its own description. */
function derivedField(key: string, label: string, type: FieldType, description: string, unit?: string): DatasetField {
  return { key, label, type, description, ...(unit ? { unit } : {}), ...(type === '数字' ? { numeric: true, digits: 2 } : {}) };
}

const SAMPLE_NOTE = '是：该条记录不是官方数据（示例数据）';
const sampleFields = (src: Source): DatasetField[] => [
  schemaField(src, 'sample', 'sample', '是/否', { note: SAMPLE_NOTE }),
  schemaField(src, 'sampleNote', 'sampleNote', '文字'),
];

// ---------------------------------------------------------------- cells

/** Text cell: empty text is no value. */
const text = (s: string | undefined | null): Cell => (s === undefined || s === null || s.trim() === '' ? null : s);
const num = (n: number | undefined | null): Cell => (typeof n === 'number' ? n : null);
const yesNo = (b: boolean | undefined): Cell => (b ? '是' : '否');
const list = (xs: readonly string[]): Cell => text(xs.join('、'));

const TARGET_KINDS: Record<TargetData['target']['kind'], string> = { number: '数字', range: '区间', qualitative: '定性' };
const INDICATOR_FORMATS: Record<IndicatorRecord['format'], string> = { percent: '百分比', ratio: '比例', number: '数字' };

// ---------------------------------------------------------------- the datasets

/** A policy's title and 成文日期, by slug. */
export type PolicyInfo = Record<string, { title: string; writtenOn: string }>;

/** Targets in page order: by task order, then target order. */
function orderedTargets(targets: readonly TargetRecord[], tasks: readonly TaskRecord[]): TargetRecord[] {
  return [...targets].sort(targetOrder(tasks));
}

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
  const ordered = orderedTargets(targets, tasks);
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

/**
 * 月报（长格式）: one row per figure a monthly report states — the cumulative value of a target, or one
 * category count of its breakdown — oldest month first, targets in page order. Values a report does not
 * state are not repeated (the pages carry the last one forward).
 */
export function reportsDataset(reports: readonly ReportRecord[], targets: readonly TargetRecord[], tasks: readonly TaskRecord[], bureau: string): Dataset {
  const ordered = orderedTargets(targets, tasks);
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

/** 幼儿园（收费与学位）: one row per kindergarten, in directory order. `subdivision` is the content-derived word (街道, 镇（乡） …). */
export function kindergartensDataset(kgs: readonly Kindergarten[], subdivision: string): Dataset {
  const fields: DatasetField[] = [
    derivedField('id', '网址名', '文字', `幼儿园文件的文件名（不含 .json），页面地址 /kindergartens/<网址名>/。`),
    schemaField(KG, 'name', 'name', '文字'),
    schemaField(KG, 'shortNames', 'shortNames', '文字', { note: '多个用“、”隔开' }),
    schemaField(KG, 'type', 'type', '文字'),
    derivedField('category', kindergartenTypesLabels['types.category']!, '文字', '类型所属的类别（content/kindergarten-types.json 的 category）：公办、普惠性民办或民办。'),
    schemaField(KG, 'street', 'street', '文字', { label: subdivision }),
    schemaField(KG, 'address', 'address', '文字'),
    schemaField(KG, 'phone', 'phone', '文字'),
    ...CLASS_LEVELS.map((l) => schemaField(KG, `classes${CLASS_LEVELS.indexOf(l) + 1}`, `classes.${l}`, '数字', { unit: '个', docPath: `classes.<${CLASS_LEVELS.join('|')}>` })),
    schemaField(KG, 'capacity', 'capacity', '数字', { unit: '个' }),
    schemaField(KG, 'enrolled', 'enrolled', '数字', { unit: '人' }),
    derivedField('freeSeats', '空余学位', '数字', '核定学位数减在园幼儿数，不小于 0；暂停招生的幼儿园为空。', '个'),
    ...TUITION_LEVELS.map((l, i) =>
      schemaField(KG, `tuition${i}`, 'fees.tuition.amount', '数字', {
        label: l === '全部' ? kindergartenLabels['fees.tuition']! : `${kindergartenLabels['fees.tuition']}·${l}`,
        unit: '元/月',
        docPath: 'fees.tuition[].amount',
        note: l === '全部' ? '各班级收费相同时写在这一列' : `${l}的保教费，各班级收费不同时才有`,
      }),
    ),
    schemaField(KG, 'cap', 'fees.cap', '数字', { unit: '元/月' }),
    schemaField(KG, 'meals', 'fees.meals.amount', '数字'),
    schemaField(KG, 'mealsUnit', 'fees.meals.unit', '文字'),
    schemaField(KG, 'basis', 'fees.basis.docNumber', '文字'),
    schemaField(KG, 'effectiveOn', 'fees.basis.effectiveOn', '日期'),
    schemaField(KG, 'licence', 'licence', '文字'),
    schemaField(KG, 'status', 'status', '文字', { note: '正常办园时为“正常办园”；已停办和新建未开园的幼儿园不在本表' }),
    schemaField(KG, 'statusNote', 'statusNote', '文字'),
    schemaField(KG, 'projectKind', 'project.kind', '文字'),
    schemaField(KG, 'projectClasses', 'project.classes', '数字', { unit: '个' }),
    schemaField(KG, 'projectSeats', 'project.seats', '数字', { unit: '个' }),
    schemaField(KG, 'projectFloorArea', 'project.floorArea', '数字', { unit: '㎡' }),
    schemaField(KG, 'asOf', 'asOf', '日期'),
    schemaField(KG, 'sample', 'sample', '是/否', { note: `${SAMPLE_NOTE}；所在${subdivision}或类型是示例数据时也为“是”` }),
    schemaField(KG, 'sampleNote', 'sampleNote', '文字'),
  ];
  const rows = kgs.map((k) => {
    const d = k.data;
    // A fee not published is an empty cell (null), never 0.
    const fee = (level: string) => num(d.fees.tuition?.find((t) => t.level === level)?.amount);
    return {
      id: k.id,
      name: d.name,
      shortNames: list(d.shortNames),
      type: k.type.name,
      category: k.type.category,
      street: k.street.name,
      address: text(d.address),
      phone: text(d.phone),
      ...Object.fromEntries(CLASS_LEVELS.map((l, i) => [`classes${i + 1}`, num(d.classes[l])])),
      capacity: d.capacity,
      enrolled: d.enrolled,
      freeSeats: offersSeats(d) ? freeSeats(d.capacity, d.enrolled) : null,
      ...Object.fromEntries(TUITION_LEVELS.map((l, i) => [`tuition${i}`, fee(l)])),
      cap: num(d.fees.cap),
      meals: num(d.fees.meals?.amount),
      mealsUnit: text(d.fees.meals?.unit),
      basis: text(d.fees.basis?.docNumber),
      effectiveOn: text(d.fees.basis?.effectiveOn),
      licence: d.licence,
      status: d.status ?? '正常办园',
      statusNote: text(d.statusNote),
      projectKind: text(d.project?.kind),
      projectClasses: num(d.project?.classes),
      projectSeats: num(d.project?.seats),
      projectFloorArea: num(d.project?.floorArea),
      asOf: d.asOf,
      sample: yesNo(isSample(k)),
      sampleNote: text(d.sampleNote),
    };
  });
  return {
    id: 'kindergartens',
    title: '幼儿园（收费与学位）',
    description: `每所幼儿园一行：类型、所在${subdivision}、地址和电话，各班级数、核定学位数、在园幼儿数和空余学位，保教费、核定收费上限、伙食费和收费依据（未公布的为空），办园许可证，办园状态，新增学位项目，信息核对日期。`,
    fields,
    rows,
    asOf: latestDate(kgs.map((k) => k.data.asOf)) ?? null,
    source: '各幼儿园信息',
    sample: kgs.some(isSample),
  };
}

/**
 * 收费调整记录: every fee change of every kindergarten (fees.history), oldest first. `planDoc` is the 文号 the
 * plan orders adjustments under (content/fees.json adjustments), `planWord` the plan's short name.
 */
export function feeAdjustmentsDataset(kgs: readonly Kindergarten[], planDoc: string | undefined, planWord: string): Dataset {
  const fields: DatasetField[] = [
    derivedField('id', '网址名', '文字', '幼儿园文件的文件名（不含 .json）。'),
    schemaField(KG, 'name', 'name', '文字', { label: '幼儿园' }),
    schemaField(KG, 'effectiveOn', 'fees.history.effectiveOn', '日期', { docPath: 'fees.history[].effectiveOn' }),
    schemaField(KG, 'docNumber', 'fees.history.docNumber', '文字', { docPath: 'fees.history[].docNumber' }),
    schemaField(KG, 'before', 'fees.history.before', '文字', { unit: '元/月', docPath: 'fees.history[].before', note: '各班级相同时只写金额，不同时写“小班 420、中班 400”' }),
    schemaField(KG, 'after', 'fees.history.after', '文字', { unit: '元/月', docPath: 'fees.history[].after', note: '写法同“调整前”' }),
    derivedField('beforeMax', '调整前最高一档', '数字', '调整前各班级保教费中最高的一项。', '元/月'),
    derivedField('afterMax', '调整后最高一档', '数字', '调整后各班级保教费中最高的一项。', '元/月'),
    derivedField('change', '最高一档变化', '数字', '调整后最高一档减调整前最高一档；负数表示下调。', '元/月'),
    schemaField(KG, 'note', 'fees.history.note', '文字', { docPath: 'fees.history[].note' }),
    derivedField('inPlan', `${planWord}要求的调整`, '是/否', `是：按 content/fees.json 中收费调整计划（adjustments）的文号所作的调整。`),
    schemaField(KG, 'sample', 'sample', '是/否', { note: SAMPLE_NOTE }),
  ];
  const changes = kgs.flatMap((k, i) => k.data.fees.history.map((c) => ({ k, c, i })));
  changes.sort((a, b) => a.c.effectiveOn.localeCompare(b.c.effectiveOn) || a.i - b.i);
  const rows = changes.map(({ k, c }) => {
    const before = tuitionRange(c.before).max;
    const after = tuitionRange(c.after).max;
    return {
      id: k.id,
      name: k.data.name,
      effectiveOn: c.effectiveOn,
      docNumber: c.docNumber,
      before: tuitionSummary(c.before, false),
      after: tuitionSummary(c.after, false),
      beforeMax: before,
      afterMax: after,
      change: after - before,
      note: text(c.note),
      inPlan: yesNo(planDoc !== undefined && c.docNumber === planDoc),
      sample: yesNo(isSample(k)),
    };
  });
  const adjusted = [...new Set(changes.map((x) => x.k))];
  return {
    id: 'fee-adjustments',
    title: '收费调整记录',
    description: '各幼儿园保教费的每一次调整：执行日期、文号、调整前后的保教费和最高一档的变化。每行一次调整，按执行日期排列。',
    fields,
    rows,
    asOf: latestDate(adjusted.map((k) => k.data.asOf)) ?? null,
    source: '各幼儿园收费调整记录（文号见“文号”列）',
    sample: adjusted.some(isSample),
  };
}

/** 评估指标: every indicator in page order, with its threshold, value and whether it is met. */
export function indicatorsDataset(indicators: readonly IndicatorRecord[]): Dataset {
  const fields: DatasetField[] = [
    derivedField('id', '指标编号', '文字', '指标文件的文件名（不含 .json），也是评估指标页上的锚点。'),
    schemaField(IND, 'name', 'name', '文字'),
    schemaField(IND, 'group', 'group', '文字'),
    schemaField(IND, 'format', 'format', '文字', { note: `写作 ${Object.values(INDICATOR_FORMATS).join('、')}；百分比的值是百分数（92.4 即 92.4%），比例 1:x 的值是 x` }),
    schemaField(IND, 'unit', 'unit', '文字'),
    schemaField(IND, 'op', 'threshold.op', '文字', { docPath: 'threshold.op' }),
    schemaField(IND, 'threshold', 'threshold.value', '数字'),
    schemaField(IND, 'thresholdSource', 'threshold.source', '文字'),
    schemaField(IND, 'thresholdNote', 'thresholdNote', '文字'),
    schemaField(IND, 'computation', 'computation', '文字'),
    schemaField(IND, 'value', 'value', '数字'),
    derivedField('compliance', '是否达标', '文字', `当前值与达标要求比较：${Object.values(COMPLIANCE_LABELS).join('、')}（没有经过核实的达标要求或没有当前值时无法判断）。`),
    schemaField(IND, 'asOf', 'asOf', '日期'),
    schemaField(IND, 'source', 'source', '文字'),
    ...sampleFields(IND),
  ];
  const rows = indicators.map((i) => ({
    id: i.id,
    name: i.name,
    group: i.group,
    format: INDICATOR_FORMATS[i.format],
    unit: text(i.unit),
    op: text(i.threshold?.op),
    threshold: num(i.threshold?.value),
    thresholdSource: text(i.threshold?.source),
    thresholdNote: text(i.thresholdNote),
    computation: i.computation,
    value: num(i.value),
    compliance: COMPLIANCE_LABELS[compliance(i)],
    asOf: text(i.asOf),
    source: text(i.source),
    sample: yesNo(i.sample),
    sampleNote: text(i.sampleNote),
  }));
  const sources = [...new Set(indicators.map((i) => i.source).filter(Boolean))];
  return {
    id: 'indicators',
    title: '评估指标',
    description: '督导评估指标（“三率”等）：达标要求及其来源、计算方法、当前值、是否达标、统计日期和数据来源。每行一项指标。',
    fields,
    rows,
    asOf: latestDate(indicators.map((i) => i.asOf)) ?? null,
    source: sources.length ? sources.join('；') : '各指标的数据来源未填写',
    sample: indicators.some((i) => i.sample),
  };
}
