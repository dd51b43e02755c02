import { describe, expect, it } from 'vitest';
import type { Raw } from '../../../src/lib/sheets/cells.ts';
import { isPercentUnit, orderedTargets, TARGET_ID, targets } from '../../../src/lib/sheets/targets.ts';

describe('isPercentUnit', () => {
  it.each([
    ['%', true], ['％', true], [' % ', true], ['所', false], ['', false], ['%%', false], ['百分比', false], [undefined, false], [85, false], [null, false],
  ])('isPercentUnit(%j) = %j', (u, want) => expect(isPercentUnit(u)).toBe(want));
});

describe('orderedTargets', () => {
  const ctx = (tasks: Record<string, Raw>, targetList: Record<string, Raw>) => ({
    kindergartens: new Map(), reports: new Map(), tasks: new Map(Object.entries(tasks)), targets: new Map(Object.entries(targetList)),
  });
  const ids = (tasks: Record<string, Raw>, targetList: Record<string, Raw>) => orderedTargets(ctx(tasks, targetList)).map(([id]) => id);
  it.each([
    ['no targets', {}, {}, []],
    ['by task order, then target order, then file name',
      { a: { order: 2 }, b: { order: 1 } },
      { 'a-1': { task: 'a', order: 1 }, 'b-2': { task: 'b', order: 2 }, 'b-1': { task: 'b', order: 1 }, 'a-0': { task: 'a', order: 1 } },
      ['b-1', 'b-2', 'a-0', 'a-1']],
    ['a missing order is 0 (the schema’s default, raw files carry none)',
      { t: {} },
      { y: { task: 't', order: 1 }, x: { task: 't' }, w: { task: 't', order: 0 } },
      ['w', 'x', 'y']],
    ['a target of a task that does not exist comes last',
      { t: { order: 5 } },
      { lost: { task: 'gone', order: 0 }, kept: { task: 't', order: 9 } },
      ['kept', 'lost']],
    ['tasks of equal order by file name', { b: { order: 1 }, a: { order: 1 } }, { 'b-x': { task: 'b' }, 'a-x': { task: 'a' } }, ['a-x', 'b-x']],
  ])('%s', (_, tasks, targetList, want) => expect(ids(tasks, targetList)).toEqual(want));
  it('returns each target with its raw record', () => {
    const raw = { task: 't', title: '新增普惠性学位' };
    expect(orderedTargets(ctx({ t: {} }, { 'x-1': raw }))).toEqual([['x-1', raw]]);
  });
});

describe('the 目标 sheet', () => {
  it('names its file column after TARGET_ID (the 月报 sheet’s target column), first', () => {
    expect(targets.idHeader).toBe(`${TARGET_ID}（文件名）`);
    expect(targets.columns[0]!.header).toBe(targets.idHeader);
  });
});
