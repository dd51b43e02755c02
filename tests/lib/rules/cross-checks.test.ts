import { describe, expect, it } from 'vitest';
import { checkPolicyRef, Findings, policySlugs, runCrossChecks, type PolicyRefWording } from '../../../src/lib/rules/cross-checks.ts';

describe('runCrossChecks', () => {
  it('runs every rule into one Findings: a file broken by two rules gets one error block; warnings keep their order', () => {
    const r = runCrossChecks([
      (_e, f) => { f.add('a.json', 'x', '', 'p1', 'f1'); f.warn('a.json', 'w1'); },
      (_e, f) => { f.add('b.json', 'y', '', 'p2', 'f2'); f.add('a.json', 'z', '', 'p3', 'f3'); f.warn('b.json', 'w2'); },
    ], {});
    expect(r.errors.map((e) => [e.file, e.issues.map((i) => i.problem)])).toEqual([['a.json', ['x p1', 'z p3']], ['b.json', ['y p2']]]);
    expect(r.warnings).toEqual(['a.json：w1', 'b.json：w2']);
  });
  it('passes the entries to every rule', () => {
    const seen: string[][] = [];
    runCrossChecks([(e) => { seen.push(Object.keys(e)); }, (e) => { seen.push(Object.keys(e)); }], { policies: [] });
    expect(seen).toEqual([['policies'], ['policies']]);
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

describe('checkPolicyRef (the one “does this policy exist?” rule)', () => {
  const policies = ['kunqu-plan', 'fees-2019'];
  it.each<[string, PolicyRefWording, string | undefined]>([
    ['kunqu-plan', {}, undefined],
    ['', {}, undefined],
    ['kunqu-plam', {}, '是不是要写“kunqu-plan”？写 content/policies/ 中已有文件的文件名（不含 .mdx），现有：kunqu-plan、fees-2019。'],
    ['zzz', { meanwhile: '新文件还没上传时先删除这一行' }, '写 content/policies/ 中已有文件的文件名（不含 .mdx），现有：kunqu-plan、fees-2019；新文件还没上传时先删除这一行。'],
    ['zzz', { write: '先把招生通知放进 content/policies/，再写它的文件名（不含 .mdx）', meanwhile: '还没上传时留空' }, '先把招生通知放进 content/policies/，再写它的文件名（不含 .mdx），现有：kunqu-plan、fees-2019；还没上传时留空。'],
  ])('%j %j', (slug, wording, fix) => {
    const f = new Findings();
    checkPolicyRef(f, policies, 'a.json', 'source.policy', '来源文件', slug, wording);
    const issues = f.result().errors.flatMap((e) => e.issues);
    if (fix === undefined) expect(issues).toEqual([]);
    else expect(issues).toEqual([{ field: 'source.policy', label: '来源文件', problem: `来源文件（source.policy） “${slug}”不是本站的政策文件。`, fix }]);
  });
  it('says when there is no policy page at all', () => {
    const f = new Findings();
    checkPolicyRef(f, [], 'a.json', 'policy', '', 'x');
    expect(f.result().errors[0]!.issues[0]!.fix).toBe('写 content/policies/ 中已有文件的文件名（不含 .mdx），现有：（无）。');
  });
  it('policySlugs lists the policy pages by file name', () => {
    expect(policySlugs({ policies: [{ id: 'a', path: 'content/policies/a.mdx', data: {}, body: '' }] })).toEqual(['a']);
    expect(policySlugs({})).toEqual([]);
  });
});
