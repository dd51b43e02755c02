// `npm run dev` passes Astro's output through the build's filter: a county without monthly reports reads one
// Chinese line per empty collection, not Astro's English warning (a real dev server on a fixture site).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, it } from 'vitest';
import { childEnv } from '../helpers/child-env.ts';

it('the dev server speaks Chinese about empty collections', async () => {
  const content = join('tests', 'fixtures', 'sites', 'county-towns');
  // A port no other test server uses (the e2e servers start at E2E_PORT, 4321 by default).
  const port = String(20_000 + Math.floor(Math.random() * 20_000));
  const child = spawn(process.execPath, ['scripts/dev.ts', '--port', port, '--host', '127.0.0.1'], { env: childEnv({ CONTENT_DIR: content }), detached: true });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (out += b.toString()));
  const until = async (test: () => boolean, what: string) => {
    for (let i = 0; i < 600 && !test(); i++) await new Promise((r) => setTimeout(r, 100));
    if (!test()) throw new Error(`timed out waiting for ${what}:\n${out}`);
  };
  try {
    await until(() => /Local\s+http:/.test(stripVTControlCharacters(out)), 'the dev server');
    // The first requests may come before the dev server has finished optimizing its dependencies.
    let status = 0;
    for (let i = 0; i < 120 && status !== 200; i++) {
      status = (await fetch(`http://127.0.0.1:${port}/progress/`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status, out).toBe(200);
    await until(() => out.includes(`提示：月报（${content}/reports/）还没有任何文件，相关页面会写明尚无数据。`), 'the Chinese line');
    expect(out).not.toContain('does not exist or is empty');
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
  }
}, 150_000);
