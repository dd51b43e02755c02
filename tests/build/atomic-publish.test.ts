// Atomic publishing (scripts/build.ts + scripts/publish.ts): a build killed at any moment leaves `dist` the
// complete previous build (or the complete new one), never missing or partial, and the next build removes
// whatever the killed one left behind.
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProblems } from '../../scripts/lib/build-check.ts';
import { childEnv } from '../helpers/child-env.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'xqjy-atomic-'));
const dist = join(out, 'dist');
const releases = join(out, '.dist-releases');
// A frozen copy of the shipped content (not content/, which a county replaces), through CONTENT_DIR so this
// build keeps its own Astro cache.
const env = childEnv({ CONTENT_DIR: join(ROOT, 'tests', 'fixtures', 'sites', 'shipped-copy'), DIST_DIR: dist });

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
const routes = files(join(ROOT, 'src', 'pages'));

/** Runs a build; `kill` = [delay ms, signal]. Meanwhile a reader checks `dist/index.html` every few ms. */
async function build(kill?: [number, NodeJS.Signals]) {
  const started = Date.now();
  const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let missing = 0;
  let reads = 0;
  const hadDist = existsSync(join(dist, 'index.html'));
  const reader = setInterval(() => {
    reads++;
    if (hadDist && !existsSync(join(dist, 'index.html'))) missing++;
  }, 3);
  const timer = kill ? setTimeout(() => child.kill(kill[1]), kill[0]) : undefined;
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((r) => child.on('exit', (c, s) => r([c, s])));
  clearInterval(reader);
  clearTimeout(timer);
  return { code, signal, missing, reads, output, ms: Date.now() - started, pid: child.pid! };
}

/** `dist` is a complete build with exactly the files of the first one. */
function expectComplete(expected: string[], note: string) {
  expect(lstatSync(dist).isSymbolicLink(), note).toBe(true);
  const now = files(realpathSync(dist));
  expect(buildProblems(routes, now), note).toEqual([]);
  expect(now, note).toEqual(expected);
}

describe('atomic publish', () => {
  it('a build killed at different moments never leaves dist missing or partial; the next build cleans up', { timeout: 600_000 }, async () => {
    const first = await build();
    expect(first.code, first.output).toBe(0);
    const expected = files(realpathSync(dist));
    expect(expected.length).toBeGreaterThan(100);

    // Kill points spread over a whole build: Astro rendering, Pagefind indexing, the check and the swap.
    const plan: [number, NodeJS.Signals][] = [
      [0.2, 'SIGTERM'], [0.5, 'SIGKILL'], [0.8, 'SIGINT'], [0.95, 'SIGKILL'],
    ];
    for (const [fraction, sig] of plan) {
      const delay = Math.round(first.ms * fraction);
      const r = await build([delay, sig]);
      const note = `${sig} after ${delay} ms (exit ${r.code ?? r.signal})\n${r.output}`;
      expect(r.reads, note).toBeGreaterThan(10);
      expect(r.missing, `dist/index.html went missing during the build: ${note}`).toBe(0);
      expectComplete(expected, note);
      if (sig !== 'SIGKILL' && r.code !== 0) {
        // Handled signals: non-zero exit, astro stopped, the temporary folder removed at once.
        expect(r.code, note).toBe(sig === 'SIGINT' ? 130 : 143);
        expect(existsSync(join(releases, `build-${r.pid}`)), note).toBe(false);
        expect(existsSync(join(releases, `build-${r.pid}.child`)), note).toBe(false);
      }
    }

    const last = await build();
    expect(last.code, last.output).toBe(0);
    expect(last.missing).toBe(0);
    expectComplete(expected, 'final build');
    // Nothing from the interrupted builds remains; the current release and the previous one are kept.
    const left = readdirSync(releases);
    expect(left.filter((f) => !f.startsWith('r-')), left.join(', ')).toEqual([]);
    expect(left.length).toBeLessThanOrEqual(2);
    expect(readdirSync(out).filter((f) => f.includes('.link-'))).toEqual([]);
    expect(realpathSync(dist).startsWith(releases + sep)).toBe(true);
  });

  it('a stale temporary folder of a dead build is removed at the next build’s start; a live one is kept', { timeout: 120_000 }, async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { removeStale } = await import('../../scripts/publish.ts');
    const dir = mkdtempSync(join(tmpdir(), 'xqjy-stale-'));
    const rel = join(dir, '.dist-releases');
    mkdirSync(join(rel, 'build-999999999'), { recursive: true });
    mkdirSync(join(rel, `build-${process.pid}`));
    writeFileSync(join(rel, 'build-999999999', 'index.html'), 'partial');
    writeFileSync(join(rel, 'build-999999998.child'), '999999997');
    const cwd = mkdtempSync(join(tmpdir(), 'xqjy-cwd-'));
    mkdirSync(join(cwd, '.build-999999996'));
    mkdirSync(join(cwd, `.build-${process.pid}`));
    const removed = removeStale(join(dir, 'dist'), cwd).map((p) => relative(dir, p).startsWith('..') ? relative(cwd, p) : relative(dir, p));
    expect(removed.sort()).toEqual(['.build-999999996', '.dist-releases/build-999999998.child', '.dist-releases/build-999999999'].sort());
    expect(readdirSync(rel)).toEqual([`build-${process.pid}`]);
    expect(readdirSync(cwd)).toEqual([`.build-${process.pid}`]);
  });
});
