// Content compatibility: counties fork the repository and pull updates later, so content written for an
// earlier schema must keep validating and building. tests/fixtures/legacy/ holds content folders exactly as
// they were committed under earlier schemas (schema-2026-11-28: the content before the any-county fields —
// regionWord, planName, street kinds, fee pricing rules, update notes — were added). When a schema change would
// refuse one of them, make the new field optional with a default, or ship a migration command and run it here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/load-content.ts';
import { childEnv } from '../helpers/child-env.ts';

const LEGACY = join(import.meta.dirname, '..', 'fixtures', 'legacy');
const folders = readdirSync(LEGACY).sort();

describe('content written for an earlier schema', () => {
  it('there is at least one legacy content folder', () => expect(folders.length).toBeGreaterThan(0));

  it.each(folders)('%s validates with today’s rules', (name) => {
    const r = checkContent(join(LEGACY, name));
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.entries.kindergartens?.length ?? 0).toBeGreaterThan(0);
  });

  it.each(folders)('%s builds', (name) => {
    const out = join(mkdtempSync(join(tmpdir(), 'xqjy-legacy-')), 'dist');
    const r = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env: childEnv({ CONTENT_DIR: join(LEGACY, name), DIST_DIR: out }), timeout: 280_000 });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    // The bundler's English warning about Astro's own directive in every compiled policy (MODULE_LEVEL_DIRECTIVE,
    // naming the county's policy file) is filtered in astro.config.mjs; a folder with a policy would show it.
    expect(readdirSync(join(LEGACY, name, 'policies')).some((f) => f.endsWith('.mdx'))).toBe(true);
    expect(`${r.stdout}${r.stderr}`).not.toContain('MODULE_LEVEL_DIRECTIVE');
  }, 300_000);
});
