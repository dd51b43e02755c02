import { describe, expect, it } from 'vitest';
import { kindergartenPage } from '../../../src/lib/kindergartens/page.ts';
import type { FeeChange, KindergartenData } from '../../../src/schemas/kindergarten.ts';
import { data, kg } from '../../helpers/kindergartens.ts';

const doc = (id: string, docNumber: string) => ({ id, docNumber, title: `${id}文件` });
const fees = {
  rules: [
    { appliesTo: ['公办'], quote: '公办幼儿园实行政府定价。', pricing: '政府定价' },
    { appliesTo: ['公办', '普惠性民办'], quote: '收费纳入财政专户。', pricing: '' },
    { appliesTo: ['民办'], quote: '民办收费市场调节。', pricing: '市场调节' },
  ],
  documents: [doc('basis', '示例〔2019〕1号'), doc('cut', '示例〔2024〕2号')],
};
const words = { subdivision: '街道（乡）', subdivisionById: { dong: '乡' } };
const change = (effectiveOn: string, docNumber: string): FeeChange => ({ effectiveOn, docNumber, before: [{ level: '全部', amount: 450 }], after: [{ level: '全部', amount: 400 }], note: '' });

describe('kindergartenPage', () => {
  it('a 公办 kindergarten: its basis document, pricing, poster rules, history with documents, words', () => {
    const k = kg('a', 'jiaoban', 'dong', { fees: { ...data().fees, history: [change('2020-01-01', '未列入〔2020〕9号'), change('2024-03-01', '示例〔2024〕2号')] } });
    const p = kindergartenPage(k, fees, words);
    expect(p.basisDoc).toBe(fees.documents[0]);
    expect(p.pricing).toBe('政府定价');
    expect(p.posterRules).toEqual(['公办幼儿园实行政府定价。', '收费纳入财政专户。']);
    expect(p.last?.effectiveOn).toBe('2024-03-01');
    expect(p.history.map((h) => [h.change.effectiveOn, h.doc?.id])).toEqual([['2024-03-01', 'cut'], ['2020-01-01', undefined]]);
    expect(p.free).toBe(10);
    expect(p.subdivision).toBe('乡');
    expect(p.description).toBe('示例a幼儿园（教办公办，示例东街道）保教费 400 元/月，伙食费 16 元/天，收费依据 示例〔2019〕1号；核定学位 80 个。');
  });
  it.each([
    ['basis not listed', { fees: { ...data().fees, basis: { docNumber: '未列入〔2019〕1号', effectiveOn: '2019-09-01' } } }, 'basisDoc', undefined],
    ['no history', {}, 'last', undefined],
    ['no history: empty table', {}, 'history', []],
    ['over-full: no free seats', { capacity: 80, enrolled: 95 }, 'free', 0],
  ] as const)('%s', (_n, over, key, want) => {
    expect(kindergartenPage(kg('a', 'jiaoban', 'dong', over), fees, words)[key]).toEqual(want);
  });
  it.each([
    ['closed', { closedOn: '2024-07-01' }, 'closed', false, undefined, '示例a幼儿园（教办公办，示例东街道）已停办（2024年7月1日）。'],
    ['暂停招生', { status: '暂停招生' as const }, 'suspended', true, undefined, '示例a幼儿园（教办公办，示例东街道）暂停招生；保教费 400 元/月，伙食费 16 元/天，收费依据 示例〔2019〕1号；核定学位 80 个。'],
    ['fees not published', { fees: { history: [] } }, 'open', false, 10, '示例a幼儿园（教办公办，示例东街道）保教费 未公布，伙食费 未公布，收费依据 未公布；核定学位 80 个。'],
    ['meal fee only', { fees: { meals: { amount: 12, unit: '元/天' as const }, history: [] } }, 'open', true, 10, '示例a幼儿园（教办公办，示例东街道）保教费 未公布，伙食费 12 元/天，收费依据 未公布；核定学位 80 个。'],
  ] as const)('%s: state, poster, free seats, description', (_n, over, state, showFees, free, description) => {
    const p = kindergartenPage(kg('a', 'jiaoban', 'dong', structuredClone(over) as Partial<KindergartenData>), fees, words);
    expect([p.state, p.showFees, p.free, p.description]).toEqual([state, showFees, free, description]);
  });
  it('a 民办 kindergarten on a street without its own word gets its rules and the list word', () => {
    const p = kindergartenPage(kg('m', 'minban', 'xi', { fees: { ...data().fees, tuition: [{ level: '小班', amount: 1200 }, { level: '大班', amount: 1000 }], cap: undefined } }), fees, words);
    expect(p.pricing).toBe('市场调节');
    expect(p.posterRules).toEqual(['民办收费市场调节。']);
    expect(p.subdivision).toBe('街道（乡）');
    expect(p.description).toContain('保教费 1,000–1,200 元/月');
  });
  it('no rule for the category: no pricing line, no poster rules', () => {
    const p = kindergartenPage(kg('p', 'puhui', 'dong'), { rules: [], documents: [] }, words);
    expect([p.pricing, p.posterRules, p.basisDoc]).toEqual(['', [], undefined]);
  });
});

describe('kindergartenPage().firstScreen: what a phone shows first', () => {
  it('a 公办 kindergarten of a named type, one fee, per-day meals, no phone, no address', () => {
    const f = kindergartenPage(kg('a', 'baogang', 'dong'), fees, words, '某某省某某市东城区').firstScreen;
    expect(f).toEqual({
      category: '公办',
      typeName: '包钢幼教处',
      state: 'open',
      stateText: '',
      stateNote: '',
      fees: true,
      tuition: [{ label: '各班级', amount: 400 }],
      mealsQuoted: '16 元/天',
      meals: { amount: 352, perDay: true, note: '16 元/天 × 22 天（估算）' },
      mealDaysNote: '按天收取的伙食费按每月 22 天估算每月金额，实际以在园天数为准。',
      total: { min: 752, max: 752 },
      free: 10,
      capacity: 80,
      enrolled: 70,
      asOf: '2024-09-01',
      phones: [],
      map: { href: 'https://uri.amap.com/search?keyword=%E6%9F%90%E6%9F%90%E7%9C%81%E6%9F%90%E6%9F%90%E5%B8%82%E4%B8%9C%E5%9F%8E%E5%8C%BA%E7%A4%BA%E4%BE%8Ba%E5%B9%BC%E5%84%BF%E5%9B%AD&view=map&callnative=1', keyword: '某某省某某市东城区示例a幼儿园', byName: true },
    });
  });
  it('a 民办 kindergarten: fees by class, monthly meals (no convention note), a phone and an address', () => {
    const k = kg('m', 'minban', 'xi', { address: '东城区示例路 8 号', phone: '0472-1234567、13800138000', fees: { ...data().fees, tuition: [{ level: '大班', amount: 1000 }, { level: '小班', amount: 1200 }], meals: { amount: 300, unit: '元/月' } } });
    const f = kindergartenPage(k, { ...fees, mealDaysPerMonth: 20 }, words, '某某省某某市东城区').firstScreen;
    expect(f.category).toBe('民办');
    expect(f.typeName).toBe('');
    expect(f.tuition).toEqual([{ label: '小班', amount: 1200 }, { label: '大班', amount: 1000 }]);
    expect(f.meals).toEqual({ amount: 300, perDay: false, note: '' });
    expect(f.mealDaysNote).toBe('');
    expect(f.total).toEqual({ min: 1300, max: 1500 });
    expect(f.phones).toEqual([{ text: '0472-1234567', href: 'tel:0472-1234567' }, { text: '13800138000', href: 'tel:13800138000' }]);
    expect(f.map.keyword).toBe('东城区示例路 8 号');
    expect(f.map.byName).toBe(false);
  });
  it('days per month from content/fees.json are stated as such', () => {
    const f = kindergartenPage(kg('a', 'jiaoban', 'dong'), { ...fees, mealDaysPerMonth: 20 }, words).firstScreen;
    expect(f.meals).toEqual({ amount: 320, perDay: true, note: '16 元/天 × 20 天' });
    expect(f.mealDaysNote).toBe('按天收取的伙食费按每月 20 天折算成每月金额。');
  });
  it.each([
    ['保教费 not published: 未公布, no total', { fees: { meals: { amount: 16, unit: '元/天' as const }, history: [] } }, { tuition: undefined, mealsQuoted: '16 元/天', total: undefined, free: 10, fees: true }],
    ['伙食费 not published: 未公布, no total', { fees: { tuition: [{ level: '全部' as const, amount: 400 }], history: [] } }, { tuition: [{ label: '各班级', amount: 400 }], mealsQuoted: '未公布', meals: undefined, total: undefined, free: 10 }],
    ['暂停招生: fees shown, no free seats offered', { status: '暂停招生' as const, statusNote: '因改扩建暂停招生' }, { state: 'suspended', stateText: '暂停招生', stateNote: '因改扩建暂停招生', fees: true, free: undefined, total: { min: 752, max: 752 } }],
    ['新建未开园: no free seats', { status: '新建未开园' as const, opensOn: '2025-09-01' }, { state: 'planned', stateText: '新建未开园，计划2025年9月1日开园', free: undefined }],
    ['已停办: no fees, no seats, the date', { closedOn: '2024-07-01', closedNote: '并入示例b幼儿园' }, { state: 'closed', stateText: '已停办（2024年7月1日）', stateNote: '并入示例b幼儿园', fees: false, tuition: undefined, meals: undefined, total: undefined, free: undefined }],
  ])('states: %s', (_n, over, want) => {
    const page = kindergartenPage(kg('a', 'jiaoban', 'dong', over), fees, words);
    expect(page.firstScreen).toMatchObject(want);
    expect(page.firstScreen.free).toBe(page.free);
  });
  it.each([
    ['open', {}, '示例a幼儿园 收费标准', '保教费 400 元/月', '示例〔2019〕1号 示例路1号 '],
    ['暂停招生', { status: '暂停招生' as const }, '示例a幼儿园 收费标准', '保教费 400 元/月 · 暂停招生', '示例〔2019〕1号 示例路1号 暂停招生'],
    ['closed', { closedOn: '2024-07-01' }, '示例a幼儿园（已停办）', '已停办（2024年7月1日）', '示例〔2019〕1号 示例路1号 已停办（2024年7月1日）'],
    ['fees not published', { fees: { history: [] } }, '示例a幼儿园 收费标准', '保教费 未公布', ' 示例路1号 '],
  ] as const)('%s: title, search entry, QR name, sources', (_n, over, title, fee, text) => {
    const p = kindergartenPage(kg('a', 'jiaoban', 'dong', { address: '示例路1号', ...structuredClone(over) } as Partial<KindergartenData>), fees, words);
    expect(p.title).toBe(title);
    expect(p.search).toEqual({
      type: '幼儿园', names: ['示例a幼儿园'], text, meta: { kgType: '教办公办', street: '示例东街道', fee }, filters: { 幼儿园类型: '教办公办', '街道（乡）': '示例东街道' },
    });
    expect(p.qrLabel).toBe('示例a幼儿园收费标准页面的二维码');
    expect(p.sources).toEqual(['kindergartens/a.json', 'fees.json', 'kindergarten-types.json', 'streets.json', 'enrollment.json']);
  });
});
