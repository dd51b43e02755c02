// The bench runs at 1× in the suite: it must complete and print its figures (not asserted: they vary).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/load-content.ts';
import { generateContent } from '../../scripts/bench/generate-content.ts';
import { childEnv } from '../helpers/child-env.ts';

describe('bench', () => {
  // Any county's content: the generator must work on whatever content/ holds (the fixture sites flag their
  // policies sample already, which a copy must not repeat).
  it.each([process.env.CONTENT_DIR ?? 'tests/fixtures/sites/shipped-copy', 'tests/fixtures/sites/district-streets', 'tests/fixtures/sites/county-towns'])('generated content (3× of %s) validates and every copy is flagged sample', (source) => {
    const dir = '.bench/content-test-x3';
    const counts = generateContent(dir, 3, source);
    try {
      const check = checkContent(dir);
      expect(check.errors.map((e) => e.message)).toEqual([]);
      const kgs = check.entries.kindergartens!;
      expect(kgs.length).toBe(counts.kindergartens);
      const copies = kgs.filter((e) => /-copy\d+$/.test(e.id));
      expect(copies.length).toBe((counts.kindergartens! * 2) / 3);
      expect(copies.every((e) => (e.data as { sample?: boolean }).sample === true)).toBe(true);
      const policies = check.entries.policies!.filter((e) => /-copy\d+$/.test(e.id));
      expect(policies.length).toBeGreaterThan(0);
      expect(policies.every((e) => (e.data as { sample?: boolean }).sample === true)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('npm run bench --scale 1 completes and prints its table', () => {
    // The shipped-copy fixture, never content/ (a county replaces it); CONTENT_DIR tries another.
    const r = spawnSync(process.execPath, ['scripts/bench/run.ts', '--scale', '1', '--no-search'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: childEnv({ CONTENT_DIR: process.env.CONTENT_DIR ?? 'tests/fixtures/sites/shipped-copy' }) });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    expect(r.stdout).toMatch(/\| 1× \| \d+ \| \d+ \| [\d.]+ s \| [\d.]+ s \| \d+ \| \d+ \/ \d+ MB \|/);
    expect(r.stdout).toContain('bare Astro');
  }, 300_000);
});
