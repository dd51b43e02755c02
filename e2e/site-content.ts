// The content a project's build was made from, read as raw files (independent of the site's code): every
// project names its content folder in playwright.config.ts (metadata.contentDir), so the same spec runs on
// the shipped content and on every fixture site under tests/fixtures/sites/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Raw content of one site. */
export interface SiteContent {
  dir: string;
  site: { name: string; district: string; bureau: string };
  streets: { id: string; name: string }[];
  kindergartens: { id: string; name: string; street: string; type: string }[];
  tasks: string[];
  policies: string[];
  reports: string[];
  indicators: string[];
}

const names = (dir: string, ext: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext) && !f.startsWith('_')).map((f) => f.slice(0, -ext.length)).sort() : [];

/** Reads a content folder (relative to the repository root). */
export function readSite(contentDir: string): SiteContent {
  const dir = resolve(import.meta.dirname, '..', contentDir);
  const json = (p: string) => JSON.parse(readFileSync(join(dir, p), 'utf8').replace(/^\uFEFF/, ''));
  return {
    dir,
    site: json('site.json'),
    streets: existsSync(join(dir, 'streets.json')) ? json('streets.json').streets : [],
    kindergartens: names(join(dir, 'kindergartens'), '.json').map((id) => ({ id, ...json(`kindergartens/${id}.json`) })),
    tasks: names(join(dir, 'tasks'), '.json'),
    policies: names(join(dir, 'policies'), '.mdx'),
    reports: names(join(dir, 'reports'), '.json'),
    indicators: names(join(dir, 'indicators'), '.json'),
  };
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
