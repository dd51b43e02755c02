/**
 * Astro's output as staff read it: each line passes through translateAstroLog (scripts/lib/astro-log.ts), so the
 * English “collection does not exist or is empty” warning of a county without monthly reports becomes one
 * Chinese line, printed once. Used by `npm run build` and `npm run dev`.
 */
import { relative } from 'node:path';
import { translateAstroLog } from './lib/astro-log.ts';
import { COLLECTIONS } from '../src/schemas/index.ts';
import { contentDir } from './load-content.ts';

const stripColour = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, '');

/** A line filter for Astro's output (null drops a line); one per run, it remembers what it printed. */
export function astroOutputFilter(): (line: string) => string | null {
  const names = Object.fromEntries(Object.entries(COLLECTIONS).map(([k, c]) => [k, { path: `${c.dir}/`, label: c.label, optional: 'optional' in c && c.optional }]));
  const root = relative(process.cwd(), contentDir()) || '.';
  const seen = new Set<string>();
  return (line) => {
    const plain = stripColour(line);
    const out = translateAstroLog(plain, names, root);
    if (out === null || out === plain) return out === null ? null : line;
    // A translated line is printed once per run.
    if (seen.has(out)) return null;
    seen.add(out);
    return out;
  };
}
