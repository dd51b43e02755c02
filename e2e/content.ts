// The shipped content as the e2e tests read it: through the same loader as validate and build (decoded,
// validated, defaults applied), never parsed a second way. The pages must show exactly this.
import { fileURLToPath } from 'node:url';
import { loadContent } from '../scripts/load-content.ts';
import type { KindergartenType, KindergartenTypesData, Street, StreetsData } from '../src/schemas/directory.ts';
import type { FeeConfig } from '../src/schemas/fees.ts';
import type { KgFees, KindergartenData, KindergartenRecord } from '../src/schemas/kindergarten.ts';
import type { SiteConfig } from '../src/schemas/site.ts';

/** Every valid entry of content/, by collection. */
export const CONTENT = loadContent(fileURLToPath(new URL('../content/', import.meta.url)));
const data = <T>(key: string): T => CONTENT[key]![0]!.data as T;
/** A folder collection as records with their id (file name). */
export const records = <T>(key: string): (T & { id: string })[] => CONTENT[key]!.map((e) => ({ id: e.id, ...(e.data as T) }));

/** A shipped kindergarten: the schema's record; the shipped content publishes every kindergarten's fees, basis and meals. */
export type ShippedKg = KindergartenRecord & { fees: KgFees & Required<Pick<KgFees, 'tuition' | 'meals' | 'basis'>> };
export const KGS = records<KindergartenData>('kindergartens') as ShippedKg[];
export const TYPES: KindergartenType[] = data<KindergartenTypesData>('kindergartenTypes').types;
export const STREETS: Street[] = data<StreetsData>('streets').streets;
// The shipped fees.json has its meal standard and the plan's fee adjustment: the fee specs check both.
export const FEES = data<FeeConfig>('feeConfig') as FeeConfig & Required<Pick<FeeConfig, 'meals' | 'adjustments'>>;

/** The contact facts of content/site.json (defaults applied). */
export const CONTACT = data<SiteConfig>('site').contact;

export const minFee = (k: ShippedKg) => Math.min(...k.fees.tuition.map((t) => t.amount));
export const typeId = (k: ShippedKg) => TYPES.find((t) => t.name === k.type)!.id;
export const streetId = (k: ShippedKg) => STREETS.find((s) => s.name === k.street)!.id;
