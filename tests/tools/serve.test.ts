// scripts/serve.ts (the e2e server) never serves a file outside its folder, however the path is encoded.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: ChildProcess;
let port = 0;
const dir = mkdtempSync(join(tmpdir(), 'xqjy-serve-'));

/** A GET with the path sent exactly as written (no client-side normalisation of `..`). */
function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  // The served folder `site` and a sibling whose name starts with the same letters: `site-secret`.
  mkdirSync(join(dir, 'site', 'a'), { recursive: true });
  mkdirSync(join(dir, 'site-secret'));
  writeFileSync(join(dir, 'site', 'a', 'index.html'), 'page a');
  writeFileSync(join(dir, 'site', '404.html'), 'not found page');
  writeFileSync(join(dir, 'site-secret', 'file.txt'), 'SECRET');
  writeFileSync(join(dir, 'outside.txt'), 'SECRET');
  server = spawn(process.execPath, ['scripts/serve.ts', join(dir, 'site'), '0', '/'], { stdio: ['ignore', 'pipe', 'inherit'] });
  port = await new Promise<number>((resolve) => {
    server.stdout!.on('data', (d: Buffer) => {
      const m = /127\.0\.0\.1:(\d+)/.exec(String(d));
      if (m) resolve(Number(m[1]));
    });
  });
});
afterAll(() => {
  server.kill();
});

describe('scripts/serve.ts path traversal', () => {
  it('serves a page inside the folder', async () => {
    expect(await get('/a/')).toEqual({ status: 200, body: 'page a' });
  });

  it.each([
    '/..%2fsite-secret/file.txt',
    '/..%2Fsite-secret%2Ffile.txt',
    '/a/..%2f..%2fsite-secret/file.txt',
    '/..%2foutside.txt',
    '/../site-secret/file.txt',
    '/%2e%2e/site-secret/file.txt',
    '/..%5csite-secret/file.txt',
  ])('%s is the 404 page, never the file beside the folder', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(404);
    expect(r.body).toBe('not found page');
  });
});
