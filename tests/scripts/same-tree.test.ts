import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameTree } from '../../scripts/lib/same-tree.ts';

describe('sameTree', () => {
  const make = () => {
    const dir = mkdtempSync(join(tmpdir(), 'xqjy-tree-'));
    mkdirSync(join(dir, 'kindergartens'));
    writeFileSync(join(dir, 'site.json'), '{"name":"某县"}');
    writeFileSync(join(dir, 'kindergartens', 'a.json'), '{}');
    return dir;
  };
  it.each([
    ['an identical copy', (_d: string) => {}, true],
    ['a changed byte', (d: string) => writeFileSync(join(d, 'site.json'), '{"name":"某旗"}'), false],
    ['a file more', (d: string) => writeFileSync(join(d, 'kindergartens', 'b.json'), '{}'), false],
    ['a file fewer', (d: string) => rmSync(join(d, 'kindergartens', 'a.json')), false],
    ['a renamed file', (d: string) => { rmSync(join(d, 'kindergartens', 'a.json')); writeFileSync(join(d, 'kindergartens', 'c.json'), '{}'); }, false],
  ])('%s → %s', (_what, change, same) => {
    const a = make();
    const b = mkdtempSync(join(tmpdir(), 'xqjy-tree-'));
    cpSync(a, b, { recursive: true });
    change(b);
    expect(sameTree(a, b)).toBe(same);
  });
  it('a missing folder is never the same', () => expect(sameTree(make(), join(tmpdir(), 'xqjy-no-such-folder'))).toBe(false));
});
