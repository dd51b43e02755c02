/**
 * The 目标 spreadsheet: the plan's targets, in page order. Pure.
 */
import { targetOrder } from '../progress/order.ts';
import { cellNumber, cellText, getAt, LIST_SEPARATOR, setAt, type Cell, type Raw } from './cells.ts';
import { col } from './columns.ts';
import { unit, tl, idColumn, type SheetContext, type SheetColumn, type SheetKind } from './kind.ts';

/** Header of the column naming a target's file. */
export const TARGET_ID = '目标编号';
/** True for a target unit of per cent: its cells may be written 85% (read as 85). */
export const isPercentUnit = (u: unknown) => typeof u === 'string' && /^[%％]$/.test(u.trim());

/** Target ids and titles in the order the progress pages show them (task order, then target order). */
export function orderedTargets(ctx: SheetContext): [string, Raw][] {
  // Raw files (no schema defaults): a missing order is the schema's default 0.
  const order = (raw: Raw | undefined) => Number(getAt(raw, ['order']) ?? 0);
  const compare = targetOrder([...ctx.tasks].map(([id, t]) => ({ id, order: order(t) })));
  const facts = ([id, t]: [string, Raw]) => ({ id, task: String(t.task), order: order(t) });
  return [...ctx.targets].sort((a, b) => compare(facts(a), facts(b)));
}


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

/** The 目标 sheet: the plan's targets (creates new files). */
export const targets: SheetKind = {
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

