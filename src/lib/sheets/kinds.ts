/**
 * The four staff spreadsheets: kindergartens (directory and fees), fees only, a monthly report, targets.
 * Column headers come from the schemas' Chinese labels (one source of names) plus the unit. Pure.
 */
import { CLASS_LEVELS, KG_STATUSES, kindergartenLabels as KL, LICENCE_STATUSES, MEAL_FEE_UNITS, TUITION_LEVELS } from '../../schemas/kindergarten.ts';
import { ENROLLMENT_LEVELS } from '../../schemas/enrollment.ts';
import { reportLabels as RL } from '../../schemas/report.ts';
import { normalizePhones } from '../core/phone.ts';
import { targetOrder } from '../progress/order.ts';
import { targetLabels as TL } from '../../schemas/target.ts';
import {
  blank,
  cellBool,
  cellMonth,
  cellNumber,
  cellText,
  Percent,
  percentFromText,
  col,
  fieldKey,
  getAt,
  isBlank,
  LIST_SEPARATOR,
  sameJson,
  setAt,
  type Cell,
  type CellProblem,
  type Column,
  type Raw,
  type RowCells,
} from './cells.ts';

/** Names of the sheets `npm run export` writes. */
export const SHEET_KIND_NAMES = ['kindergartens', 'fees', 'report', 'targets'] as const;
/** A sheet kind name. */
export type SheetKindName = (typeof SHEET_KIND_NAMES)[number];

/** Raw content the export reads and the import merges onto, keyed by id (file name without extension). */
export interface SheetContext {
  kindergartens: ReadonlyMap<string, Raw>;
  reports: ReadonlyMap<string, Raw>;
  targets: ReadonlyMap<string, Raw>;
  tasks: ReadonlyMap<string, Raw>;
}

/** A report-row or record-row column: its reading may depend on the row (the target of a report row). */
export interface SheetColumn extends Column {
  read(raw: Raw, row?: RowCells): Cell;
  /** As Column.write; `ctx` is the content merged onto (a report value needs its target's unit). */
  write(draft: Raw, cell: Cell, row: RowCells, ctx?: SheetContext): CellProblem | undefined;
  owns?(path: string, draft: Raw, row?: RowCells): boolean;
}

/** How one kind of sheet maps to content files. */
export interface SheetKind {
  name: SheetKindName;
  /** Worksheet name and the Chinese name of the sheet in messages. */
  title: string;
  /** Collection folder under content/ the records are files of. */
  collection: 'kindergartens' | 'reports' | 'targets';
  /** Header of the column naming the file a row belongs to. */
  idHeader: string;
  /** The id a cell of the id column names (default: its text). */
  idOf?(cell: Cell): string;
  columns: SheetColumn[];
  /** True when a row may create a file that does not exist yet. */
  creates: boolean;
  /** Several rows make one record (a monthly report: one row per target). */
  multiRow?: { keyHeader: string; recordHeaders: string[] };
  /** Rows of the current content, in display order (`record` picks one record, e.g. a report month). */
  exportRows(ctx: SheetContext, record?: string): { id: string; raw: Raw; row: RowCells }[];
  /** Fields built from several cells at once (保教费 by level, the target figure), after every column wrote. */
  finish?(draft: Raw, row: RowCells, present: ReadonlySet<string>): CellProblem & { header: string } | undefined;
  /** Record for a new id before any cell is written (fixes the key order of new files). */
  blank(id: string, row: RowCells): Raw;
  /**
   * A problem when a row names an existing id but describes another record (a “new” kindergarten given an
   * id already in use would silently overwrite that kindergarten).
   */
  otherRecord?(id: string, old: Raw, draft: Raw): (CellProblem & { header: string }) | undefined;
}

const unit = (label: string, u: string) => `${label}（${u}）`;
/** The Chinese label of a field path (src/schemas/); a path without one is a programming error, thrown when the module loads. */
function labelIn(labels: Readonly<Record<string, string>>, path: string): string {
  const label = labels[path];
  if (label === undefined) throw new Error(`字段 ${path} 没有中文标签（src/schemas/ 的 labels）`);
  return label;
}
const kl = (path: string) => labelIn(KL, path);
const tl = (path: string) => labelIn(TL, path);
const rl = (path: string) => labelIn(RL, path);

// ---------------------------------------------------------------- kindergartens and fees

const ID_HEADER = '网址名（文件名）';
const TUITION_ALL = unit(kl('fees.tuition'), '元/月');
/** Header of the 保教费 column of one level: 全部 → 保教费（元/月）, 小班 → 保教费·小班（元/月）. */
export function tuitionHeader(level: string): string {
  return level === '全部' ? TUITION_ALL : unit(`${kl('fees.tuition')}·${level}`, '元/月');
}

type TuitionLine = { level: string; amount: number };

function tuitionColumn(level: string): SheetColumn {
  const header = tuitionHeader(level);
  return {
    header,
    field: 'fees.tuition.amount',
    numeric: true,
    hint: level === '全部' ? '各班级收费相同时只填这一列；不同时留空，填写各班级的列。只写数字。' : `只有${level}收费与其他班级不同时才填，同时“${TUITION_ALL}”留空。`,
    read: (raw) => ((getAt(raw, ['fees', 'tuition']) as TuitionLine[] | undefined) ?? []).find((t) => t.level === level)?.amount ?? '',
    // The whole list is rebuilt in finish(); here only the number is checked.
    write: (_d, cell) => {
      const n = cellNumber(cell, false);
      return typeof n === 'object' ? n : undefined;
    },
    owns: (path, draft) => {
      const m = /^fees\.tuition\[(\d+)\]/.exec(path);
      if (m) return ((getAt(draft, ['fees', 'tuition']) as TuitionLine[] | undefined) ?? [])[Number(m[1])]?.level === level;
      return fieldKey(path) === 'fees.tuition' && level === '全部';
    },
  };
}

const TUITION_COLUMNS = TUITION_LEVELS.map(tuitionColumn);
const MEALS_AMOUNT = unit(kl('fees.meals.amount'), '元');
const BASIS_DOC = kl('fees.basis.docNumber');

/**
 * Rebuilds fees.tuition from the level columns present (an unchanged set keeps the file's order); empty fee
 * cells mean 未公布: a 伙食费 or 收费依据 whose cells are all empty is left out, never written as 0.
 */
function finishTuition(draft: Raw, row: RowCells, present: ReadonlySet<string>): (CellProblem & { header: string }) | undefined {
  for (const part of ['meals', 'basis']) {
    const v = getAt(draft, ['fees', part]);
    if (v !== null && typeof v === 'object' && !Object.keys(v).length) setAt(draft, ['fees', part], undefined);
  }
  // Half a pair is a slip, not 未公布: say which cell is missing.
  const meals = getAt(draft, ['fees', 'meals']) as Raw | undefined;
  if (meals && meals.amount === undefined && meals.unit !== undefined) {
    return { header: MEALS_AMOUNT, problem: '写了伙食费单位，没有金额。', fix: '填写伙食费金额（只写数字）；伙食费未公布时金额和单位两列都留空。' };
  }
  const basis = getAt(draft, ['fees', 'basis']) as Raw | undefined;
  if (basis && basis.docNumber === undefined && basis.effectiveOn !== undefined) {
    return { header: BASIS_DOC, problem: '写了收费依据的执行日期，没有文号。', fix: '填写收费依据的文号；收费依据未公布时文号和执行日期两列都留空。' };
  }
  if (!TUITION_COLUMNS.some((c) => present.has(c.header))) return undefined;
  const lines: TuitionLine[] = [];
  for (const level of TUITION_LEVELS) {
    const n = cellNumber(row.get(tuitionHeader(level)), false);
    // A malformed amount is already reported by its column.
    if (typeof n === 'object') return undefined;
    if (typeof n === 'number') lines.push({ level, amount: n });
  }
  // Every 保教费 cell empty: the fee is not published (the page says 未公布), never 0.
  if (!lines.length) {
    setAt(draft, ['fees', 'tuition'], undefined);
    return undefined;
  }
  const old = (getAt(draft, ['fees', 'tuition']) as TuitionLine[] | undefined) ?? [];
  const sameSet = old.length === lines.length && lines.every((l) => old.some((o) => sameJson(o, l)));
  if (!sameSet) setAt(draft, ['fees', 'tuition'], lines);
  return undefined;
}

const LICENCES = LICENCE_STATUSES.join('、');
const UNITS = MEAL_FEE_UNITS.join(' 或 ');

const FEE_COLUMNS: SheetColumn[] = [
  ...TUITION_COLUMNS,
  // An empty fee cell is 未公布 (the page says so), never 0: write 0 only for a fee that really is 0.
  col.number(MEALS_AMOUNT, ['fees', 'meals', 'amount'], false, { hint: '只写数字；单位写在下一列。未公布时这两列都留空（网页显示“未公布”）。' }),
  col.optionalText(unit(kl('fees.meals.unit'), UNITS), ['fees', 'meals', 'unit'], { hint: `只能写 ${UNITS}；伙食费未公布时留空。`, choices: MEAL_FEE_UNITS }),
  col.optionalText(BASIS_DOC, ['fees', 'basis', 'docNumber'], { hint: '现行收费依据的文号，须已登记在 content/fees.json 的收费依据文件中；未公布时文号和执行日期都留空。' }),
  col.date(unit(kl('fees.basis.effectiveOn'), '年-月-日'), ['fees', 'basis', 'effectiveOn'], { hint: '例如 2019-09-01（2019/9/1、2019年9月1日 或日期格式的单元格也可以）。' }),
  col.number(unit(kl('fees.cap'), '元/月'), ['fees', 'cap'], false, { hint: '公办幼儿园应填；保教费不得高于它。未公布时留空。' }),
];

function kgRows(ctx: SheetContext) {
  return [...ctx.kindergartens].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, raw]) => ({ id, raw, row: new Map<string, Cell>([[ID_HEADER, id]]) }));
}

const idColumn = (hint: string): SheetColumn => ({
  header: ID_HEADER,
  field: '（文件名）',
  required: true,
  hint,
  read: () => '',
  write: () => undefined,
  owns: (path) => path === '（文件名）',
});

/** The kindergarten's 招生 block (招生范围, 招生计划 by level, 在园时间, 说明): blank cells leave it out. */
const ENROLLMENT_COLUMNS: SheetColumn[] = [
  col.text(kl('enrollment.catchment'), ['enrollment', 'catchment'], { hint: '本园今年的招生范围（小区、街道），按招生通知填写；没有公布就留空。' }),
  ...ENROLLMENT_LEVELS.map((l) => col.number(unit(kl(`enrollment.plan.${l}`), '人'), ['enrollment', 'plan', l], true, { hint: `今年${l}计划招收的人数，按招生通知填写；没有公布就留空。` })),
  col.text(kl('enrollment.hours'), ['enrollment', 'hours'], { hint: '例如 周一至周五 7:30–17:30；没有公布就留空。' }),
  col.text(kl('enrollment.note'), ['enrollment', 'note']),
];

const KG_ID_HINT = '文件名（不含 .json），也是网页网址：只用小写英文字母、数字和连字符，例如 dongcheng-1。已发布的不要改。';

const kindergartens: SheetKind = {
  name: 'kindergartens',
  title: '幼儿园',
  collection: 'kindergartens',
  idHeader: ID_HEADER,
  creates: true,
  columns: [
    idColumn(KG_ID_HINT),
    col.text(kl('name'), ['name'], { required: true }),
    col.list(unit(kl('shortNames'), `用“${LIST_SEPARATOR}”分隔`), ['shortNames']),
    col.text(kl('type'), ['type'], { required: true, hint: '写 content/kindergarten-types.json 中的类型名称。' }),
    // The subdivision word comes from the schema label (one source of names).
    col.text(kl('street'), ['street'], { required: true, hint: '写 content/streets.json 中的名称。' }),
    col.text(kl('address'), ['address']),
    ...CLASS_LEVELS.map((l) => col.number(unit(kl(`classes.${l}`), '个'), ['classes', l], true)),
    col.number(unit(kl('capacity'), '个'), ['capacity'], true, { required: true }),
    col.number(unit(kl('enrolled'), '人'), ['enrolled'], true, { required: true }),
    ...FEE_COLUMNS,
    col.text(unit(kl('licence'), LICENCES), ['licence'], { required: true, hint: `只能写 ${LICENCES}。`, choices: LICENCE_STATUSES }),
    {
      ...col.text(kl('phone'), ['phone'], { hint: '座机写区号-号码，例如 0472-1234567；手机写 11 位；多个号码用“、”隔开。空格、全角数字和横线会自动改成这种写法。' }),
      write: (draft, cell) => {
        const t = cellText(cell);
        const r = normalizePhones(t);
        if (!r.ok) return { problem: `“${r.wrong}”不是常见的电话号码格式。`, fix: '座机写区号-号码，例如 0472-1234567；手机写 11 位，例如 13800138000；也可写 400-123-4567 或 12345。多个号码用“、”隔开。' };
        if (r.value === '' && getAt(draft, ['phone']) === undefined) return undefined;
        setAt(draft, ['phone'], r.value);
        return undefined;
      },
    },
    ...ENROLLMENT_COLUMNS,
    col.optionalText(unit(kl('status'), KG_STATUSES.join(' 或 ')), ['status'], { hint: `正常办园时留空；只能写 ${KG_STATUSES.join('、')}。`, choices: KG_STATUSES }),
    col.text(kl('statusNote'), ['statusNote']),
    col.date(unit(kl('opensOn'), '年-月-日'), ['opensOn'], { hint: '新建未开园的幼儿园计划开园的日期。' }),
    col.date(unit(kl('closedOn'), '年-月-日'), ['closedOn'], { hint: '已停办时填写；不要删除停办幼儿园的行或文件，它的网址印在二维码上。' }),
    col.text(kl('closedNote'), ['closedNote']),
    col.date(unit(kl('asOf'), '年-月-日'), ['asOf'], { required: true, hint: '这些信息属实的日期，例如 2024-09-01。' }),
    col.bool(unit(kl('sample'), '是/否'), ['sample'], { hint: '任何一项不是官方数据时写“是”。' }),
    col.text(kl('sampleNote'), ['sampleNote']),
  ],
  exportRows: kgRows,
  finish: finishTuition,
  blank: () => ({}),
  otherRecord: (id, old, draft) => {
    const was = typeof old.name === 'string' ? old.name : '';
    const now = typeof draft.name === 'string' ? draft.name : '';
    const short = Array.isArray(draft.shortNames) ? draft.shortNames : [];
    // A renamed kindergarten keeps its old name as a short name (search still finds it); anything else is
    // another kindergarten reusing the id.
    if (!was || was === now || short.includes(was)) return undefined;
    return {
      header: ID_HEADER,
      problem: `网址名“${id}”已经是“${was}”的（content/kindergartens/${id}.json），这一行写的是“${now}”。`,
      fix: `新的幼儿园请换一个没有用过的网址名；确实是“${was}”改名了，请把原名“${was}”写进“${unit(kl('shortNames'), `用“${LIST_SEPARATOR}”分隔`)}”，以便还能搜到它。`,
    };
  },
};

const VIEW = '仅供查看';

const fees: SheetKind = {
  name: 'fees',
  title: '收费',
  collection: 'kindergartens',
  idHeader: ID_HEADER,
  creates: false,
  columns: [
    idColumn('幼儿园文件名（不含 .json），新的幼儿园请用幼儿园表添加。'),
    { ...col.text(unit(kl('name'), VIEW), ['name']), readOnly: true },
    { ...col.text(unit(kl('type'), VIEW), ['type']), readOnly: true },
    ...FEE_COLUMNS,
    col.bool(unit(kl('sample'), '是/否'), ['sample'], { hint: '这所幼儿园的任何一项信息不是官方数据时写“是”（与幼儿园表的同一列相同）。' }),
  ],
  exportRows: kgRows,
  finish: finishTuition,
  blank: () => ({}),
};

// ---------------------------------------------------------------- monthly report

const TARGET_ID = '目标编号';
const MONTH = unit(rl('month'), '年-月');
const AS_OF = unit(rl('asOf'), '年-月-日');
const REPORT_SAMPLE = unit(rl('sample'), '是/否');
const rowTarget = (row?: RowCells) => cellText(row?.get(TARGET_ID));
/** True for a target unit of per cent: its cells may be written 85% (read as 85). */
export const isPercentUnit = (u: unknown) => typeof u === 'string' && /^[%％]$/.test(u.trim());

/** Target ids and titles in the order the progress pages show them (task order, then target order). */
function orderedTargets(ctx: SheetContext): [string, Raw][] {
  // Raw files (no schema defaults): a missing order is the schema's default 0.
  const order = (raw: Raw | undefined) => Number(getAt(raw, ['order']) ?? 0);
  const compare = targetOrder([...ctx.tasks].map(([id, t]) => ({ id, order: order(t) })));
  const facts = ([id, t]: [string, Raw]) => ({ id, task: String(t.task), order: order(t) });
  return [...ctx.targets].sort((a, b) => compare(facts(a), facts(b)));
}

/** “准入 4、整改 7” ↔ {准入: 4, 整改: 7}. */
export function parseBreakdown(text: string): Record<string, number> | CellProblem {
  const out: Record<string, number> = {};
  for (const part of text.split(/[、；;,，\n]/).map((s) => s.trim()).filter(Boolean)) {
    const [, name, n] = /^(.+?)[\s:：]*(\d+)$/.exec(part) ?? [];
    if (name === undefined || n === undefined) return { problem: `“${part}”看不懂。`, fix: '写成“类别 数字”，多项用“；”分隔，例如 准入 4；整改 7；取缔 5。' };
    out[name.trim()] = Number(n);
  }
  return out;
}

/** {准入: 4, 整改: 7} → “准入 4、整改 7”. */
export function formatBreakdown(b: Record<string, number> | undefined): string {
  return b ? Object.entries(b).map(([k, v]) => `${k} ${v}`).join(LIST_SEPARATOR) : '';
}

const reportColumns: SheetColumn[] = [
  {
    ...col.text(MONTH, ['month'], { required: true, hint: '例如 2024-06；同一个月的行写同一个月份。' }), owns: (p) => p === 'month',
    write: (draft, cell) => {
      const m = cellMonth(cell);
      if (m === '') return blank(MONTH);
      setAt(draft, ['month'], m);
      return undefined;
    },
  },
  { ...col.date(AS_OF, ['asOf'], { required: true, hint: '该月内的日期，例如 2024-06-30。' }), owns: (p) => p === 'asOf' },
  { ...col.bool(REPORT_SAMPLE, ['sample'], { hint: '这个月的数字不是官方数据时写“是”（网页上显示“示例数据”提示）；同一个月的行写同一个值。' }), owns: (p) => p === 'sample' },
  {
    header: TARGET_ID, field: 'values', required: true, hint: 'content/targets/ 中的文件名，不要改。',
    read: (_raw, row) => rowTarget(row), write: () => undefined,
    owns: () => false,
  },
  { header: unit(tl('title'), VIEW), field: 'title', readOnly: true, read: () => '', write: () => undefined },
  { header: unit(tl('unit'), VIEW), field: 'unit', readOnly: true, read: () => '', write: () => undefined },
  {
    header: unit(rl('values'), '累计数；定性目标写 是/否'), field: 'values', numeric: true,
    hint: '截至统计截止日期的累计完成数，只写数字；定性目标写“是”（已完成）或“否”。留空：沿用上一次月报。',
    read: (raw, row) => {
      const v = getAt(raw, ['values', rowTarget(row)]);
      return typeof v === 'boolean' ? (v ? '是' : '否') : typeof v === 'number' ? v : '';
    },
    write: (draft, cell, row, ctx) => {
      const id = rowTarget(row);
      if (isBlank(cell)) {
        setAt(draft, ['values', id], undefined);
        return undefined;
      }
      const target = ctx?.targets.get(id);
      const targetUnit = getAt(target, ['unit']);
      const percent = cell instanceof Percent ? cell : typeof cell === 'string' ? percentFromText(cell) : undefined;
      // An unknown target is reported by the cross-file rules; its unit is unknown, so 85% is taken as shown.
      if (percent && target && !isPercentUnit(targetUnit)) {
        return {
          problem: `收到百分数“${percent.text}”，但目标“${id}”的单位是${typeof targetUnit === 'string' && targetUnit ? `“${targetUnit}”` : '空的'}，不是 %。`,
          fix: `写以“${typeof targetUnit === 'string' && targetUnit ? targetUnit : '目标单位'}”计的累计数：把单元格格式改为“常规”后重新输入数字；目标本身以 % 计时，先把目标的单位改为 %。`,
        };
      }
      const n = cellNumber(cell, false, !target || isPercentUnit(targetUnit));
      const b = typeof n === 'number' ? n : cellBool(cell);
      if (typeof b === 'number' || typeof b === 'boolean') {
        setAt(draft, ['values', id], b);
        return undefined;
      }
      return { problem: `应为数字或“是/否”，收到“${cellText(cell)}”。`, fix: '数字目标只写数字（不写单位），定性目标写“是”或“否”。' };
    },
    owns: (p, _d, row) => p === `values.${rowTarget(row)}` || p.startsWith(`values.${rowTarget(row)}.`),
  },
  {
    header: rl('notes'), field: 'notes',
    read: (raw, row) => (getAt(raw, ['notes', rowTarget(row)]) as string | undefined) ?? '',
    write: (draft, cell, row) => {
      setAt(draft, ['notes', rowTarget(row)], cellText(cell) || undefined);
      return undefined;
    },
    owns: (p, _d, row) => p.startsWith(`notes.${rowTarget(row)}`),
  },
  {
    header: unit(rl('breakdown'), '如 准入 4；整改 7'), field: 'breakdown',
    read: (raw, row) => formatBreakdown(getAt(raw, ['breakdown', rowTarget(row)]) as Record<string, number> | undefined),
    write: (draft, cell, row) => {
      const t = cellText(cell);
      const b = t ? parseBreakdown(t) : undefined;
      if (b && 'problem' in b) return b as CellProblem;
      setAt(draft, ['breakdown', rowTarget(row)], b);
      return undefined;
    },
    owns: (p, _d, row) => p.startsWith(`breakdown.${rowTarget(row)}`),
  },
];

const report: SheetKind = {
  name: 'report',
  title: '月报',
  collection: 'reports',
  idHeader: MONTH,
  creates: true,
  idOf: cellMonth,
  multiRow: { keyHeader: TARGET_ID, recordHeaders: [MONTH, AS_OF, REPORT_SAMPLE] },
  columns: reportColumns,
  exportRows: (ctx, month) => {
    const raw = ctx.reports.get(month ?? '') ?? { month: month ?? '', asOf: '' };
    return orderedTargets(ctx).map(([id, t]) => ({
      id: month ?? '',
      raw,
      row: new Map<string, Cell>([[TARGET_ID, id], [unit(tl('title'), VIEW), String(t.title ?? '')], [unit(tl('unit'), VIEW), String(t.unit ?? '')]]),
    }));
  },
  blank: (id) => ({ month: id, asOf: '', values: {} }),
};

// ---------------------------------------------------------------- targets

const KINDS: Record<string, string> = { number: '数字', range: '区间', qualitative: '定性' };
const KIND_HEADER = unit(tl('target.kind'), Object.values(KINDS).join('/'));
const VALUE = tl('target.value');
const MIN = tl('target.min');
const MAX = tl('target.max');
const DESC = tl('target.description');

const figure = (header: string, key: string): SheetColumn => ({
  header, field: `target.${key}`, numeric: key !== 'description',
  read: (raw) => {
    const v = getAt(raw, ['target', key]);
    return v === undefined ? '' : (v as Cell);
  },
  write: (_d, cell, row) => {
    if (key === 'description') return undefined;
    const n = cellNumber(cell, false, isPercentUnit(cellText(row.get(tl('unit')))));
    return typeof n === 'object' ? n : undefined;
  },
});

const TARGET_ID_HINT = '文件名（不含 .json），也是任务页上的锚点：只用小写英文字母、数字和连字符。';

const targets: SheetKind = {
  name: 'targets',
  title: '目标',
  collection: 'targets',
  idHeader: unit(TARGET_ID, '文件名'),
  creates: true,
  columns: [
    { ...idColumn(TARGET_ID_HINT), header: unit(TARGET_ID, '文件名') },
    col.text(tl('task'), ['task'], { required: true, hint: 'content/tasks/ 中的文件名，例如 facilities。' }),
    col.number(tl('item'), ['item'], true),
    col.text(tl('title'), ['title'], { required: true }),
    col.text(tl('unit'), ['unit'], { hint: '例如 ㎡、人、%；定性目标留空。' }),
    {
      header: KIND_HEADER, field: 'target.kind', required: true, choices: Object.values(KINDS), hint: '数字：填“目标数值”；区间：填下限和上限；定性：填“目标说明”。',
      read: (raw) => KINDS[String(getAt(raw, ['target', 'kind']))] ?? String(getAt(raw, ['target', 'kind']) ?? ''),
      write: () => undefined,
      owns: (p) => p === 'target' || p === 'target.kind',
    },
    figure(VALUE, 'value'),
    figure(MIN, 'min'),
    figure(MAX, 'max'),
    figure(DESC, 'description'),
    col.list(unit(tl('responsible'), `用“${LIST_SEPARATOR}”分隔`), ['responsible'], { required: true }),
    col.list(unit(tl('cooperating'), `用“${LIST_SEPARATOR}”分隔`), ['cooperating']),
    col.date(unit(tl('deadline'), '年-月-日'), ['deadline']),
    col.text(tl('source.policy'), ['source', 'policy'], { required: true }),
    col.text(tl('source.section'), ['source', 'section'], { required: true }),
    col.text(tl('source.quote'), ['source', 'quote'], { required: true }),
    col.text(tl('note'), ['note']),
    col.bool(unit(tl('newSeats'), '是/否'), ['newSeats']),
    col.list(unit(tl('breakdown'), `用“${LIST_SEPARATOR}”分隔`), ['breakdown']),
    col.text(tl('breakdownUnit'), ['breakdownUnit']),
    col.bool(unit(tl('sample'), '是/否'), ['sample'], { hint: '目标不是出自正式文件（示例数据）时写“是”。' }),
    { ...col.number(tl('order'), ['order'], true), write: (d, c) => {
      const n = cellNumber(c, true);
      if (typeof n === 'object') return n;
      if (n === undefined && getAt(d, ['order']) === undefined) return undefined;
      setAt(d, ['order'], n ?? 0);
      return undefined;
    } },
  ],
  exportRows: (ctx) => orderedTargets(ctx).map(([id, raw]) => ({ id, raw, row: new Map<string, Cell>([[unit(TARGET_ID, '文件名'), id]]) })),
  finish: (draft, row, present) => {
    if (!present.has(KIND_HEADER)) return undefined;
    const k = cellText(row.get(KIND_HEADER));
    const kind = Object.entries(KINDS).find(([en, zh]) => k === zh || k === en)?.[0];
    if (!kind) return { header: KIND_HEADER, problem: `“${k}”不是目标类型。`, fix: `只能写 ${Object.values(KINDS).join('、')}。` };
    const percent = isPercentUnit(cellText(row.get(tl('unit'))));
    const num = (h: string) => cellNumber(row.get(h), false, percent) as number | undefined;
    const t: Raw =
      kind === 'number' ? { kind, value: num(VALUE) } :
      kind === 'range' ? { kind, min: num(MIN), max: num(MAX) } :
      { kind, description: cellText(row.get(DESC)) };
    for (const key of Object.keys(t)) if (t[key] === undefined) delete t[key];
    setAt(draft, ['target'], t);
    return undefined;
  },
  blank: () => ({}),
};

/** Every sheet kind by name. */
export const SHEET_KINDS: Record<SheetKindName, SheetKind> = { kindergartens, fees, report, targets };
