// Build and publish faults (issue 19): a full disk, a folder without write permission, an old release that
// cannot be deleted. Root ignores permissions, so the faults are injected at the named publish steps with the
// BUILD_FAULT test hook (scripts/lib/fs-failure.ts) and produce the errno a real failure would. Each case
// asserts the Chinese message naming the folder and the fix, the exit code, that a build which did not publish
// leaves the previous site and no lock, that one which did says so and exits 0, and that nothing outside the
// output folder changed (the repository's files, the content folder). Two Astro builds in all, plus one
// `astro build` that the public/ guard stops at its start.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotFiles } from '../helpers/broken-input.ts';
import { childEnv } from '../helpers/child-env.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'tests', 'fixtures', 'sites', 'district-streets');
const gitStatus = () => spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: ROOT, encoding: 'utf8' }).stdout;

/** A fresh output folder whose `dist` is a previous (old-style) build holding previous.txt. */
function previousSite() {
  const out = mkdtempSync(join(tmpdir(), 'xqjy-hostile-'));
  const dist = join(out, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'previous.txt'), 'ok');
  return { out, dist, releases: join(out, '.dist-releases') };
}

function build(dist: string, fault: string, env: Record<string, string> = {}) {
  const before = { repo: gitStatus(), content: snapshotFiles(CONTENT) };
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT, encoding: 'utf8', timeout: 300_000, env: childEnv({ CONTENT_DIR: CONTENT, DIST_DIR: dist, BUILD_FAULT: fault, FORCE_COLOR: '0', ...env }),
  });
  expect({ repo: gitStatus(), content: snapshotFiles(CONTENT) }, 'nothing outside the output folder changed').toEqual(before);
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
}

const expectPrevious = (dist: string, releases: string) => {
  expect(lstatSync(dist).isDirectory()).toBe(true);
  expect(readFileSync(join(dist, 'previous.txt'), 'utf8')).toBe('ok');
  expect(existsSync(join(releases, 'lock'))).toBe(false);
  expect(existsSync(releases) ? readdirSync(releases).filter((f) => /^(build-|r-)/.test(f)) : []).toEqual([]);
};

describe('public/ holds regular files only, whoever starts the build', () => {
  const pub = () => {
    const dir = mkdtempSync(join(tmpdir(), 'xqjy-public-'));
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
    return dir;
  };
  const LINK = '这是符号链接（快捷方式），不是普通文件。public/ 只接受普通文件';

  it('npm run build: validate refuses a symlink in public/ before Astro runs; nothing published', () => {
    const s = previousSite();
    const r = build(s.dist, '', { PUBLIC_DIR: pub() });
    expect(r.code).toBe(1);
    expect(r.out).toContain(LINK);
    expect(r.out).toContain('网站没有生成，也没有发布任何内容');
    expectPrevious(s.dist, s.releases);
  });

  it('astro build started directly: the public guard refuses it too', { timeout: 300_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'xqjy-astro-'));
    const r = spawnSync(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: ROOT, encoding: 'utf8', timeout: 300_000, env: childEnv({ CONTENT_DIR: CONTENT, PUBLIC_DIR: pub(), OUT_DIR: out, FORCE_COLOR: '0' }),
    });
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toContain(LINK);
    expect(existsSync(join(out, 'passwd.txt'))).toBe(false);
  });
});

describe('build and publish faults speak Chinese and leave a consistent site', () => {
  it('the build folder cannot be prepared (disk full): stops before building, previous site kept, no lock', () => {
    const s = previousSite();
    const r = build(s.dist, 'prepare:ENOSPC');
    expect(r.code).toBe(1);
    expect(r.out).toContain(`准备构建目录失败：${s.releases}：磁盘空间不足（或超过磁盘配额），写不进去。\n  修改方法：清理磁盘（旧的构建、日志、临时文件）后重新运行。`);
    expect(r.out).toContain('构建已停止：没有生成也没有发布任何内容，已发布的网站保持不变。');
    expect(r.out).not.toMatch(/\n\s+at .*\(|Error:/);
    expectPrevious(s.dist, s.releases);
  });

  it('the swap is refused (no permission on the output folder): not published, previous site kept, no lock', { timeout: 300_000 }, () => {
    const s = previousSite();
    const r = build(s.dist, 'swap:EPERM');
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain(`发布新版本失败：${s.dist}：没有权限写入或删除这个文件夹。\n  修改方法：用有权限的账户运行，或改正文件夹的权限和所有者`);
    expect(r.out).toContain('构建已停止：新版本没有发布，已发布的网站保持不变。');
    expect(r.out).not.toMatch(/\n\s+at .*\(|Error:/);
    expectPrevious(s.dist, s.releases);
  });

  it('an old release cannot be deleted: the new site is published, the build says so and exits 0, no lock', { timeout: 300_000 }, () => {
    const s = previousSite();
    const old = join(s.releases, 'r-20000101-000000000-1');
    mkdirSync(old, { recursive: true });
    writeFileSync(join(old, 'index.html'), 'old');
    const r = build(s.dist, 'remove-old:EACCES');
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain(`⚠ 删除旧版本失败：${old}：没有权限写入或删除这个文件夹。`);
    expect(r.out).toContain('（新版本已经发布；旧版本留在原处不影响网站，删除它即可。）');
    expect(r.out).toMatch(/构建完成：已发布 /);
    expect(lstatSync(s.dist).isSymbolicLink()).toBe(true);
    expect(existsSync(join(realpathSync(s.dist), 'index.html'))).toBe(true);
    expect(existsSync(join(realpathSync(s.dist), 'previous.txt'))).toBe(false);
    expect(existsSync(join(s.releases, 'lock'))).toBe(false);
    expect(existsSync(old)).toBe(true);
  });
});
