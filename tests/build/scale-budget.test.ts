// At a generated 10× (400 kindergartens) the budgets of issue 11 hold, counted in bytes, not time:
// the first search fetches ≤ 160 KB (gzip) and still puts the named kindergarten first (queries from the content); no HTML page
// exceeds 50 KB gzip; the overview pages link to the group pages, which list every kindergarten.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent, growKindergartens } from '../../scripts/bench/generate-content.ts';
import { readParsed } from '../../src/content-read.ts';
import { measure } from '../../scripts/bench/search.ts';
import { benchQueries } from '../../scripts/bench/queries.ts';
import { FULL_LIST_LIMIT } from '../../src/lib/kindergartens/directory-pages.ts';
import { childEnv } from '../helpers/child-env.ts';

const CONTENT = '.bench/content-test-x10';
const DIST = '.bench/dist-test-x10';
const KB = 1024;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

// The fixture copy of the shipped content (never content/, which a county replaces); CONTENT_DIR tries another.
const SOURCE = process.env.CONTENT_DIR ?? 'tests/fixtures/sites/shipped-copy';
// 10×, or more for a county with fewer than 16 kindergartens: the directory must pass the size at which it
// turns into groups (FULL_LIST_LIMIT), or this test would not test the large-site layout.
const FACTOR = Math.max(10, Math.ceil((FULL_LIST_LIMIT + 1) / Math.max(1, readdirSync(join(SOURCE, 'kindergartens')).filter((f) => f.endsWith('.json') && !/^[_.]/.test(f)).length)));
let kgCount = 0;
// More new-seat projects and more fee adjustments under the plan's document than FULL_LIST_LIMIT too (0 when
// the county's content has none), so /seats/ and /fees/ show their per-subdivision figures.
let projects = 0;
let adjustments = 0;
// Kindergartens with an enrolment block past the limit too: /enrollment/ then names their count.
let enrolling = 0;
beforeAll(() => {
  generateContent(CONTENT, FACTOR, SOURCE);
  const doc = (readParsed(join(CONTENT, 'fees.json'), '.json').data as { adjustments?: { docNumber: string } }).adjustments?.docNumber;
  projects = growKindergartens(CONTENT, (k) => k.project !== undefined, FULL_LIST_LIMIT);
  adjustments = doc ? growKindergartens(CONTENT, (k) => (k.fees?.history ?? []).some((c) => c.docNumber === doc), FULL_LIST_LIMIT) : 0;
  enrolling = growKindergartens(CONTENT, (k) => (k as { enrollment?: unknown }).enrollment !== undefined, FULL_LIST_LIMIT);
  kgCount = readdirSync(join(CONTENT, 'kindergartens')).filter((f) => f.endsWith('.json') && !/^[_.]/.test(f)).length;
  expect(kgCount).toBeGreaterThan(FULL_LIST_LIMIT);
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { env: childEnv({ CONTENT_DIR: CONTENT, DIST_DIR: DIST }), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`10× build failed:\n${r.stderr.slice(-3000)}`);
}, 600_000);
afterAll(() => {
  rmSync(CONTENT, { recursive: true, force: true });
  rmSync(DIST, { recursive: true, force: true });
});

const html = (p: string) => readFileSync(join(DIST, p), 'utf8');

describe(`${FACTOR}× generated content`, () => {
  it('no HTML page exceeds 50 KB gzip', () => {
    const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(kgCount);
    const over = pages.map((p) => ({ p, gz: gzipSync(readFileSync(join(DIST, p))).length })).filter((x) => x.gz > 50 * KB);
    expect(over).toEqual([]);
  });

  it('the directory, fees and search pages link to group pages that together list every kindergarten once', () => {
    for (const page of ['kindergartens/index.html', 'fees/index.html', 'search/index.html']) {
      expect(html(page), page).toContain('data-group-index');
      expect(html(page), page).not.toContain('data-dir-table');
    }
    const groupPages = readdirSync(join(DIST, 'kindergartens/street'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
    const ids = groupPages.flatMap((f) => [...html(join('kindergartens/street', f)).matchAll(/data-kg="([^"]+)"/g)].map((m) => m[1]));
    expect(ids.length).toBe(kgCount);
    expect(new Set(ids).size).toBe(kgCount);
    // Every group page is linked from the overview.
    for (const f of groupPages) expect(html('kindergartens/index.html')).toContain(`/kindergartens/street/${f.replace(/index\.html$/, '')}`);
  });

  it('past the limit, /enrollment/ names how many kindergartens published enrolment facts instead of listing them', (ctx) => {
    if (!enrolling) ctx.skip();
    expect(enrolling).toBeGreaterThan(FULL_LIST_LIMIT);
    const page = html('enrollment/index.html');
    expect(page).toMatch(new RegExp(`data-enrollment-kgs-count[^>]*>${enrolling} 所幼儿园`));
    expect(page).not.toMatch(/data-enrollment-kgs[\s>]/);
  });

  it('past the limit, /seats/ and /fees/ show new-seat projects and fee adjustments per subdivision', (ctx) => {
    if (!projects && !adjustments) ctx.skip();
    if (projects) {
      expect(projects).toBeGreaterThan(FULL_LIST_LIMIT);
      expect(html('seats/index.html')).toContain('id="seat-projects-by-street"');
      expect(html('seats/index.html')).not.toContain('data-project=');
    }
    if (adjustments) {
      expect(adjustments).toBeGreaterThan(FULL_LIST_LIMIT);
      expect(html('fees/index.html')).toContain('id="fee-adjustments-by-street"');
      expect(html('fees/index.html')).not.toContain('id="fee-adjustments"');
      // The full list stays downloadable: one CSV row per adjustment under a header.
      expect(readFileSync(join(DIST, 'data/fee-adjustments.csv'), 'utf8').trim().split('\r\n')).toHaveLength(adjustments + 1);
    }
  });

  it('the first search fetches at most 160 KB and the named kindergarten comes first', async () => {
    const port = await freePort();
    const server = spawn(process.execPath, ['scripts/serve.ts', DIST, String(port), '/'], { stdio: 'ignore' });
    try {
      // Queries from the content: a short name, its pinyin initials, another full name, 收费 (scripts/bench/queries.ts).
      const queries = benchQueries(CONTENT);
      expect(queries.length).toBe(4);
      const rows = await measure(DIST, port, queries.map((x) => x.q), server);
      for (const r of rows) expect(r.gz, `“${r.q}” fetched ${r.gz} bytes`).toBeLessThanOrEqual(160 * KB);
      expect(rows.map((r) => [r.q, r.first])).toEqual(queries.map((x) => [x.q, x.first]));
    } finally {
      server.kill();
    }
  }, 300_000);
});
