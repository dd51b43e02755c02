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
