// Builders of kindergarten records for unit tests: a valid record, changed only where a test says.
import type { KindergartenType, Street } from '../../src/schemas/directory.ts';
import type { KindergartenData } from '../../src/schemas/kindergarten.ts';
import type { Kindergarten } from '../../src/lib/kindergartens/kindergarten.ts';

export const TYPES: KindergartenType[] = [
  { id: 'jiaoban', name: '教办公办', category: '公办', description: '', sample: false, sampleNote: '' },
  { id: 'baogang', name: '包钢幼教处', category: '公办', description: '', sample: false, sampleNote: '' },
  { id: 'puhui', name: '普惠性民办', category: '普惠性民办', description: '', sample: false, sampleNote: '' },
  { id: 'minban', name: '民办', category: '民办', description: '', sample: false, sampleNote: '' },
];

export const STREETS: Street[] = [
  { id: 'dong', name: '示例东街道', kind: '', sample: true, sampleNote: '' },
  { id: 'xi', name: '示例西街道', kind: '', sample: true, sampleNote: '' },
  { id: 'nan', name: '示例南街道', kind: '', sample: true, sampleNote: '' },
];

/** A valid 公办 record: 3 classes (90 seats at the standard), 80 seats, 70 enrolled, 400 元/月 under a 400 cap. */
export function data(over: Partial<KindergartenData> = {}): KindergartenData {
  return {
    name: '示例第一幼儿园',
    shortNames: [],
    type: '教办公办',
    street: '示例东街道',
    address: '',
    classes: { 小班: 1, 中班: 1, 大班: 1 },
    capacity: 80,
    enrolled: 70,
    fees: {
      tuition: [{ level: '全部', amount: 400 }],
      meals: { amount: 16, unit: '元/天' },
      basis: { docNumber: '示例〔2019〕1号', effectiveOn: '2019-09-01' },
      cap: 400,
      history: [],
    },
    licence: '已取得',
    phone: '',
    closedNote: '',
    statusNote: '',
    asOf: '2024-09-01',
    sample: true,
    sampleNote: '',
    ...over,
  };
}

/** A resolved kindergarten of type `typeId` on street `streetId`. */
export function kg(id: string, typeId: string, streetId: string, over: Partial<KindergartenData> = {}): Kindergarten {
  const type = TYPES.find((t) => t.id === typeId)!;
  const street = STREETS.find((s) => s.id === streetId)!;
  return { id, type, street, data: data({ name: `示例${id}幼儿园`, type: type.name, street: street.name, ...over }) };
}

/** Where a sample flag sits: the kindergarten's own file, its street or its type (all false: real data). */
export interface SampleFlags { own?: boolean; street?: boolean; type?: boolean }

/** The cases of “is this kindergarten sample data?” (isSample): no flag, then each of the three places. */
export const SAMPLE_CASES: [string, SampleFlags, boolean][] = [
  ['no flag', {}, false],
  ['its own flag', { own: true }, true],
  ['its street', { street: true }, true],
  ['its type', { type: true }, true],
];

/** Kindergarten `a` (type jiaoban, street dong) with the sample flags of `flags` and nothing else sample. */
export function kgWithSampleFlags(flags: SampleFlags, over: Partial<KindergartenData> = {}): Kindergarten {
  const k = kg('a', 'jiaoban', 'dong', { ...over, sample: flags.own ?? false });
  return { ...k, street: { ...k.street, sample: flags.street ?? false }, type: { ...k.type, sample: flags.type ?? false } };
}
