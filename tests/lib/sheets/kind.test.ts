import { describe, expect, it } from 'vitest';
import { ID_HEADER, idColumn, kl, rl, SHEET_KIND_NAMES, tl, unit, VIEW } from '../../../src/lib/sheets/kind.ts';

describe('unit', () => {
  it.each([
    ['保教费', '元/月', '保教费（元/月）'],
    ['全称', VIEW, '全称（仅供查看）'],
    ['', '人', '（人）'],
  ])('unit(%j, %j) = %j', (label, u, want) => expect(unit(label, u)).toBe(want));
});

describe('labels of field paths', () => {
  it.each([
    [kl, 'name', '全称'],
    [kl, 'fees.tuition', '保教费'],
    [kl, 'fees.cap', '核定收费上限'],
    [tl, 'unit', '单位'],
    [tl, 'target.value', '目标数值'],
  ])('%#: label of %s', (fn, path, want) => expect(fn(path)).toBe(want));
  it.each([
    [kl, 'noSuchField'],
    [tl, 'fees.cap'],
    [rl, 'name'],
  ])('%#: a path without a label is a programming error that names it', (fn, path) => {
    expect(() => fn(path)).toThrowError(`字段 ${path} 没有中文标签（src/schemas/ 的 labels）`);
  });
  it('rl reads the report labels', () => expect(rl('month')).toMatch(/月/));
});

describe('idColumn', () => {
  const c = idColumn('文件名（不含 .json）');
  it('is the required file-name column, with the hint given', () => {
    expect(c).toMatchObject({ header: ID_HEADER, field: '（文件名）', required: true, hint: '文件名（不含 .json）' });
  });
  it('is never read from nor written into a record', () => {
    const draft = { name: '甲' };
    expect(c.read({ name: '甲' })).toBe('');
    expect(c.write(draft, 'some-id', new Map())).toBeUndefined();
    expect(draft).toEqual({ name: '甲' });
  });
  it.each([['（文件名）', true], ['name', false], ['', false]])('owns(%j) = %j', (p, want) => expect(c.owns!(p, {})).toBe(want));
});

describe('SHEET_KIND_NAMES', () => {
  it('lists four kinds, once each', () => {
    expect(new Set(SHEET_KIND_NAMES).size).toBe(SHEET_KIND_NAMES.length);
    expect([...SHEET_KIND_NAMES].sort()).toEqual(['fees', 'kindergartens', 'report', 'targets']);
  });
});
