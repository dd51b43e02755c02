import { describe, expect, it } from 'vitest';
import { feesPage } from '../../../src/lib/kindergartens/fees-page.ts';
import type { FeeDocument } from '../../../src/schemas/fees.ts';
import type { FeeChange } from '../../../src/schemas/kindergarten.ts';
import { data, kg } from '../../helpers/kindergartens.ts';

const doc = (id: string, docNumber: string): FeeDocument => ({ id, docNumber, title: `${id}文件`, issuer: '', policy: '', citedIn: [], note: '', sample: false });
const basis = doc('basis', '示例〔2019〕1号');
const cut = doc('cut', '示例〔2024〕2号');
const change = (docNumber: string): FeeChange => ({ effectiveOn: '2024-03-01', docNumber, before: [{ level: '全部', amount: 450 }], after: [{ level: '全部', amount: 400 }], note: '' });
const plan = (docNumber: string) => ({ docNumber, expected: 3, source: { policy: 'plan', section: '三' } });
const kgs = [
  kg('a', 'jiaoban', 'dong', { fees: { ...data().fees, history: [change(cut.docNumber)] } }),
  kg('b', 'baogang', 'xi', { fees: { ...data().fees, tuition: [{ level: '全部', amount: 300 }], meals: { amount: 15, unit: '元/天' } } }),
  kg('c', 'minban', 'xi', { fees: { ...data().fees, tuition: [{ level: '全部', amount: 1500 }], basis: { docNumber: '民办备案1号', effectiveOn: '2020-01-01' } } }),
];

describe('feesPage', () => {
  it('公办 range and meals, documents with their counts, the adjustment section', () => {
    const p = feesPage(kgs, { documents: [basis, cut], adjustments: plan(cut.docNumber) });
    expect(p.publicRange).toEqual({ min: 300, max: 400 });
    expect(p.publicMeals).toEqual(['16 元/天', '15 元/天']);
    expect(p.documents.map((d) => [d.doc.id, d.citing])).toEqual([['basis', 2], ['cut', 1]]);
    expect(p.adjustment).toEqual({ plan: plan(cut.docNumber), doc: cut, recorded: 1, inFull: true, figureId: 'fee-adjustments' });
    expect(p.full).toBe(true);
    expect(p.searchText).toBe('保教费 伙食费 收费依据 示例〔2019〕1号 示例〔2024〕2号');
  });
  it.each([
    ['no adjustment plan: no section', { documents: [basis] }, undefined],
    ['plan under an unlisted document: no card to link, nothing recorded', { documents: [basis], adjustments: plan('未列入〔2024〕9号') }, { plan: plan('未列入〔2024〕9号'), doc: undefined, recorded: 0, inFull: true, figureId: 'fee-adjustments' }],
  ] as const)('%s', (_n, fees, want) => expect(feesPage(kgs, fees).adjustment).toEqual(want));
  it.each([
    [150, true, true, 'fee-adjustments'],
    [151, false, false, 'fee-adjustments-by-street'],
  ])('%i kindergartens, all adjusted: list in full %s, adjustments in full %s, figure %s', (n, full, inFull, figureId) => {
    const many = Array.from({ length: n }, (_, i) => kg(`k${i}`, 'jiaoban', 'dong', { fees: { ...data().fees, history: [change(cut.docNumber)] } }));
    const p = feesPage(many, { documents: [cut], adjustments: plan(cut.docNumber) });
    expect([p.full, p.adjustment?.recorded, p.adjustment?.inFull, p.adjustment?.figureId]).toEqual([full, n, inFull, figureId]);
  });
  it('without 公办 kindergartens: no range, no meals', () => {
    const p = feesPage(kgs.filter((k) => k.type.category !== '公办'), { documents: [] });
    expect([p.publicRange, p.publicMeals, p.documents, p.searchText]).toEqual([undefined, [], [], '保教费 伙食费 收费依据 ']);
  });
});
