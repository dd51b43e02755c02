// scripts/publish.ts in-process, without Astro: what publish() leaves when it succeeds, when the swap fails and
// when an old release cannot be deleted (faults through the BUILD_FAULT hook), and that an interrupted
// deletion never leaves a half release among the r-… folders a rollback picks from.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { layout, publish, removeStale } from '../../scripts/publish.ts';

function setup() {
  const out = mkdtempSync(join(tmpdir(), 'xqjy-publish-'));
  const dist = join(out, 'dist');
  const l = layout(dist);
  mkdirSync(dist);
  writeFileSync(join(dist, 'previous.txt'), 'ok');
  mkdirSync(l.releases);
  const old = join(l.releases, 'r-20000101-000000000-1');
  mkdirSync(old);
  writeFileSync(join(old, 'index.html'), 'old');
  const tmp = l.tmp(process.pid);
  mkdirSync(tmp);
  writeFileSync(join(tmp, 'index.html'), 'new');
  return { dist, l, old, tmp };
}

afterEach(() => {
  delete process.env.BUILD_FAULT;
});

describe('publish', () => {
  it('swaps dist to the new release, keeps the previous one, deletes older ones without leftovers', () => {
    const s = setup();
    const r = publish(s.dist, s.tmp);
    expect(r.warnings).toEqual([]);
    expect(lstatSync(s.dist).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(realpathSync(s.dist), 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(s.l.releases).filter((f) => !f.startsWith('r-'))).toEqual([]);
    expect(existsSync(s.old)).toBe(false);
  });

  it.each(['rename-release:ENOSPC', 'link:EACCES', 'swap:EPERM'])('%s: throws, dist is the previous build, no half release', (fault) => {
    const s = setup();
    process.env.BUILD_FAULT = fault;
    expect(() => publish(s.dist, s.tmp)).toThrow();
    expect(lstatSync(s.dist).isDirectory()).toBe(true);
    expect(readFileSync(join(s.dist, 'previous.txt'), 'utf8')).toBe('ok');
    expect(readdirSync(s.l.releases).filter((f) => f.startsWith('r-'))).toEqual(['r-20000101-000000000-1']);
    expect(readdirSync(join(s.dist, '..')).filter((f) => f.includes('.link-'))).toEqual([]);
  });

  it('an old release that cannot be deleted is a Chinese warning, after publishing', () => {
    const s = setup();
    process.env.BUILD_FAULT = 'remove-old:EACCES';
    const r = publish(s.dist, s.tmp);
    expect(readFileSync(join(realpathSync(s.dist), 'index.html'), 'utf8')).toBe('new');
    expect(r.warnings).toEqual([`删除旧版本失败：${s.old}：没有权限写入或删除这个文件夹。\n  修改方法：用有权限的账户运行，或改正文件夹的权限和所有者（例如 chmod -R u+rwX、chown -R 当前用户）。\n  （新版本已经发布；旧版本留在原处不影响网站，删除它即可。）`]);
  });

  it('removeStale deletes an old release whose deletion was interrupted (trash-…)', () => {
    const s = setup();
    const trash = join(s.l.releases, 'trash-r-19990101-000000000-1');
    mkdirSync(trash);
    writeFileSync(join(trash, 'half.html'), 'x');
    expect(removeStale(s.dist, s.l.parent)).toContain(trash);
    expect(existsSync(trash)).toBe(false);
  });
});
