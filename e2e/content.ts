// The shipped content as the e2e tests read it: through the same loader as validate and build (decoded,
// validated, defaults applied), never parsed a second way. The pages must show exactly this.
import { fileURLToPath } from 'node:url';
import { loadContent } from '../scripts/load-content.ts';
import type { FeeConfig } from '../src/schemas/fees.ts';

/** Every valid entry of content/, by collection. */
export const CONTENT = loadContent(fileURLToPath(new URL('../content/', import.meta.url)));
const data = <T>(key: string): T => CONTENT[key]![0]!.data as T;
/** A folder collection as records with their id (file name). */
export const records = <T>(key: string): (T & { id: string })[] => CONTENT[key]!.map((e) => ({ id: e.id, ...(e.data as T) }));

export interface RawKg {
  id: string;
  name: string;
  shortNames: string[];
  type: string;
  street: string;
  capacity: number;
  enrolled: number;
  fees: {
    tuition: { level: string; amount: number }[];
    meals: { amount: number; unit: string };
    basis: { docNumber: string; effectiveOn: string };
    cap?: number;
    history?: { effectiveOn: string; docNumber: string; before: { level: string; amount: number }[]; after: { level: string; amount: number }[] }[];
  };
  project?: { classes: number; seats: number; floorArea?: number };
  sample: boolean;
}

export const KGS: RawKg[] = records<Omit<RawKg, 'id'>>('kindergartens');
export const TYPES: { id: string; name: string; category: string }[] = data<{ types: { id: string; name: string; category: string }[] }>('kindergartenTypes').types;
export const STREETS: { id: string; name: string }[] = data<{ streets: { id: string; name: string }[] }>('streets').streets;
// The shipped fees.json has its meal standard and the plan's fee adjustment: the fee specs check both.
export const FEES = data<FeeConfig>('feeConfig') as FeeConfig & Required<Pick<FeeConfig, 'meals' | 'adjustments'>>;

/** The contact facts of content/site.json (defaults applied). */
export const CONTACT = data<{ contact: { complaintPhone: string; hotline: string; phone: string } }>('site').contact;

export const minFee = (k: RawKg) => Math.min(...k.fees.tuition.map((t) => t.amount));
export const typeId = (k: RawKg) => TYPES.find((t) => t.name === k.type)!.id;
export const streetId = (k: RawKg) => STREETS.find((s) => s.name === k.street)!.id;
