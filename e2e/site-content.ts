// The content a project's build was made from, read through the same loader as validate and build: every
// project names its content folder in playwright.config.ts (metadata.contentDir), so the same spec runs on
// the shipped content and on every fixture site under tests/fixtures/sites/.
import { resolve } from 'node:path';
import { loadContent } from '../scripts/load-content.ts';

/** A kindergarten as the specs need it; a part of `fees` is absent when it is not published. */
export interface SiteKg {
  id: string;
  name: string;
  street: string;
  type: string;
  /** 暂停招生 or 新建未开园, when not open as usual. */
  status?: string;
  capacity: number;
  enrolled: number;
  sample: boolean;
  fees?: {
    tuition?: { level: string; amount: number }[];
    meals?: { amount: number; unit: string };
    basis?: { docNumber: string; effectiveOn: string };
    history?: unknown[];
  };
  /** 停办日期, when the kindergarten has closed. */
  closedOn?: string;
}

/** The lowest monthly tuition of a kindergarten, undefined when none is published. */
export const minTuition = (k: SiteKg): number | undefined => (k.fees?.tuition?.length ? Math.min(...k.fees.tuition.map((t) => t.amount)) : undefined);

/** Content of one site, as the specs need it. */
export interface SiteContent {
  dir: string;
  site: { name: string; district: string; bureau: string; contact: { complaintPhone: string; hotline: string; phone: string } };
  streets: { id: string; name: string }[];
  kindergartens: SiteKg[];
  /** kindergarten-types.json: id (filter URL) and name. */
  types: { id: string; name: string }[];
  tasks: string[];
  policies: string[];
  reports: string[];
  indicators: string[];
}

/** Reads a content folder (relative to the repository root). */
export function readSite(contentDir: string): SiteContent {
  const dir = resolve(import.meta.dirname, '..', contentDir);
  const all = loadContent(dir);
  const ids = (key: string) => (all[key] ?? []).map((e) => e.id).sort();
  const one = <T>(key: string): T | undefined => all[key]?.[0]?.data as T | undefined;
  return {
    dir,
    site: one<SiteContent['site']>('site')!,
    streets: one<{ streets: SiteContent['streets'] }>('streets')?.streets ?? [],
    kindergartens: (all.kindergartens ?? [])
      .map((e) => ({ id: e.id, ...(e.data as Omit<SiteContent['kindergartens'][number], 'id'>) }))
      .sort((x, y) => x.id.localeCompare(y.id)),
    types: one<{ types: SiteContent['types'] }>('kindergartenTypes')?.types ?? [],
    tasks: ids('tasks'),
    policies: ids('policies'),
    reports: ids('reports'),
    indicators: ids('indicators'),
  };
}

/** The kindergartens every count is made of: not closed (closedOn) and not 新建未开园. */
export function countedKindergartens(c: SiteContent): SiteContent['kindergartens'] {
  return c.kindergartens.filter((k) => !k.closedOn && k.status !== '新建未开园');
}

/** County-specific expectations of a fixture site (playwright.config.ts project metadata). */
export interface Expect {
  /** 全县 … as the seats page must say it. */
  region?: string;
  /** The word for the subdivisions (filter label, table column). */
  subdivision?: string;
  /** Words that must appear on no page of the site (街道 on a site with only 镇 and 乡). */
  forbidden?: string[];
}
