import { describe, expect, it } from 'vitest';
import * as rules from '../../../src/lib/rules/kindergartens.ts';
import { checkFeeAdjustmentCount } from '../../../src/lib/rules/directory.ts';
import { runCrossChecks, type AllEntries, type CrossCheck } from '../../../src/lib/rules/cross-checks.ts';
import type { KindergartenData } from '../../../src/schemas/kindergarten.ts';
import { data, STREETS } from '../../helpers/kindergartens.ts';
import { DOC, entry, fees, kgEntry, world } from '../../helpers/rule-entries.ts';

/** Every rule of the kindergarten files and of fees.json's adjustment count, in the order contentRules() runs them. */
const KINDERGARTEN_RULES: CrossCheck[] = [
  rules.checkKindergartenIds, rules.checkKindergartenNames, rules.checkKindergartenType, rules.checkKindergartenStreet,
  rules.checkKindergartenSampleStreet, rules.checkKindergartenFeeDocuments, rules.checkKindergartenCapGiven,
  rules.checkKindergartenOverCap, rules.checkKindergartenTuitionLevels, rules.checkKindergartenFeeHistory,
  rules.checkKindergartenCurrentFee, rules.checkKindergartenEnrolled, rules.checkKindergartenClassSize,
  rules.checkKindergartenProject, checkFeeAdjustmentCount,
];
const checkKindergartens = (w: AllEntries) => runCrossChecks(KINDERGARTEN_RULES, w);
// The three state rules (closed, opening, status note), as contentRules() runs them.
const checkKindergartenStates = (w: AllEntries) => runCrossChecks([rules.checkKindergartenClosed, rules.checkKindergartenOpening, rules.checkKindergartenStatusNote], w);
const publishingChecks = (override: string | undefined) => (w: AllEntries) => runCrossChecks([rules.publishingChecks(override)], w);
const errors = (w: AllEntries) => checkKindergartens(w).errors.map((e) => e.message).join('\n');
const warnings = (w: AllEntries) => checkKindergartens(w).warnings;

describe('checkKindergartens', () => {
  it('a valid record passes without warnings', () => {
    expect(checkKindergartens(world([kgEntry('a')]))).toEqual({ errors: [], warnings: [] });
  });
  it('no kindergartens, nothing to check', () => expect(checkKindergartens(world([]))).toEqual({ errors: [], warnings: [] }));

  it('unknown type, with a did-you-mean hint', () => {
    expect(errors(world([kgEntry('a', { type: '教办公班' })]))).toMatchInlineSnapshot(`
      "✖ 内容错误：content/kindergartens/a.json
        · 类型（type） “教办公班”不在 content/kindergarten-types.json 中。
          修改方法：是不是要写“教办公办”？只能写 教办公办、包钢幼教处、普惠性民办、民办 之一；新的类型先加到 content/kindergarten-types.json。"
    `);
  });
  it('unknown street', () => {
    expect(errors(world([kgEntry('a', { street: '示例东街' })]))).toMatchInlineSnapshot(`
      "✖ 内容错误：content/kindergartens/a.json
        · 街道/乡镇（street） “示例东街”不在 content/streets.json 中。
          修改方法：是不是要写“示例东街道”？写 content/streets.json 中已有的名称；确实是新的街道/乡镇就先加到该文件。"
    `);
  });
  it('type and street cannot be checked without their lists', () => {
    const msg = errors(world([kgEntry('a')], { streets: [], kindergartenTypes: [] }));
    expect(msg).toContain('类型（type） “教办公办”无法核对：找不到 content/kindergarten-types.json');
    expect(msg).toContain('街道/乡镇（street） “示例东街道”无法核对：找不到 content/streets.json');
  });

  it('fee documents cannot be checked without content/fees.json', () => {
    expect(errors(world([kgEntry('a')], { feeConfig: [] }))).toContain('收费依据·文号（fees.basis.docNumber） “示例〔2019〕1号”不在收费依据文件列表（content/fees.json）中。');
  });

  it('duplicate full name and short name across files; own repeats are fine', () => {
    const msg = errors(world([
      kgEntry('a', { name: '示例甲幼儿园', shortNames: ['示例甲园', '示例甲园'] }),
      kgEntry('b', { name: '示例甲幼儿园' }),
      kgEntry('c', { name: '示例丙幼儿园', shortNames: ['示例甲园'] }),
    ]));
    expect(msg).toMatchInlineSnapshot(`
      "✖ 内容错误：content/kindergartens/b.json
        · 全称（name） “示例甲幼儿园”已被 content/kindergartens/a.json 使用。
          修改方法：每所幼儿园的全称和简称都必须唯一：同一所幼儿园只留一个文件；不同的幼儿园改用能区分的名称。
      ✖ 内容错误：content/kindergartens/c.json
        · 简称（shortNames[0]） “示例甲园”已被 content/kindergartens/a.json 使用。
          修改方法：每所幼儿园的全称和简称都必须唯一：同一所幼儿园只留一个文件；不同的幼儿园改用能区分的名称。"
    `);
  });
  it('a short name equal to another kindergarten’s full name is a duplicate', () => {
    expect(errors(world([kgEntry('a', { name: '示例甲幼儿园' }), kgEntry('b', { name: '示例乙幼儿园', shortNames: ['示例甲幼儿园'] })]))).toContain('简称（shortNames[0]） “示例甲幼儿园”已被 content/kindergartens/a.json 使用');
  });
  it('duplicate ids (possible when entries come from elsewhere than file names)', () => {
    const a = kgEntry('a', { name: '示例甲幼儿园' });
    const b = { ...kgEntry('a', { name: '示例乙幼儿园' }), path: 'content/kindergartens/A.json' };
    expect(errors(world([a, b]))).toContain('（文件名） 网址名“a”与 content/kindergartens/a.json 重复');
  });

  it('公办 fee above the declared cap', () => {
    const tuition = [{ level: '小班', amount: 420 }, { level: '中班', amount: 400 }, { level: '大班', amount: 380 }] as const;
    expect(errors(world([kgEntry('a', { fees: { ...data().fees, tuition: [...tuition], cap: 400 } })]))).toMatchInlineSnapshot(`
      "✖ 内容错误：content/kindergartens/a.json
        · 保教费·金额（fees.tuition[0].amount） 小班保教费 420 元/月 高于核定收费上限（fees.cap）400 元/月。
          修改方法：按收费文件改正保教费；上限确已调整时，改 fees.cap 并在 fees.history 中记录这次调整（调整前、调整后、执行日期、文号）。"
    `);
  });
  it('a 公办 kindergarten without a cap is warned (the page says 未公布); 民办 need not; a declared cap binds', () => {
    const noCap = { ...data().fees, cap: undefined };
    expect(errors(world([kgEntry('a', { fees: noCap })]))).toBe('');
    expect(warnings(world([kgEntry('a', { fees: noCap })]))).toEqual(['content/kindergartens/a.json：没有填写核定收费上限（fees.cap）：“教办公办”是公办幼儿园，收费实行政府定价，页面上的核定保教费上限显示“未公布”。有收费文件核定的上限时，在 fees 中加上 "cap": 金额（元/月）。']);
    // Nothing published at all, or a closed kindergarten: nothing to warn about.
    expect(warnings(world([kgEntry('a', { fees: { history: [] } })]))).toEqual([]);
    expect(warnings(world([kgEntry('a', { fees: noCap, closedOn: '2024-07-01' })]))).toEqual([]);
    expect(errors(world([kgEntry('a', { type: '民办', fees: noCap })]))).toBe('');
    expect(errors(world([kgEntry('a', { type: '民办', fees: { ...noCap, cap: 300 } })]))).toContain('高于核定收费上限');
  });

  it('fee levels: repeated, 全部 mixed with levels, a level with classes but no fee', () => {
    const f = data().fees;
    expect(errors(world([kgEntry('a', { fees: { ...f, tuition: [{ level: '全部', amount: 300 }, { level: '全部', amount: 300 }] } })]))).toContain('保教费·班级（fees.tuition[1].level） “全部”的保教费写了两次');
    expect(errors(world([kgEntry('a', { fees: { ...f, tuition: [{ level: '全部', amount: 300 }, { level: '小班', amount: 300 }] } })]))).toContain('保教费（fees.tuition） 保教费同时写了“全部”和分班级的金额');
    expect(errors(world([kgEntry('a', { classes: { 小班: 1, 混龄: 1 }, fees: { ...f, tuition: [{ level: '小班', amount: 300 }] } })]))).toContain('本园有混龄，但保教费中没有混龄的金额');
  });

  it('fee documents must be registered; a sample document makes the record sample', () => {
    const f = data().fees;
    expect(errors(world([kgEntry('a', { fees: { ...f, basis: { docNumber: '某发改费字〔2015〕230号', effectiveOn: '2019-09-01' } } })]))).toMatchInlineSnapshot(`
      "✖ 内容错误：content/kindergartens/a.json
        · 收费依据·文号（fees.basis.docNumber） “某发改费字〔2015〕230号”不在收费依据文件列表（content/fees.json 的 documents）中。
          修改方法：是不是要写“某发改费字〔2015〕203号”？文号要和列表中完全一致；新的文件先登记到 content/fees.json 的 documents（文号、标题）。"
    `);
    const realStreets = [entry('content/streets.json', { streets: STREETS.map((s) => ({ ...s, sample: false })) })];
    expect(errors(world([kgEntry('a', { sample: false, fees: { ...f, basis: { docNumber: '示例〔2019〕1号', effectiveOn: '2019-09-01' } } })], { streets: realStreets }))).toContain('收费依据“示例〔2019〕1号”是示例数据，本园记录却没有标记为示例数据');
    expect(errors(world([kgEntry('a', { sample: false, fees: { ...f, basis: { docNumber: DOC, effectiveOn: '2019-09-01' } } })], { streets: realStreets }))).toBe('');
  });
  it('a record on a sample street must be sample', () => {
    expect(errors(world([kgEntry('a', { sample: false, fees: { ...data().fees, basis: { docNumber: DOC, effectiveOn: '2019-09-01' } } })]))).toContain('示例数据标记（sample） 街道/乡镇“示例东街道”是示例数据，本园记录却没有标记为示例数据');
  });

  describe('fee history', () => {
    const change = (effectiveOn: string, before: number, after: number) => ({ effectiveOn, docNumber: DOC, before: [{ level: '全部' as const, amount: before }], after: [{ level: '全部' as const, amount: after }], note: '' });
    const withHistory = (history: ReturnType<typeof change>[], tuition = 400, basisOn = '2024-03-01') =>
      kgEntry('a', { fees: { ...data().fees, tuition: [{ level: '全部', amount: tuition }], basis: { docNumber: DOC, effectiveOn: basisOn }, history } });
    it('consistent history passes, in any order', () => {
      expect(errors(world([withHistory([change('2024-03-01', 480, 400), change('2020-09-01', 500, 480)])]))).toBe('');
    });
    it('current fee differs from the newest change', () => {
      expect(errors(world([withHistory([change('2024-03-01', 480, 380)])]))).toMatchInlineSnapshot(`
        "✖ 内容错误：content/kindergartens/a.json
          · 保教费（fees.tuition） 现行保教费（400 元/月）与最近一次调整（2024-03-01）后的金额（380 元/月）不一致。
            修改方法：现行保教费应等于最近一次调整的“调整后”金额：改正 fees.tuition，或补上后来的调整记录。"
      `);
    });
    it('two changes on one date', () => {
      expect(errors(world([withHistory([change('2024-03-01', 480, 400), change('2024-03-01', 480, 400)])]))).toContain('2024-03-01 有两条调整记录（第 1 条和第 2 条）');
    });
    it('basis older than the newest change', () => {
      expect(errors(world([withHistory([change('2024-03-01', 480, 400)], 400, '2019-09-01')]))).toContain('收费依据的执行日期 2019-09-01 早于最近一次调整（2024-03-01）');
    });
    it('history documents must be registered too', () => {
      const h = [{ ...change('2024-03-01', 480, 400), docNumber: '未登记〔2024〕1号' }];
      expect(errors(world([withHistory(h)]))).toContain('调整记录·文号（fees.history[0].docNumber） “未登记〔2024〕1号”不在收费依据文件列表');
    });
  });

  describe('seats', () => {
    it('enrolled above capacity is an error', () => {
      expect(errors(world([kgEntry('a', { capacity: 80, enrolled: 81 })]))).toMatchInlineSnapshot(`
        "✖ 内容错误：content/kindergartens/a.json
          · 在园幼儿数（enrolled） 81 超过核定学位数（capacity）80。
            修改方法：核对两个数字：在园幼儿数不能超过核定学位数；确实超员的，先按规定核增学位再更新 capacity。"
      `);
    });
    it.each([
      [{ 小班: 1, 中班: 1, 大班: 1 }, 90, []],
      [{ 小班: 1, 中班: 1, 大班: 1 }, 91, ['content/kindergartens/a.json：核定学位数 91 超过班额标准：1 个小班、1 个中班、1 个大班按班额标准（小班 25 人、中班 30 人、大班 35 人、混龄 30 人）只能容纳 90 人。请核对 classes 和 capacity。']],
      [{ 混龄: 2 }, 60, []],
      [{}, 10, ['content/kindergartens/a.json：核定学位数 10 超过班额标准：未填写班级按班额标准（小班 25 人、中班 30 人、大班 35 人、混龄 30 人）只能容纳 0 人。请核对 classes 和 capacity。']],
    ])('classes %j with capacity %d: over the class-size standard is a warning, not an error', (classes, capacity, want) => {
      const w = world([kgEntry('a', { classes, capacity, enrolled: 0, fees: { ...data().fees, tuition: [{ level: '全部', amount: 400 }] } })]);
      expect(warnings(w)).toEqual(want);
      expect(errors(w)).toBe('');
    });
  });

  describe('projects', () => {
    const project = (target: string, policy = 'plan') => ({ kind: '原址翻建' as const, target, classes: 12, seats: 360, floorArea: 5000, source: { policy, section: '三、（二）1.①' } });
    it('source must be a policy page', () => {
      expect(errors(world([kgEntry('a', { project: project('', 'no-such-plan') })]))).toContain('学位项目·出处（project.source.policy） “no-such-plan”不是本站的政策文件');
    });
    it('an unknown target warns once targets exist; with no targets at all, nothing to say', () => {
      expect(warnings(world([kgEntry('a', { project: project('a-rebuild') })]))).toEqual([]);
      const w = world([kgEntry('a', { project: project('a-rebuild') })], { targets: [entry('content/targets/other.json', {})] });
      expect(warnings(w)).toEqual(['content/kindergartens/a.json：学位项目的目标编号“a-rebuild”不在 content/targets/ 中，学位页只显示计划数字、不显示进展。']);
      expect(warnings(world([kgEntry('a', { project: project('a-rebuild') })], { targets: [entry('content/targets/a-rebuild.json', {})] }))).toEqual([]);
    });
  });

  it('the adjustment count is compared with the plan', () => {
    const w = world([kgEntry('a')], { feeConfig: [entry('content/fees.json', fees({ adjustments: { docNumber: DOC, expected: 9, source: { policy: 'plan', section: '三' } } }))] });
    expect(warnings(w)).toEqual([`content/fees.json：按${DOC}应调整 9 所幼儿园的收费，幼儿园文件中记录了 0 所。调整记录写在每所幼儿园文件（kindergartens/<编号>.json）的 fees.history 中：调整前、调整后、执行日期和文号“${DOC}”；应调整的园数写错了就改正 fees.json 的 adjustments.expected。`]);
  });
});

describe('publishingChecks', () => {
  const site = (siteUrl: string, complaintPhone: string) => [entry('content/site.json', { siteUrl, contact: { complaintPhone } })];
  it.each([
    ['', '', undefined, 2],
    ['https://jyj.example.gov.cn/xqjy/', '', undefined, 1],
    ['', '0472-1234567', 'http://127.0.0.1:4321/', 0],
    ['', '0472-1234567', undefined, 1],
  ])('siteUrl %j, complaint phone %j, SITE_URL %j: %d warnings', (siteUrl, phone, override, n) => {
    const r = publishingChecks(override)(world([kgEntry('a')], { site: site(siteUrl, phone) }));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(n);
  });
  it('says what is missing and what it does to the pages', () => {
    expect(publishingChecks(undefined)(world([kgEntry('a')], { site: site('', '') })).warnings).toMatchInlineSnapshot(`
      [
        "content/site.json：没有填写网站网址（siteUrl），幼儿园页面和收费公示不显示二维码（显示提示文字）。填写正式网址（https:// 开头）后重新生成。",
        "content/site.json：没有填写收费投诉电话（contact.complaintPhone），收费页和收费公示不写投诉电话（填写了服务热线 contact.hotline 时写服务热线）。有投诉电话后填写并重新生成。",
      ]
    `);
  });
  it('no kindergartens or no site config: nothing to warn about', () => {
    expect(publishingChecks(undefined)(world([])).warnings).toEqual([]);
    expect(publishingChecks(undefined)(world([kgEntry('a')], { site: [] })).warnings).toEqual([]);
  });
});

describe('checkKindergartens with fees not published', () => {
  it.each([
    ['no fees at all', { history: [] }],
    ['only a meal fee', { meals: { amount: 12, unit: '元/天' as const }, history: [] }],
    ['tuition without basis', { tuition: [{ level: '全部' as const, amount: 300 }], cap: 400, history: [] }],
  ])('%s passes (the page says 未公布)', (_, f) => {
    expect(errors(world([kgEntry('a', { fees: f })]))).toBe('');
  });
});

describe('checkKindergartenStates', () => {
  const stateErrors = (over: Partial<KindergartenData>) => checkKindergartenStates(world([kgEntry('a', over)])).errors.map((e) => e.message).join('\n');
  const stateWarnings = (over: Partial<KindergartenData>) => checkKindergartenStates(world([kgEntry('a', over)])).warnings;
  const noFees = { history: [] };

  it.each([
    ['open', {}],
    ['closed, fees removed', { closedOn: '2024-07-01', closedNote: '幼儿已分流', fees: noFees }],
    ['暂停招生 with a note', { status: '暂停招生' as const, statusNote: '改扩建期间' }],
    ['新建未开园, opening after asOf', { status: '新建未开园' as const, opensOn: '2025-09-01', enrolled: 0 }],
    ['新建未开园 without a date', { status: '新建未开园' as const, enrolled: 0 }],
  ])('%s: no finding', (_, over) => {
    expect(checkKindergartenStates(world([kgEntry('a', over)]))).toEqual({ errors: [], warnings: [] });
  });

  it.each([
    ['closed and a status', { closedOn: '2024-07-01', status: '暂停招生' as const, fees: noFees }, '办园状态（status） 写了停办日期（closedOn）2024-07-01，又写了办园状态“暂停招生”，不知道以哪个为准。'],
    ['closed after asOf', { closedOn: '2024-12-01', fees: noFees }, '停办日期（closedOn） 2024-12-01 晚于信息核对日期（asOf）2024-09-01：还没有停办的幼儿园不能写停办日期。'],
    ['a closing note without a date', { closedNote: '已停办' }, '停办说明（closedNote） 写了停办说明，但没有停办日期（closedOn）。'],
    ['opensOn while open', { opensOn: '2025-09-01' }, '计划开园日期（opensOn） 只有办园状态（status）是“新建未开园”时才写计划开园日期，本园没有写办园状态（正常办园）。'],
    ['opensOn passed while not open', { status: '新建未开园' as const, opensOn: '2024-03-01', enrolled: 0 }, '计划开园日期（opensOn） 2024-03-01 不晚于信息核对日期（asOf）2024-09-01，办园状态却仍是“新建未开园”。'],
    ['children in a kindergarten not yet open', { status: '新建未开园' as const, opensOn: '2025-09-01' }, '在园幼儿数（enrolled） 70：办园状态是“新建未开园”，还不会有在园幼儿。'],
    ['a status note without a status', { statusNote: '改扩建' }, '状态说明（statusNote） 写了状态说明，但没有办园状态（status）。'],
  ])('%s is an error', (_, over, message) => {
    expect(stateErrors(over)).toContain(message);
    expect(stateErrors(over)).toContain('content/kindergartens/a.json');
  });

  it('a closed kindergarten still giving fees is a warning, not an error', () => {
    expect(stateErrors({ closedOn: '2024-07-01' })).toBe('');
    expect(stateWarnings({ closedOn: '2024-07-01' })).toEqual(['content/kindergartens/a.json：已停办（closedOn 2024-07-01），页面不再显示收费，但 fees 中仍写着保教费或伙食费。可删去 fees 中的 tuition、meals、basis、cap（调整记录 history 可以保留）。']);
  });
});

// The committed ids against the kindergarten entries present (only their ids are read).
const deletedKindergartenWarnings = (committed: string[], present: string[], dir: string) =>
  runCrossChecks([rules.checkDeletedKindergartens({ ids: committed, dir })], { kindergartens: present.map((id) => kgEntry(id)) }).warnings;

describe('checkDeletedKindergartens', () => {
  it('without git history, nothing to compare', () => expect(runCrossChecks([rules.checkDeletedKindergartens(undefined)], { kindergartens: [] })).toEqual({ errors: [], warnings: [] }));
  it.each([
    [[], [], []],
    [['a', 'b'], ['a', 'b', 'c'], []],
    [['a', 'b'], ['a'], ['b']],
  ])('committed %j, present %j → warns for %j', (committed, present, warned) => {
    const w = deletedKindergartenWarnings(committed, present, 'content/kindergartens/');
    expect(w.map((t) => /^content\/kindergartens\/([^.]+)\.json：/.exec(t)?.[1])).toEqual(warned);
  });
  it('names the file, the address that breaks and closedOn', () => {
    expect(deletedKindergartenWarnings(['b'], [], 'content/kindergartens/')).toEqual(['content/kindergartens/b.json：这个已提交的幼儿园文件被删除了，已发布的网址 /kindergartens/b/（印在二维码和收费公示上）将无法打开。幼儿园停办时不要删除文件：恢复它（git checkout HEAD -- content/kindergartens/b.json），加上 "closedOn": "YYYY-MM-DD"（停办日期），页面会保留并显示“已停办”。']);
  });
});
