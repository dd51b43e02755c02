import { describe, expect, it } from 'vitest';
import type { Cell, Column, Raw } from '../../../src/lib/sheets/cells.ts';
import { col } from '../../../src/lib/sheets/columns.ts';

/** Writes `cell` into a copy of `raw` through `column`; returns the problem and the record after. */
function write(column: Column, raw: Raw, cell: Cell) {
  const draft = structuredClone(raw);
  const problem = column.write(draft, cell, new Map());
  return { problem, draft };
}
const BLANK = (header: string) => ({ problem: '不能为空。', fix: `填写“${header}”。` });

describe('col.text', () => {
  const req = col.text('全称', ['name'], { required: true });
  const opt = col.text('地址', ['address']);
  it.each([
    [req, {}, ' 示例第一幼儿园 ', undefined, { name: '示例第一幼儿园' }],
    [req, { name: '旧名' }, '', BLANK('全称'), { name: '旧名' }],
    [opt, {}, '', undefined, {}],
    [opt, { address: '旧址' }, null, undefined, { address: '' }],
    [opt, {}, 17, undefined, { address: '17' }],
  ])('%#: write', (c, raw, cell, problem, after) => expect(write(c, raw, cell)).toEqual({ problem, draft: after }));
  it.each([
    [{ name: '甲' }, '甲'], [{}, ''], [{ name: 3 }, '3'],
  ])('read(%j) = %j', (raw, want) => expect(req.read(raw)).toBe(want));
});

describe('col.optionalText', () => {
  const c = col.optionalText('收费依据·文号', ['fees', 'basis', 'docNumber']);
  it.each([
    [{}, '某〔2024〕2号', undefined, { fees: { basis: { docNumber: '某〔2024〕2号' } } }],
    [{ fees: { basis: { docNumber: '旧' } } }, ' ', undefined, { fees: { basis: {} } }],
    [{}, '', undefined, {}],
  ])('%#: write', (raw, cell, problem, after) => expect(write(c, raw, cell)).toEqual({ problem, draft: after }));
  it('reads an absent value as empty', () => expect(c.read({})).toBe(''));
});

describe('col.date', () => {
  const req = col.date('统计截止日期', ['asOf'], { required: true });
  const opt = col.date('开园日期', ['opensOn']);
  it.each([
    [opt, {}, '2024/9/1', undefined, { opensOn: '2024-09-01' }],
    [opt, {}, new Date(Date.UTC(2024, 8, 1)), undefined, { opensOn: '2024-09-01' }],
    [opt, { opensOn: '2024-09-01' }, '', undefined, {}],
    [req, { asOf: '2024-09-01' }, null, BLANK('统计截止日期'), { asOf: '2024-09-01' }],
    [opt, {}, '9/1/2024', { problem: '看不出“9/1/2024”是哪年哪月哪日。', fix: '写成“年-月-日”，四位年份在前，例如 2024-09-01（Excel 中写 2024/9/1 也可以）。' }, {}],
  ])('%#: write', (c, raw, cell, problem, after) => expect(write(c, raw, cell)).toEqual({ problem, draft: after }));
});

describe('col.number: nothing unknown becomes 0', () => {
  const int = col.number('班级数', ['classes'], true, { required: true });
  const opt = col.number('核定收费上限', ['fees', 'cap'], false);
  it.each([
    [opt, {}, '450', undefined, { fees: { cap: 450 } }],
    [opt, { fees: { cap: 450 } }, '', undefined, { fees: {} }],
    [opt, {}, '', undefined, {}],
    [opt, {}, '0', undefined, { fees: { cap: 0 } }],
    [int, { classes: 6 }, '', BLANK('班级数'), { classes: 6 }],
    [int, {}, '2.5', { problem: '应为整数，收到“2.5”。', fix: '写整数，例如 6。' }, {}],
    [opt, {}, '450元', { problem: '应为数字，收到“450元”。', fix: '只写数字，不写单位、逗号或文字，例如 450。' }, {}],
  ])('%#: write', (c, raw, cell, problem, after) => expect(write(c, raw, cell)).toEqual({ problem, draft: after }));
  it.each([
    [{ fees: { cap: 450 } }, 450], [{}, ''], [{ fees: { cap: '450' } }, '450'],
  ])('read(%j) = %j', (raw, want) => expect(opt.read(raw)).toBe(want));
  it('is numeric', () => expect(opt.numeric).toBe(true));
});

describe('col.bool', () => {
  const c = col.bool('示例数据标记（是/否）', ['sample']);
  it.each([
    [{}, '否', undefined, {}],
    [{}, '', undefined, {}],
    [{}, '是', undefined, { sample: true }],
    [{ sample: true }, '否', undefined, { sample: false }],
    [{ sample: true }, '', undefined, { sample: false }],
    [{}, '对', { problem: '只能写“是”或“否”，收到“对”。', fix: '写 是 或 否。' }, {}],
  ])('%#: write', (raw, cell, problem, after) => expect(write(c, raw, cell)).toEqual({ problem, draft: after }));
  it.each([[{ sample: true }, '是'], [{ sample: false }, '否'], [{}, '否'], [{ sample: '是' }, '否']])('read(%j) = %s', (raw, want) => expect(c.read(raw)).toBe(want));
  it('offers 是 and 否 unless told otherwise', () => expect(c.choices).toEqual(['是', '否']));
});

describe('col.list', () => {
  const req = col.list('责任单位', ['responsible'], { required: true });
  const opt = col.list('配合单位', ['cooperating']);
  it.each([
    [req, {}, '教育局；财政局', undefined, { responsible: ['教育局', '财政局'] }],
    [req, { responsible: ['教育局'] }, '', BLANK('责任单位'), { responsible: ['教育局'] }],
    [opt, {}, '', undefined, {}],
    [opt, { cooperating: ['财政局'] }, '', undefined, { cooperating: [] }],
    [opt, {}, '各责任单位、部门', undefined, { cooperating: ['各责任单位、部门'] }],
  ])('%#: write', (c, raw, cell, problem, after) => expect(write(c, raw, cell)).toEqual({ problem, draft: after }));
  it.each([[{ cooperating: ['甲', '乙'] }, '甲；乙'], [{}, ''], [{ cooperating: '甲' }, '']])('read(%j) = %j', (raw, want) => expect(opt.read(raw)).toBe(want));
});

describe('which validator paths a column owns', () => {
  const c = col.number('保教费', ['fees', 'tuition'], false);
  it.each([
    ['fees.tuition', true], ['fees.tuition[0].amount', true], ['fees.tuitionNote', false], ['fees', false], ['fees.cap', false],
  ])('owns(%s) = %j', (p, want) => expect(c.owns!(p, {})).toBe(want));
  it('field is the dotted path; options are kept', () => {
    const t = col.text('单位', ['unit'], { hint: '例如 所', choices: ['所', '人'] });
    expect(t).toMatchObject({ header: '单位', field: 'unit', hint: '例如 所', choices: ['所', '人'] });
  });
});
