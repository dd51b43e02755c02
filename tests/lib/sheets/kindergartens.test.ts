import { describe, expect, it } from 'vitest';
import { FEE_COLUMNS, finishTuition, kgRows, tuitionHeader } from '../../../src/lib/sheets/kindergartens.ts';
import type { Cell, Raw } from '../../../src/lib/sheets/cells.ts';
import { ID_HEADER } from '../../../src/lib/sheets/kind.ts';
import { TUITION_LEVELS } from '../../../src/schemas/kindergarten.ts';

describe('tuitionHeader', () => {
  it('tuition headers per level', () => {
    expect([tuitionHeader('全部'), tuitionHeader('小班')]).toEqual(['保教费（元/月）', '保教费·小班（元/月）']);
  });
  it('one distinct header per level, each a FEE_COLUMNS header', () => {
    const headers = TUITION_LEVELS.map(tuitionHeader);
    expect(new Set(headers).size).toBe(TUITION_LEVELS.length);
    const fee = new Set(FEE_COLUMNS.map((c) => c.header));
    expect(headers.filter((h) => !fee.has(h))).toEqual([]);
  });
});

describe('finishTuition', () => {
  const ALL_TUITION = new Set(TUITION_LEVELS.map(tuitionHeader));
  const row = (cells: Record<string, Cell>) => new Map<string, Cell>(Object.entries(cells));
  const finish = (fees: Raw, cells: Record<string, Cell>, present: ReadonlySet<string> = ALL_TUITION) => {
    const draft: Raw = { fees: structuredClone(fees) };
    const problem = finishTuition(draft, row(cells), present);
    return { problem, fees: draft.fees };
  };

  it.each([
    ['levels written: rebuilt in level order', { tuition: [{ level: '全部', amount: 500 }] }, { [tuitionHeader('中班')]: 400, [tuitionHeader('小班')]: '420' },
      { tuition: [{ level: '小班', amount: 420 }, { level: '中班', amount: 400 }] }],
    ['every 保教费 cell empty: 未公布, never 0', { tuition: [{ level: '全部', amount: 500 }], cap: 450 }, {}, { cap: 450 }],
    ['the same set in another order: the file’s order is kept', { tuition: [{ level: '中班', amount: 400 }, { level: '小班', amount: 420 }] },
      { [tuitionHeader('小班')]: 420, [tuitionHeader('中班')]: 400 }, { tuition: [{ level: '中班', amount: 400 }, { level: '小班', amount: 420 }] }],
    ['a malformed amount (its column reports it): tuition left alone', { tuition: [{ level: '全部', amount: 500 }] }, { [tuitionHeader('全部')]: '五百' },
      { tuition: [{ level: '全部', amount: 500 }] }],
    ['empty 伙食费 and 收费依据 objects are dropped', { meals: {}, basis: {} }, {}, {}],
  ])('%s', (_, fees, cells, want) => {
    const r = finish(fees, cells);
    expect(r.problem).toBeUndefined();
    expect(r.fees).toEqual(want);
  });

  it('a sheet without any 保教费 column (another kind of sheet) leaves tuition as it is', () => {
    expect(finish({ tuition: [{ level: '全部', amount: 500 }] }, {}, new Set(['网址名（文件名）']))).toEqual({ problem: undefined, fees: { tuition: [{ level: '全部', amount: 500 }] } });
  });

  it.each([
    [{ meals: { unit: '元/天' } }, { header: '伙食费·金额（元）', problem: '写了伙食费单位，没有金额。', fix: '填写伙食费金额（只写数字）；伙食费未公布时金额和单位两列都留空。' }],
    [{ basis: { effectiveOn: '2024-09-01' } }, { header: '收费依据·文号', problem: '写了收费依据的执行日期，没有文号。', fix: '填写收费依据的文号；收费依据未公布时文号和执行日期两列都留空。' }],
  ])('half a pair is a slip, named by its missing cell: %j', (fees, problem) => expect(finish(fees, {}).problem).toEqual(problem));
});

describe('kgRows', () => {
  const ctx = (ids: string[]) => ({ kindergartens: new Map(ids.map((id) => [id, { name: `幼儿园${id}` }])), reports: new Map(), targets: new Map(), tasks: new Map() });
  it.each([
    [[], []],
    [['b', 'a', 'c-2', 'c-10'], ['a', 'b', 'c-10', 'c-2']],
  ])('rows of %j sorted by file name: %j', (ids, want) => {
    const rows = kgRows(ctx(ids));
    expect(rows.map((r) => r.id)).toEqual(want);
    for (const r of rows) {
      expect(r.raw).toEqual({ name: `幼儿园${r.id}` });
      expect([...r.row]).toEqual([[ID_HEADER, r.id]]);
    }
  });
});
