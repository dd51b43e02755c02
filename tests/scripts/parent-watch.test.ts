// A build whose starter (npm) was killed alone must not publish: scripts/build.ts checks parentGone before the
// swap. This test kills a real parent process and asks its orphaned child.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parentGone } from '../../scripts/lib/parent-watch.ts';

describe('parentGone', () => {
  it('is false while the parent lives', () => {
    expect(parentGone(process.ppid)).toBe(false);
  });

  it('is true in a child whose parent was killed (SIGKILL, as when only npm is killed)', async () => {
    const url = new URL('../../scripts/lib/parent-watch.ts', import.meta.url).href;
    // parent → child; the child reports parentGone before and after the parent dies.
    const childCode = `import(${JSON.stringify(url)}).then(({ parentGone }) => { const start = process.ppid; process.stdout.write('before:' + parentGone(start) + '\\n'); setTimeout(() => { process.stdout.write('after:' + parentGone(start) + '\\n'); }, 1500); });`;
    const parentCode = `const c = require('node:child_process').spawn(process.execPath, ['--input-type=module', '-e', ${JSON.stringify(childCode)}], { stdio: ['ignore', 'inherit', 'inherit'] }); setTimeout(() => {}, 60000);`;
    const parent = spawn(process.execPath, ['-e', parentCode], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    parent.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('before:')) parent.kill('SIGKILL');
    });
    await new Promise((r) => setTimeout(r, 4000));
    expect(out).toContain('before:false');
    expect(out).toContain('after:true');
  });
});
