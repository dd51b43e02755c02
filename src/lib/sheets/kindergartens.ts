/**
 * The 幼儿园 spreadsheet (directory, fees, seats, enrolment) and the fee columns the 收费 sheet reuses. Pure.
 */
import { CLASS_LEVELS, KG_STATUSES, LICENCE_STATUSES, MEAL_FEE_UNITS, TUITION_LEVELS } from '../../schemas/kindergarten.ts';
import { ENROLLMENT_LEVELS } from '../../schemas/enrollment.ts';
import { normalizePhones } from '../core/phone.ts';
import { cellNumber, cellText, fieldKey, getAt, LIST_SEPARATOR, sameJson, setAt, type Cell, type CellProblem, type Raw, type RowCells } from './cells.ts';
import { col } from './columns.ts';
import { unit, kl, ID_HEADER, idColumn, type SheetContext, type SheetColumn, type SheetKind } from './kind.ts';

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
export function finishTuition(draft: Raw, row: RowCells, present: ReadonlySet<string>): (CellProblem & { header: string }) | undefined {
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

export const FEE_COLUMNS: SheetColumn[] = [
  ...TUITION_COLUMNS,
  // An empty fee cell is 未公布 (the page says so), never 0: write 0 only for a fee that really is 0.
  col.number(MEALS_AMOUNT, ['fees', 'meals', 'amount'], false, { hint: '只写数字；单位写在下一列。未公布时这两列都留空（网页显示“未公布”）。' }),
  col.optionalText(unit(kl('fees.meals.unit'), UNITS), ['fees', 'meals', 'unit'], { hint: `只能写 ${UNITS}；伙食费未公布时留空。`, choices: MEAL_FEE_UNITS }),
  col.optionalText(BASIS_DOC, ['fees', 'basis', 'docNumber'], { hint: '现行收费依据的文号，须已登记在 content/fees.json 的收费依据文件中；未公布时文号和执行日期都留空。' }),
  col.date(unit(kl('fees.basis.effectiveOn'), '年-月-日'), ['fees', 'basis', 'effectiveOn'], { hint: '例如 2019-09-01（2019/9/1、2019年9月1日 或日期格式的单元格也可以）。' }),
  col.number(unit(kl('fees.cap'), '元/月'), ['fees', 'cap'], false, { hint: '公办幼儿园应填；保教费不得高于它。未公布时留空。' }),
];

export function kgRows(ctx: SheetContext) {
  return [...ctx.kindergartens].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, raw]) => ({ id, raw, row: new Map<string, Cell>([[ID_HEADER, id]]) }));
}

/** The kindergarten's 招生 block (招生范围, 招生计划 by level, 在园时间, 说明): blank cells leave it out. */
const ENROLLMENT_COLUMNS: SheetColumn[] = [
  col.text(kl('enrollment.catchment'), ['enrollment', 'catchment'], { hint: '本园今年的招生范围（小区、街道），按招生通知填写；没有公布就留空。' }),
  ...ENROLLMENT_LEVELS.map((l) => col.number(unit(kl(`enrollment.plan.${l}`), '人'), ['enrollment', 'plan', l], true, { hint: `今年${l}计划招收的人数，按招生通知填写；没有公布就留空。` })),
  col.text(kl('enrollment.hours'), ['enrollment', 'hours'], { hint: '例如 周一至周五 7:30–17:30；没有公布就留空。' }),
  col.text(kl('enrollment.note'), ['enrollment', 'note']),
];

const KG_ID_HINT = '文件名（不含 .json），也是网页网址：只用小写英文字母、数字和连字符，例如 dongcheng-1。已发布的不要改。';

/** The 幼儿园 sheet: directory, fees, seats and enrolment of every kindergarten (creates new files). */
export const kindergartens: SheetKind = {
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


