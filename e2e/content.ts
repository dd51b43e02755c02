// The shipped content as the e2e tests read it: raw JSON files, independent of the site's own code.
import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../content/', import.meta.url);
const json = (path: string) => JSON.parse(readFileSync(new URL(path, dir), 'utf8'));

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

export const KGS: RawKg[] = readdirSync(new URL('kindergartens/', dir))
  .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
  .map((f) => ({ id: f.slice(0, -5), ...json(`kindergartens/${f}`) }));
export const TYPES: { id: string; name: string; category: string }[] = json('kindergarten-types.json').types;
export const STREETS: { id: string; name: string }[] = json('streets.json').streets;
export const FEES = json('fees.json');

export const minFee = (k: RawKg) => Math.min(...k.fees.tuition.map((t) => t.amount));
export const typeId = (k: RawKg) => TYPES.find((t) => t.name === k.type)!.id;
export const streetId = (k: RawKg) => STREETS.find((s) => s.name === k.street)!.id;
