import { describe, expect, it } from 'vitest';
import type { AllEntries } from '../../../src/lib/rules/cross-checks.ts';
import { checkPlanReferences as planReferences, checkReportMonths, checkReportValues, warnDecreasingValues as decreasing } from '../../../src/lib/rules/progress.ts';
import { runCrossChecks } from '../../../src/lib/rules/cross-checks.ts';

const checkPlanReferences = (e: AllEntries) => runCrossChecks([planReferences], e);
// Both report rules (months, then figures), as contentRules() runs them.
const checkReports = (e: AllEntries) => runCrossChecks([checkReportMonths, checkReportValues], e);
const warnDecreasingValues = (e: AllEntries) => runCrossChecks([decreasing], e);

const POLICY = 'kunqu-plan';
const entry = (dir: string, id: string, data: unknown) => ({ id, path: `content/${dir}/${id}.json`, data, body: '' });
const task = (id: string, policy = POLICY) => entry('tasks', id, { label: '（一）', title: 't', shortTitle: 't', source: { policy, section: '三' }, order: 1 });
const target = (id: string, extra: Record<string, unknown> = {}) =>
  entry('targets', id, {
    task: 'staffing', title: id, unit: '人', target: { kind: 'number', value: 10 }, responsible: ['区教育局'], cooperating: [],
    source: { policy: POLICY, section: '三', quote: 'q' }, note: '', newSeats: false, breakdown: [], breakdownUnit: '', order: 0, ...extra,
  });
const report = (id: string, data: Record<string, unknown>) => entry('reports', id, { month: id.slice(0, 7), asOf: `${id.slice(0, 7)}-30`, note: '', values: {}, notes: {}, breakdown: {}, sample: false, ...data });
const milestone = (id: string, extra: Record<string, unknown> = {}) =>
  entry('milestones', id, { title: 'm', planned: '', status: '未到', source: { policy: POLICY, section: 's', quote: 'q' }, note: '', order: 0, sample: false, ...extra });

function base(extra: Partial<AllEntries> = {}): AllEntries {
  return {
    policies: [{ id: POLICY, path: `content/policies/${POLICY}.mdx`, data: {}, body: '' }],
    tasks: [task('staffing')],
    targets: [
      target('teachers-jiaoban'),
      target('unified-meal-fee', { unit: '', target: { kind: 'qualitative', description: 'd' } }),
      target('unlicensed', { unit: '', target: { kind: 'qualitative', description: 'd' }, breakdown: ['准入', '整改', '取缔'] }),
    ],
    reports: [],
    milestones: [],
    ...extra,
  };
}
const messages = (r: { errors: Error[] }) => r.errors.map((e) => e.message).join('\n\n');

describe('checkPlanReferences', () => {
  it('accepts consistent content', () => {
    expect(checkPlanReferences(base({ milestones: [milestone('m', { document: { title: 'd', policy: POLICY } })] }))).toEqual({ errors: [], warnings: [] });
  });
  it('names every broken reference with its file, field and fix', () => {
    const r = checkPlanReferences(base({
      tasks: [task('staffing'), task('fees', 'kunqu-plam')],
      targets: [target('a', { task: 'staffinq' }), target('b', { task: 'zzz', source: { policy: 'nope', section: 's', quote: 'q' } })],
      milestones: [milestone('m', { source: { policy: 'x', section: 's', quote: 'q' }, document: { title: 'd', policy: 'y' } })],
    }));
    expect(messages(r)).toMatchInlineSnapshot(`
      "✖ 内容错误：content/tasks/fees.json
        · 来源文件（source.policy） “kunqu-plam”不是本站的政策文件。
          修改方法：是不是要写“kunqu-plan”？写 content/policies/ 中已有文件的文件名（不含 .mdx），现有：kunqu-plan。

      ✖ 内容错误：content/targets/a.json
        · 所属任务（task）“staffinq”不存在。
          修改方法：是不是要写“staffing”？写 content/tasks/ 中已有文件的文件名（不含 .json）：staffing、fees。

      ✖ 内容错误：content/targets/b.json
        · 所属任务（task）“zzz”不存在。
          修改方法：写 content/tasks/ 中已有文件的文件名（不含 .json）：staffing、fees。
        · 来源文件（source.policy） “nope”不是本站的政策文件。
          修改方法：写 content/policies/ 中已有文件的文件名（不含 .mdx），现有：kunqu-plan。

      ✖ 内容错误：content/milestones/m.json
        · 来源文件（source.policy） “x”不是本站的政策文件。
          修改方法：写 content/policies/ 中已有文件的文件名（不含 .mdx），现有：kunqu-plan。
        · 依据文件网址名（document.policy） “y”不是本站的政策文件。
          修改方法：写 content/policies/ 中已有文件的文件名（不含 .mdx），现有：kunqu-plan。"
    `);
  });
  it('says so when there are no task files at all', () => {
    expect(messages(checkPlanReferences(base({ tasks: [] })))).toContain('（还没有任务文件）');
  });
  it('an empty content folder has nothing to check', () => expect(checkPlanReferences({})).toEqual({ errors: [], warnings: [] }));
});

describe('checkReports', () => {
  const check = (...reports: ReturnType<typeof report>[]) => messages(checkReports(base({ reports })));

  it('accepts a good report', () => {
    expect(check(report('2024-06', { values: { 'teachers-jiaoban': 5, 'unified-meal-fee': true }, notes: { 'teachers-jiaoban': 'n' }, breakdown: { unlicensed: { 准入: 1 } } }))).toBe('');
  });

  it.each([
    ['unknown target id in values', report('2024-06', { values: { 'teachers-jiaoba': 5 } }), ['content/reports/2024-06.json', '完成数（values）中的目标编号“teachers-jiaoba”不存在', '是不是要写“teachers-jiaoban”？']],
    ['unknown target id in notes', report('2024-06', { notes: { ghost: 'x' } }), ['分项说明（notes）中的目标编号“ghost”不存在', 'content/targets/ 中的文件名']],
    ['unknown target id in breakdown', report('2024-06', { breakdown: { ghost: { 准入: 1 } } }), ['分类统计（breakdown）中的目标编号“ghost”不存在']],
    ['number for a qualitative target', report('2024-06', { values: { 'unified-meal-fee': 1 } }), ['完成数（values.unified-meal-fee）是 数字 1，但目标“unified-meal-fee”要求true（已完成）或 false（未完成）', '定性目标写 true']],
    ['true/false for a number target', report('2024-06', { values: { 'teachers-jiaoban': true } }), ['是 true/false（true），但目标“teachers-jiaoban”要求数字（累计完成数）', '写累计完成数']],
    ['breakdown for a target without categories', report('2024-06', { breakdown: { 'teachers-jiaoban': { 准入: 1 } } }), ['没有分类统计项', '删除 breakdown 中的 "teachers-jiaoban"']],
    ['unknown breakdown category', report('2024-06', { breakdown: { unlicensed: { 准人: 1 } } }), ['“准人”不是该目标的分类', '是不是要写“准入”？只能写：准入、整改、取缔。']],
    ['file name not starting with its month', report('2024-07', { month: '2024-06', asOf: '2024-06-30' }), ['月份（month）是 2024-06，文件名却是 2024-07.json', '改名为 2024-06.json']],
    ['as-of date outside the month', report('2024-06', { asOf: '2024-07-05' }), ['统计截止日期（asOf）2024-07-05 不在月份 2024-06 之内']],
  ] as const)('%s', (_name, r, parts) => {
    const msg = check(r);
    for (const p of parts) expect(msg).toContain(p);
  });

  it('a duplicate month names both files and the field', () => {
    expect(check(report('2024-06-b', { month: '2024-06' }), report('2024-06', {}))).toMatchInlineSnapshot(`
      "✖ 内容错误：content/reports/2024-06-b.json
        · 月份（month）2024-06 与 content/reports/2024-06.json 重复，同一个月只能有一份月报。
          修改方法：把两份月报合并为一份，或改正其中一份的月份。"
    `);
  });

  it('collects every problem of a file in one error', () => {
    const r = checkReports(base({ reports: [report('2024-06', { asOf: '2024-05-31', values: { a: 1, b: 2 } })] }));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.issues.map((i) => i.field)).toEqual(['asOf', 'values.a', 'values.b']);
  });
});

describe('warnDecreasingValues', () => {
  it('warns when a cumulative value goes down, not when it stays or rises', () => {
    const r = warnDecreasingValues(base({
      reports: [
        report('2024-05', { values: { 'teachers-jiaoban': 8, 'unified-meal-fee': true } }),
        report('2024-04', { values: { 'teachers-jiaoban': 5 } }),
        report('2024-06', { values: { 'teachers-jiaoban': 7, 'unified-meal-fee': false } }),
      ],
    }));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      'content/reports/2024-06.json：目标“teachers-jiaoban”的累计完成数从 8（content/reports/2024-05.json）减少到 7。完成数是累计数，一般不会减少；如是更正，请在 notes 中说明原因。',
    ]);
  });
});

