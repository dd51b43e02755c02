/**
 * Whether two folders hold the same files with the same bytes. The e2e setup uses it to drop a fixture site
 * that is the content itself (a fork whose content/ is a copy of a fixture site, as `.ci/run`'s fork stage makes):
 * building and testing it twice would repeat the same coverage.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

/** True when `a` and `b` both exist and hold the same relative paths with identical contents. */
export function sameTree(a: string, b: string): boolean {
  if (!existsSync(a) || !existsSync(b)) return false;
  const fa = files(a);
  const fb = files(b);
  if (fa.length !== fb.length || fa.some((f, i) => f !== fb[i])) return false;
  return fa.every((f) => readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}
