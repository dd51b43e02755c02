// Validated entries for the cross-file rule tests: a fees.json with two documents and a world of content files
// (site, streets, types, fees, one policy) around the kindergartens a test gives.
import type { ValidEntry } from '../../src/lib/content/validate.ts';
import type { AllEntries } from '../../src/lib/rules/cross-checks.ts';
import type { FeeConfig } from '../../src/schemas/fees.ts';
import type { KindergartenData } from '../../src/schemas/kindergarten.ts';
import { data, STREETS, TYPES } from './kindergartens.ts';

export const DOC = '某发改费字〔2015〕203号';
export const fees = (over: Partial<FeeConfig> = {}): FeeConfig => ({
  rules: [],
  documents: [
    { id: 'moufagai-2015-203', docNumber: DOC, title: '关于调整某某市公办幼儿园收费标准及有关事宜的通知', issuer: '', policy: '', citedIn: [], note: '', sample: false },
    { id: 'sample-2019', docNumber: '示例〔2019〕1号', title: '示例文件', issuer: '', policy: '', citedIn: [], note: '', sample: true },
  ],
  sample: false,
  sampleNote: '',
  ...over,
});
export const entry = <T>(path: string, d: T): ValidEntry<T> => ({ id: path.split('/').pop()!.replace(/\.(json|mdx)$/, ''), path, data: d, body: '' });
export const kgEntry = (id: string, over: Partial<KindergartenData> = {}) => entry(`content/kindergartens/${id}.json`, data(over));

export function world(kgs: ValidEntry<KindergartenData>[], extra: Partial<AllEntries> = {}): AllEntries {
  return {
    site: [entry('content/site.json', { siteUrl: '', contact: { complaintPhone: '' } })],
    streets: [entry('content/streets.json', { streets: STREETS })],
    kindergartenTypes: [entry('content/kindergarten-types.json', { types: TYPES })],
    feeConfig: [entry('content/fees.json', fees())],
    policies: [entry('content/policies/plan.mdx', {})],
    targets: [],
    kindergartens: kgs,
    ...extra,
  };
}
