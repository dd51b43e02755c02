// scripts/serve.ts (npm start, npm run preview, the e2e servers) never serves a file outside its folder, however the
// path is encoded, nor a dotfile, _deploy/ or a symbolic link, and never answers 500. The same requests against
// nginx: tests/tools/nginx-config.test.ts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: ChildProcess;
let port = 0;
const dir = mkdtempSync(join(tmpdir(), 'xqjy-serve-'));

/** A GET with the path sent exactly as written (no client-side normalisation of `..`). */
function get(path: string, at = port): Promise<{ status: number; body: string; location?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: at, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ...(res.headers.location ? { location: res.headers.location } : {}) }));
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
  mkdirSync(join(dir, 'site', '.git'));
  mkdirSync(join(dir, 'site', '_deploy'));
  writeFileSync(join(dir, 'site', '.env'), 'SECRET');
  writeFileSync(join(dir, 'site', '.git', 'config'), 'SECRET');
  writeFileSync(join(dir, 'site', 'a', '.hidden'), 'SECRET');
  writeFileSync(join(dir, 'site', '_deploy', 'headers.json'), JSON.stringify({ base: '/sub/', files: {} }));
  symlinkSync(join(dir, 'outside.txt'), join(dir, 'site', 'link.txt'));
  symlinkSync(join(dir, 'site-secret'), join(dir, 'site', 'linkdir'));
  [server, port] = await start([join(dir, 'site'), '0', '/']);
});
afterAll(() => {
  server.kill();
});

/** Starts scripts/serve.ts and reads the port it says it listens on. */
async function start(args: string[]): Promise<[ChildProcess, number, string]> {
  const child = spawn(process.execPath, ['scripts/serve.ts', ...args], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, BASE: '' } });
  const line = await new Promise<string>((resolve) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (/127\.0\.0\.1:(\d+)/.test(String(d))) resolve(String(d));
    });
  });
  return [child, Number(/127\.0\.0\.1:(\d+)/.exec(line)![1]), line];
}

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

describe('scripts/serve.ts serves what nginx serves', () => {
  it.each([
    ['/a', 301, '/a/'],
    ['/a?x=1', 301, '/a/?x=1'],
    ['/.env', 404, undefined],
    ['/%2eenv', 404, undefined],
    ['/.git/config', 404, undefined],
    ['/a/.hidden', 404, undefined],
    ['/_deploy/headers.json', 404, undefined],
    ['/_deploy', 404, undefined],
    ['/link.txt', 404, undefined],
    ['/linkdir/file.txt', 404, undefined],
    ['/%00', 404, undefined],
    ['/%zz', 404, undefined],
    ['/%2f', 404, undefined],
  ] as const)('%s → %s', async (path, status, location) => {
    const r = await get(path);
    expect(r.status).toBe(status);
    expect(r.location).toBe(location);
    expect(r.body).not.toContain('SECRET');
    expect(r.body).not.toContain(dir);
  });

  it('without a base argument, serves under the base the build wrote in _deploy/headers.json', async () => {
    const [child, at, line] = await start([join(dir, 'site'), '0']);
    try {
      expect(line).toContain('/sub/');
      expect(await get('/sub/a/', at)).toMatchObject({ status: 200, body: 'page a' });
      expect(await get('/sub', at)).toMatchObject({ status: 301, location: '/sub/' });
      expect((await get('/a/', at)).status).toBe(404);
    } finally {
      child.kill();
    }
  });
});

it('a port already in use is said in Chinese, with the fix', () => {
  const r = spawnSync(process.execPath, ['scripts/serve.ts', join(dir, 'site'), String(port), '/'], { encoding: 'utf8', timeout: 20_000 });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(`端口 ${port} 已被占用（可能已有一个预览在运行）：关掉它，或换一个端口，例如 PORT=8000 npm start。`);
  expect(r.stderr).not.toContain('EADDRINUSE');
});
