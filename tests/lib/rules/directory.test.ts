import { describe, expect, it } from 'vitest';
import { checkFeeAdjustmentCount, checkFeeDocuments, checkKindergartenTypes, checkStreets } from '../../../src/lib/rules/directory.ts';
import { runCrossChecks, type AllEntries, type CrossCheck } from '../../../src/lib/rules/cross-checks.ts';
import { STREETS, TYPES } from '../../helpers/kindergartens.ts';
import { DOC, entry, fees, kgEntry, world } from '../../helpers/rule-entries.ts';

const checkDirectoryFiles = (w: AllEntries) => runCrossChecks([checkStreets, checkKindergartenTypes, checkFeeDocuments], w);
const run = (check: CrossCheck, w: AllEntries) => runCrossChecks([check], w);
const message = (check: CrossCheck, w: AllEntries) => run(check, w).errors.map((e) => e.message).join('\n');

describe('checkStreets, checkKindergartenTypes, checkFeeDocuments', () => {
  it('shipped-like files pass', () => expect(checkDirectoryFiles(world([]))).toEqual({ errors: [], warnings: [] }));
  it('nothing to check without the files', () => expect(checkDirectoryFiles({})).toEqual({ errors: [], warnings: [] }));
  it('repeated street and type ids and names', () => {
    const msg = checkDirectoryFiles(world([], {
      streets: [entry('content/streets.json', { streets: [...STREETS, { id: 'dong', name: '示例西街道', sample: true }] })],
      kindergartenTypes: [entry('content/kindergarten-types.json', { types: [...TYPES, { ...TYPES[0]!, id: 'other' }, { ...TYPES[1]!, name: '其他' }] })],
    })).errors.map((e) => e.message).join('\n');
    expect(msg).toMatchInlineSnapshot(`
      "✖ 内容错误：content/streets.json
        · 街道/乡镇网址名（streets[3].id） “dong”与第 1 个街道/乡镇重复。
          修改方法：每个街道/乡镇的 id 必须不同，它会出现在筛选网址中。
        · 街道/乡镇名称（streets[3].name） “示例西街道”与第 2 个街道/乡镇重复。
          修改方法：删除重复的一项。
      ✖ 内容错误：content/kindergarten-types.json
        · 类型网址名（types[5].id） “baogang”与第 2 个类型重复。
          修改方法：每个类型的 id 必须不同，它会出现在筛选网址中。
        · 类型名称（types[4].name） “教办公办”与第 1 个类型重复。
          修改方法：删除重复的一项。"
    `);
  });
  it('fee documents: repeats, policy references, the adjustment document', () => {
    const base = fees();
    const msg = checkDirectoryFiles(world([], {
      feeConfig: [entry('content/fees.json', fees({
        documents: [...base.documents, { ...base.documents[0]!, citedIn: [{ policy: 'nope', section: '三' }] }, { ...base.documents[1]!, id: 'x', policy: 'gone' }],
        rules: [{ heading: '公办', quote: '……', source: { policy: 'plan', section: '三' }, appliesTo: [], pricing: '' }, { heading: '民办', quote: '……', source: { policy: 'missing', section: '三' }, appliesTo: [], pricing: '' }],
        meals: { appliesTo: ['公办'], amount: 16, unit: '元/天', status: '研究中', source: { policy: 'meal-plan', section: '三' }, sample: true },
        adjustments: { docNumber: '未登记', expected: 9, source: { policy: 'plan', section: '三' } },
      }))],
    })).errors.map((e) => e.message).join('\n');
    for (const part of [
      '收费依据·网址名（documents[2].id） “moufagai-2015-203”与第 1 个文件重复', '收费依据·文号（documents[2].docNumber） “某发改费字〔2015〕203号”与第 1 个文件重复',
      '出处文件（documents[2].citedIn[0].policy） “nope”不是本站的政策文件', '出处文件（documents[3].policy） “gone”', '出处文件（rules[1].source.policy） “missing”',
      '出处文件（meals.source.policy） “meal-plan”', '现有：plan', '收费调整·文号（adjustments.docNumber） “未登记”不在收费依据文件（documents）中',
    ]) expect(msg).toContain(part);
  });
});

describe('each directory rule alone', () => {
  it.each([
    ['checkStreets', checkStreets],
    ['checkKindergartenTypes', checkKindergartenTypes],
    ['checkFeeDocuments', checkFeeDocuments],
    ['checkFeeAdjustmentCount', checkFeeAdjustmentCount],
  ] as const)('%s: nothing to check in an empty world, no finding in a valid one', (_, check) => {
    expect(run(check, {})).toEqual({ errors: [], warnings: [] });
    expect(run(check, world([kgEntry('a')]))).toEqual({ errors: [], warnings: [] });
  });
  it('checkStreets reads only streets.json: repeated type ids are not its business', () => {
    const w = world([], { kindergartenTypes: [entry('content/kindergarten-types.json', { types: [...TYPES, TYPES[0]!] })] });
    expect(run(checkStreets, w).errors).toEqual([]);
    expect(message(checkKindergartenTypes, w)).toContain('类型网址名（types[4].id） “jiaoban”与第 1 个类型重复。');
  });
  it('a street repeated twice is reported at each repeat, counting from 1', () => {
    const w = world([], { streets: [entry('content/streets.json', { streets: [STREETS[0]!, STREETS[0]!, STREETS[0]!] })] });
    const msg = message(checkStreets, w);
    expect(msg).toContain('街道/乡镇网址名（streets[1].id） “dong”与第 1 个街道/乡镇重复。');
    expect(msg).toContain('街道/乡镇网址名（streets[2].id） “dong”与第 1 个街道/乡镇重复。');
  });
  it('checkFeeDocuments: an adjustment whose document is listed passes', () => {
    // (world()'s policy entry keeps its .mdx in the id; a policy named “plan” is given here.)
    const w = world([], {
      policies: [{ id: 'plan', path: 'content/policies/plan.mdx', data: {}, body: '' }],
      feeConfig: [entry('content/fees.json', fees({ adjustments: { docNumber: DOC, expected: 1, source: { policy: 'plan', section: '三' } } }))],
    });
    expect(run(checkFeeDocuments, w).errors).toEqual([]);
  });
});

describe('checkFeeAdjustmentCount', () => {
  const adjusted = (id: string) => kgEntry(id, { fees: { history: [{ effectiveOn: '2024-09-01', docNumber: DOC, before: [{ level: '全部', amount: 500 }], after: [{ level: '全部', amount: 400 }], note: '' }] } });
  const withPlan = (expected: number, kgs: ReturnType<typeof kgEntry>[]) =>
    world(kgs, { feeConfig: [entry('content/fees.json', fees({ adjustments: { docNumber: DOC, expected, source: { policy: 'plan', section: '三' } } }))] });
  it.each([
    ['no kindergartens: nothing to compare', 3, [], 0],
    ['count matches', 2, [adjusted('a'), adjusted('b'), kgEntry('c')], 0],
    ['fewer recorded than planned', 3, [adjusted('a'), kgEntry('b')], 1],
    ['more recorded than planned', 1, [adjusted('a'), adjusted('b')], 1],
  ] as const)('%s', (_, expected, kgs, n) => {
    const r = run(checkFeeAdjustmentCount, withPlan(expected, [...kgs]));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(n);
  });
  it('names both counts and where to fix them (a warning, never an error)', () => {
    expect(run(checkFeeAdjustmentCount, withPlan(3, [adjusted('a'), kgEntry('b')])).warnings).toEqual([
      `content/fees.json：按${DOC}应调整 3 所幼儿园的收费，幼儿园文件中记录了 1 所。调整记录写在每所幼儿园文件（kindergartens/<编号>.json）的 fees.history 中：调整前、调整后、执行日期和文号“${DOC}”；应调整的园数写错了就改正 fees.json 的 adjustments.expected。`,
    ]);
  });
  it('without an adjustment plan in fees.json there is nothing to count', () => {
    expect(run(checkFeeAdjustmentCount, world([adjusted('a')])).warnings).toEqual([]);
  });
});
