import { describe, expect, it } from 'vitest';
import { checkPolicies as policies, contentRules, runContentRules } from '../../../src/lib/rules/content-rules.ts';
import { runCrossChecks, type AllEntries } from '../../../src/lib/rules/cross-checks.ts';
import type { ValidEntry } from '../../../src/lib/content/validate.ts';

const policy = (id: string, supersededBy?: string): ValidEntry => ({
  id,
  path: `content/policies/${id}.mdx`,
  data: { title: id, ...(supersededBy ? { supersededBy } : {}) },
  body: '',
});

const checkPolicies = (e: AllEntries) => runCrossChecks([policies], e);

describe('checkPolicies', () => {
  it('a supersededBy naming another policy passes', () => expect(checkPolicies({ policies: [policy('old', 'new'), policy('new')] })).toEqual({ errors: [], warnings: [] }));
  it.each([
    [[policy('old', 'neww'), policy('new')], '被替代文件（supersededBy） “neww”不是本站的政策文件。', '是不是要写“new”？写 content/policies/ 中已有文件的文件名（不含 .mdx），现有：old、new；新文件还没上传时先删除这一行。'],
    [[policy('old', 'kunqu-2030')], '被替代文件（supersededBy） “kunqu-2030”不是本站的政策文件。', '写 content/policies/ 中已有文件的文件名（不含 .mdx），现有：old；新文件还没上传时先删除这一行。'],
    [[policy('old', 'old')], '被替代文件（supersededBy） 不能是本文件自己（“old”）。', '写替代它的那份新文件的文件名（不含 .mdx）；没有新文件就删除这一行。'],
  ])('%#: refused on the policy file with field and fix', (policies, problem, fix) => {
    const r = checkPolicies({ policies });
    expect(r.errors.map((e) => [e.file, e.issues])).toEqual([['content/policies/old.mdx', [{ field: 'supersededBy', label: '被替代文件', problem, fix }]]]);
  });
});

describe('contentRules', () => {
  it('lists every rule once, in order, with a Chinese label', () => {
    const rules = contentRules();
    expect(rules.map((r) => r.id)).toEqual([
      'policies', 'plan-references', 'report-months', 'report-values', 'reports-decreasing', 'streets', 'kindergarten-types', 'fee-documents',
      'kindergarten-ids', 'kindergarten-names', 'kindergarten-type', 'kindergarten-street', 'kindergarten-sample-street',
      'kindergarten-fee-documents', 'kindergarten-cap-given', 'kindergarten-over-cap', 'kindergarten-tuition-levels',
      'kindergarten-fee-history', 'kindergarten-current-fee', 'kindergarten-enrolled', 'kindergarten-class-size',
      'kindergarten-project', 'fee-adjustments', 'kindergarten-closed', 'kindergarten-opening', 'kindergarten-status-note', 'enrollment', 'enrollment-plans', 'publishing',
      'kindergartens-deleted',
    ]);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(new Set(rules.map((r) => r.check)).size).toBe(rules.length);
    for (const r of rules) expect(r.label).toMatch(/[\u4e00-\u9fff]/);
  });
  it('runContentRules runs them all: the supersededBy rule now stops validate, not the page build', () => {
    const r = runContentRules({ policies: [policy('old', 'gone')] });
    expect(r.errors.map((e) => e.file)).toEqual(['content/policies/old.mdx']);
  });
});
