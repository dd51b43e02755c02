import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-errors.ts';
import { runCrossChecks } from '../../src/lib/cross-checks.ts';

describe('runCrossChecks', () => {
  it('concatenates errors and warnings of every rule, in order', () => {
    const e = new ContentError('a.json', [{ field: 'x', label: '', problem: 'p', fix: 'f' }]);
    const r = runCrossChecks([() => ({ errors: [e], warnings: ['w1'] }), () => ({ errors: [], warnings: ['w2'] })], {});
    expect(r.errors).toEqual([e]);
    expect(r.warnings).toEqual(['w1', 'w2']);
  });
  it('no rules, no findings', () => expect(runCrossChecks([], {})).toEqual({ errors: [], warnings: [] }));
});
