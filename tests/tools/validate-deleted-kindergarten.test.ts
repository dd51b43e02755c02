// validate warns when a committed kindergarten file is deleted: its published address (QR posters) would break.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/load-content.ts';

const SITE = join(import.meta.dirname, '..', 'fixtures', 'sites', 'county-towns');

function git(cwd: string, ...args: string[]) {
  const r = spawnSync('git', ['-c', 'user.name=测试', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}

describe('a committed kindergarten file deleted', () => {
  it('is a warning naming the file, the address and closedOn; nothing without git or before a commit', () => {
    const repo = mkdtempSync(join(tmpdir(), 'xqjy-deleted-'));
    const content = join(repo, 'content');
    cpSync(SITE, content, { recursive: true });
    // Not a repository yet: no warning.
    expect(checkContent(content).warnings.join('\n')).not.toContain('已提交的幼儿园文件被删除');
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'content');
    expect(checkContent(content).warnings.join('\n')).not.toContain('已提交的幼儿园文件被删除');
    rmSync(join(content, 'kindergartens', 'liuhe-chunya.json'));
    const r = checkContent(content);
    const dir = relative(process.cwd(), join(content, 'kindergartens'));
    expect(r.errors).toEqual([]);
    expect(r.warnings.filter((w) => w.includes('已提交的幼儿园文件被删除'))).toEqual([
      `${dir}/liuhe-chunya.json：这个已提交的幼儿园文件被删除了，已发布的网址 /kindergartens/liuhe-chunya/（印在二维码和收费公示上）将无法打开。幼儿园停办时不要删除文件：恢复它（git checkout HEAD -- ${dir}/liuhe-chunya.json），加上 "closedOn": "YYYY-MM-DD"（停办日期），页面会保留并显示“已停办”。`,
    ]);
  });
});
