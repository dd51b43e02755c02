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

/** A kindergarten file as the generator reads it. */
type KgJson = { name: string; shortNames?: string[]; project?: unknown; fees?: { history?: { docNumber: string }[] } };

/**
 * Adds copies of the kindergartens that `pick` selects until more than `atLeast` are selected, so that a list
 * made of them (new-seat projects, fee adjustments) passes a size threshold; names marked 增补N, flagged
 * sample. Returns how many are selected in the end (0 when none was to begin with).
 */
export function growKindergartens(dir: string, pick: (kg: KgJson) => boolean, atLeast: number): number {
  const folder = join(dir, 'kindergartens');
  const chosen = readdirSync(folder)
    .filter((f) => f.endsWith('.json') && !/^[_.]/.test(f))
    .map((f) => ({ stem: f.slice(0, -5), data: readParsed(join(folder, f), '.json').data as KgJson }))
    .filter((k) => pick(k.data));
  let count = chosen.length;
  for (let i = 0; chosen.length && count <= atLeast; i++, count++) {
    const { stem, data } = chosen[i % chosen.length]!;
    const n = i + 1;
    const copy = { ...data, name: `${data.name}增补${n}`, ...(data.shortNames ? { shortNames: data.shortNames.map((x) => `${x}增补${n}`) } : {}), sample: true };
    writeFileSync(join(folder, `${stem}-copy-extra${n}.json`), JSON.stringify(copy, null, 2));
  }
  return count;
}

if (import.meta.main) {
  const [out = '.bench/content-x10', factor = '10'] = process.argv.slice(2);
  console.log(generateContent(out, Number(factor)));
}
