// The house order of src/lib/: each domain folder imports only from folders below it (or from itself), never
// from a folder on its own level or above, and nothing in src/lib/ reaches up into the site (queries, pages,
// components, astro:*) or out to scripts/. Code the browser runs (what src/scripts/ imports, transitively) uses
// no Node module. docs/ARCHITECTURE.md draws the same levels (checked below). tests/lib/ mirrors src/lib/: every
// file that exports a function has a test file of the same path.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const LIB = join(ROOT, 'src', 'lib');

/** Folder → level. A folder may import from a lower level and from itself only. */
export const LAYERS: Readonly<Record<string, number>> = {
  core: 0,
  content: 1,
  progress: 2,
  search: 2,
  kindergartens: 3,
  rules: 4,
  sheets: 4,
  history: 4,
  'open-data': 4,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(name) ? [p] : [];
  });
}

/** Module specifiers of a file's static and dynamic imports and re-exports. */
function specifiers(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

const folderOf = (file: string) => relative(LIB, file).split(sep)[0]!;

/**
 * True when a module's source exports a function or class of its own: `export function`, `export class`, or
 * `export const name(: Type) = (…) =>` / `= async (…) =>` / `= x =>`. Re-exports and constants do not count.
 */
export function exportsFunction(src: string): boolean {
  return /^export\s+(?:default\s+)?(?:async\s+)?(?:function\b|class\b)/m.test(src)
    || /^export\s+const\s+\w+\s*(?::[^=]*)?=\s*(?:async\s*)?(?:<[^>]*>\s*)?(?:\(|\w+\s*=>)/m.test(src);
}

/** tests/lib/<path>.test.ts for src/lib/<path>.ts. */
const mirrorOf = (file: string) => join(ROOT, 'tests', 'lib', relative(LIB, file).replace(/\.ts$/, '.test.ts'));

/**
 * The levels drawn in ARCHITECTURE's picture of src/lib/: a line ` level N   a/  b/ …` names the folders of level N,
 * and a later line that starts with a folder (`           search/   …`) adds one more to the same level.
 */
export function drawnLayers(doc: string): Record<string, number> {
  const start = doc.indexOf(' level 4 ');
  const block = doc.slice(start, doc.indexOf('```', start));
  const out: Record<string, number> = {};
  let level: number | undefined;
  for (const line of block.split('\n')) {
    const m = /^ level (\d+)\s+(.*)$/.exec(line);
    if (m) {
      level = Number(m[1]);
      for (const [, name] of m[2]!.matchAll(/(?<![\w/.])([a-z][a-z-]*)\/(?=\s|$)/g)) out[name!] = level;
    } else if (level !== undefined) {
      const first = /^\s+([a-z][a-z-]*)\/\s/.exec(line);
      if (first) out[first[1]!] = level;
    }
  }
  return out;
}

describe('src/lib layers', () => {
  it('has only domain folders, each with a level', () => {
    const entries = readdirSync(LIB);
    expect(entries.filter((e) => !statSync(join(LIB, e)).isDirectory())).toEqual([]);
    expect(entries.sort()).toEqual(Object.keys(LAYERS).sort());
  });

  it('imports point only downward', () => {
    const wrong: string[] = [];
    for (const file of files(LIB)) {
      const from = folderOf(file);
      for (const spec of specifiers(file)) {
        if (spec.startsWith('astro:')) { wrong.push(`${relative(ROOT, file)} imports ${spec}`); continue; }
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(LIB + sep)) {
          // Schemas are the one place above lib that lib may read: they describe the records it derives from.
          if (!target.startsWith(join(ROOT, 'src', 'schemas') + sep)) wrong.push(`${relative(ROOT, file)} imports ${relative(ROOT, target)}`);
          continue;
        }
        const to = folderOf(target);
        if (to !== from && !(LAYERS[to]! < LAYERS[from]!)) wrong.push(`${relative(ROOT, file)} (${from}) imports ${relative(ROOT, target)} (${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('docs/ARCHITECTURE.md draws the same levels', () => {
    expect(drawnLayers(readFileSync(join(ROOT, 'docs', 'ARCHITECTURE.md'), 'utf8'))).toEqual(LAYERS);
  });

  it('browser code uses no Node module', () => {
    const seen = new Set<string>();
    const wrong: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of specifiers(file)) {
        if (spec.startsWith('node:')) wrong.push(`${relative(ROOT, file)} imports ${spec}`);
        else if (spec.startsWith('.') && spec.endsWith('.ts')) visit(resolve(dirname(file), spec));
      }
    };
    for (const file of files(join(ROOT, 'src', 'scripts'))) visit(file);
    expect(seen.size).toBeGreaterThan(3);
    expect(wrong).toEqual([]);
  });
});

describe('tests/lib mirrors src/lib', () => {
  it.each([
    ['export function f() {}', true],
    ['export async function f() {}', true],
    ['export default function () {}', true],
    ['export class Percent {}', true],
    ['export const text = (s: string) => s;', true],
    ['export const check: CrossCheck = (entries, f) => {', true],
    ['export const run = async () => 1;', true],
    ['export const id = <T>(x: T) => x;', true],
    ['export const one = x => x;', true],
    ['export const NAV: readonly NavItem[] = [', false],
    ['export const col = {', false],
    ['export const MAX = 40;', false],
    ["export const NAME = '目标编号';", false],
    ['export type F = (x: number) => string;', false],
    ['export interface NavItem { path: string }', false],
    ["export { foldNumerals } from './numerals.ts';", false],
    ['function local() {}\nexport const X = 1;', false],
  ])('exportsFunction(%j) = %j', (src, want) => expect(exportsFunction(src)).toBe(want));

  it('every src/lib file that exports a function has tests/lib/<same path>.test.ts', () => {
    const withFunctions = files(LIB).filter((f) => exportsFunction(readFileSync(f, 'utf8')));
    // The detection finds the library's functions (a regex that matched nothing would pass vacuously).
    expect(withFunctions.length).toBeGreaterThan(40);
    const missing = withFunctions
      .filter((f) => !existsSync(mirrorOf(f)))
      .map((f) => `${relative(ROOT, f)} exports a function but has no ${relative(ROOT, mirrorOf(f))}: add one with a table of cases (move its describe blocks there if they live in another test file)`);
    expect(missing).toEqual([]);
  });
});
