import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/content/errors.ts';
import { Findings, runCrossChecks } from '../../../src/lib/rules/cross-checks.ts';

describe('runCrossChecks', () => {
  it('concatenates errors and warnings of every rule, in order', () => {
    const e = new ContentError('a.json', [{ field: 'x', label: '', problem: 'p', fix: 'f' }]);
    const r = runCrossChecks([() => ({ errors: [e], warnings: ['w1'] }), () => ({ errors: [], warnings: ['w2'] })], {});
    expect(r.errors).toEqual([e]);
    expect(r.warnings).toEqual(['w1', 'w2']);
  });
  it('no rules, no findings', () => expect(runCrossChecks([], {})).toEqual({ errors: [], warnings: [] }));
});

describe('Findings (the one reporting helper of every rule)', () => {
  it('groups issues per file in first-seen order and prefixes the field', () => {
    const f = new Findings();
    f.add('b.json', 'type', '类型', '“x”不存在。', '改正。');
    f.push('a.json', { field: 'month', label: '月份', problem: '月份（month）重复。', fix: '合并。' });
    f.add('b.json', 'street', '', '“y”不存在。', '改正。');
    f.warn('c.json', '注意');
    const r = f.result();
    expect(r.errors.map((e) => [e.file, e.issues.map((i) => i.problem)])).toEqual([
      ['b.json', ['类型（type） “x”不存在。', 'street “y”不存在。']],
      ['a.json', ['月份（month）重复。']],
    ]);
    expect(r.warnings).toEqual(['c.json：注意']);
  });
});
