/**
 * Makes a larger content set for benchmarks: copies content/ and multiplies the policies and
 * kindergartens `factor` times (new ids, names marked 副本N so uniqueness rules still hold, every copy
 * flagged `sample: true`). Policies copy the plan's long Chinese text. Monthly reports are one file per
 * month, so they are kept as they are (their count does not grow with the number of kindergartens).
 *   node scripts/bench/generate-content.ts <outDir> [factor=10]
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentFile, readParsed } from '../../src/content-read.ts';

/** A copy of a policy's MDX: its title and short title marked as copy i, and flagged sample (once). */
function copyPolicy(text: string, i: number): string {
  const end = text.indexOf('\n---', 3);
  const front = text.slice(0, end).replace(/^sample: .*\n?/m, '');
  return `${front}${text.slice(end)}`
    .replace(/^title: (.*)$/m, `title: $1（副本${i}）\nsample: true`)
    .replace(/^shortTitle: (.*)$/m, (_m, t: string) => `shortTitle: ${t.slice(0, 14)}副本${i}`);
}

/** Writes the multiplied content set to `out`; returns the file counts per collection. */
export function generateContent(out: string, factor = 10, src = 'content'): Record<string, number> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(src, out, { recursive: true });
  const counts: Record<string, number> = {};
  for (const dir of ['policies', 'kindergartens']) {
    const folder = join(out, dir);
    let files: string[] = [];
    try {
      files = readdirSync(folder).filter((f) => !f.startsWith('_') && !f.startsWith('.'));
    } catch {
      continue;
    }
    for (const f of files) {
      const [stem, ext] = [f.replace(/\.[^.]+$/, ''), f.slice(f.lastIndexOf('.'))];
      const path = join(folder, f);
      // Read the way the site reads it (decoded, BOM dropped); copies of a JSON file are its parsed data.
      const data = ext === '.json' ? (readParsed(path, '.json').data as { name: string; shortNames?: string[] }) : undefined;
      const text = data ? '' : readContentFile(path, ext).file.text;
      for (let i = 2; i <= factor; i++) {
        const copy = data
          ? JSON.stringify({ ...data, name: `${data.name}副本${i}`, ...(data.shortNames ? { shortNames: data.shortNames.map((n) => `${n}副本${i}`) } : {}), sample: true }, null, 2)
          : copyPolicy(text, i);
        writeFileSync(join(folder, `${stem}-copy${i}${ext}`), copy);
      }
    }
    counts[dir] = files.length * factor;
  }
  return counts;
}

if (import.meta.main) {
  const [out = '.bench/content-x10', factor = '10'] = process.argv.slice(2);
  console.log(generateContent(out, Number(factor)));
}
