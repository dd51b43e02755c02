// `npm run edit` checks every save (scripts/lib/admin-dev.ts): /admin/check.json follows each change under the
// content folder, also when the same file is saved again and again the way Chromium's File System Access API
// saves — a swap file renamed over the target. (Node's recursive fs.watch on Linux loses a file after the first
// such rename; the check then stayed on the first save.)
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { editorDevPlugin } from '../../scripts/lib/admin-dev.ts';

const dir = mkdtempSync(join(tmpdir(), 'xqjy-admin-dev-'));
const content = join(dir, 'content');
const file = join(content, 'kindergartens', 'bei-an-1.json');
let server: ViteDevServer;
let url = '';

interface Check { ok: boolean; text: string; checkedAt: number }

beforeAll(async () => {
  cpSync(join(import.meta.dirname, '..', 'fixtures', 'sites', 'district-streets'), content, { recursive: true });
  server = await createServer({ configFile: false, root: dir, logLevel: 'silent', plugins: [editorDevPlugin(content, '/')], server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  url = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}/admin/check.json`;
  // The watcher scans the folder after the server starts: touch a hidden file (the check skips it) until a check
  // follows, so the saves below happen while it is live.
  for (let i = 0; ; i++) {
    const at = Date.now();
    writeFileSync(join(content, 'kindergartens', '.probe'), String(at));
    await new Promise((res) => setTimeout(res, 500));
    if (((await (await fetch(url)).json()) as Check).checkedAt > at) break;
    if (i > 60) throw new Error('the content folder is not watched');
  }
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Saves `text` as the editor does: a swap file next to the target, renamed over it. Returns the time of the write. */
function saveLikeChromium(text: string): number {
  const at = Date.now();
  writeFileSync(`${file}.crswap`, text);
  renameSync(`${file}.crswap`, file);
  return at;
}

/** check.json once a check has started after `since`. */
async function checkAfter(since: number): Promise<Check> {
  for (let i = 0; i < 200; i++) {
    const r = (await (await fetch(url)).json()) as Check;
    if (r.checkedAt > since) return r;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error('no check ran after the save');
}

it('checks every save of the same file, each written through a swap file renamed over it', async () => {
  const first = (await (await fetch(url)).json()) as Check;
  expect(first).toMatchObject({ ok: true, text: '' });
  expect(first.checkedAt).toBeTypeOf('number');
  const good = readFileSync(file, 'utf8');
  const bad = good.replace(/"capacity": \d+/, '"capacity": -1');
  expect(bad).not.toBe(good);
  for (let round = 0; round < 3; round++) {
    const broken = await checkAfter(saveLikeChromium(bad));
    expect(broken.ok).toBe(false);
    expect(broken.text).toContain('bei-an-1.json');
    expect(broken.text).toContain('capacity');
    expect(await checkAfter(saveLikeChromium(good))).toMatchObject({ ok: true, text: '' });
  }
}, 60_000);
