// The shipped kindergarten data: the shape the plan names, the plan's real figures transcribed faithfully,
// and everything else flagged as sample data (honesty rule in docs/ARCHITECTURE.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/load-content.ts';
import type { ValidEntry } from '../../src/lib/content/validate.ts';
import type { KindergartenTypesData, StreetsData } from '../../src/schemas/directory.ts';
import type { FeeConfig } from '../../src/schemas/fees.ts';
import type { KindergartenData } from '../../src/schemas/kindergarten.ts';

const { entries, errors } = checkContent(join(import.meta.dirname, '..', '..', 'content'));
const plan = readFileSync(join(import.meta.dirname, 'source', 'kundulun-preschool-plan-2023-12-18.txt'), 'utf8');
const kgs = entries.kindergartens as ValidEntry<KindergartenData>[];
const types = (entries.kindergartenTypes![0] as ValidEntry<KindergartenTypesData>).data.types;
const streets = (entries.streets![0] as ValidEntry<StreetsData>).data.streets;
const fees = (entries.feeConfig![0] as ValidEntry<FeeConfig>).data;
const category = (k: ValidEntry<KindergartenData>) => types.find((t) => t.name === k.data.type)!.category;
const REAL = ['baogang-17', 'baogang-18'];

it('is valid', () => expect(errors).toEqual([]));

describe('the scale the plan names', () => {
  it('28 公办园, 12 of them 教办 (三、（一）1. and （二）)', () => {
    expect(plan).toContain('对28所公办园');
    expect(plan).toContain('为区属12所教办幼儿园');
    expect(kgs.filter((k) => category(k) === '公办')).toHaveLength(28);
    expect(kgs.filter((k) => k.data.type === '教办公办')).toHaveLength(12);
  });
  it('包钢幼教处 kindergartens: 11, as counted for fire-safety work (三、（二）3.)', () => {
    expect(plan).toContain('包钢幼教处11所幼儿园');
    expect(kgs.filter((k) => k.data.type === '包钢幼教处')).toHaveLength(11);
  });
  it('包钢十七园 and 包钢十八园: type and rebuild figures exactly as the plan states them', () => {
    for (const [id, num, item] of [['baogang-17', '十七', '①'], ['baogang-18', '十八', '②']] as const) {
      const k = kgs.find((x) => x.id === id)!;
      expect(k.data.name).toBe(`包钢第${num}幼儿园`);
      expect(k.data.shortNames).toEqual([`包钢${num}园`]);
      expect(k.data.type).toBe('包钢幼教处');
      const p = k.data.project!;
      expect(plan).toContain(`${item}包钢${num}园，新建建筑面积${p.floorArea}㎡。新建幼儿园按${p.classes}个教学班设置，可提供学位${p.seats}个。`);
      expect([p.kind, p.classes, p.seats, p.floorArea, p.source.section]).toEqual(['原址翻建', 12, 360, 5000, `三、（二）1.${item}`]);
      expect(plan).toContain(`原址翻建包钢十七园、包钢十八园`);
    }
  });
  it('9 公办 kindergartens adjusted under 包发改费字〔2015〕203号, each from above its cap to within it', () => {
    const doc = '包发改费字〔2015〕203号';
    expect(plan).toContain(`（${doc}）的规定，调整9所超标收费公办幼儿园的收费标准`);
    expect(fees.adjustments).toMatchObject({ docNumber: doc, expected: 9 });
    const adjusted = kgs.filter((k) => k.data.fees.history.some((c) => c.docNumber === doc));
    expect(adjusted).toHaveLength(9);
    for (const k of adjusted) {
      expect(category(k)).toBe('公办');
      const c = k.data.fees.history.find((x) => x.docNumber === doc)!;
      expect(Math.max(...c.before.map((t) => t.amount))).toBeGreaterThan(k.data.fees.cap!);
      expect(Math.max(...c.after.map((t) => t.amount))).toBeLessThanOrEqual(k.data.fees.cap!);
    }
  });
});

describe('honesty: only the plan is real', () => {
  it('every kindergarten record carries sample: true (fees, counts and addresses are not from an official source)', () => {
    expect(kgs.length).toBeGreaterThan(0);
    for (const k of kgs) expect(k.data.sample, k.id).toBe(true);
  });
  it('every other name is unmistakably fictional', () => {
    for (const k of kgs.filter((x) => !REAL.includes(x.id))) {
      expect(k.data.name, k.id).toMatch(/^示例/);
      for (const s of k.data.shortNames) expect(s, k.id).toMatch(/^示例/);
      expect(k.id).toMatch(/^sample-/);
    }
  });
  it('the real records say which facts are official', () => {
    for (const id of REAL) expect(kgs.find((k) => k.id === id)!.data.sampleNote).toContain('来自实施方案');
  });
  it('no phone number is invented', () => {
    for (const k of kgs) expect(k.data.phone, k.id).toBe('');
  });
  it('streets are placeholders, flagged (the plan does not name the 街道)', () => {
    for (const s of streets) {
      expect(s.sample, s.name).toBe(true);
      expect(s.name).toMatch(/^示例/);
    }
  });
  it('fee documents: the real one is the plan’s, verbatim; the others are flagged samples', () => {
    for (const d of fees.documents) {
      if (d.sample) expect(d.title, d.id).toMatch(/^示例/);
      else expect(plan, d.id).toContain(`《${d.title}》（${d.docNumber}）`);
    }
    expect(fees.documents.filter((d) => !d.sample).map((d) => d.docNumber)).toEqual(['包发改费字〔2015〕203号']);
  });
  it('quoted rules are the plan’s sentences, verbatim', () => {
    expect(fees.rules.length).toBeGreaterThanOrEqual(4);
    for (const r of fees.rules) expect(plan, r.heading).toContain(r.quote);
  });
  it('the unified meal fee is not in the plan: sample', () => {
    expect(fees.meals?.sample).toBe(true);
    expect(fees.meals?.effectiveOn).toBeUndefined();
  });
});
