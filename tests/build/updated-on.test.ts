// 更新于, /updates/ and /rss.xml from a real git history: a temporary repository holding a fixture county's
// content, with commits at chosen China times, built with the real build script. A commit at 07:00 +08:00
// (23:00 UTC the day before) belongs to its China day. A shallow clone falls back to the content's own dates
// and the build says so.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentHistory } from '../../src/content-history.ts';
import { childEnv } from '../helpers/child-env.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'sites', 'county-towns');
const POLICY = 'qinghe-puhui-2025';
// The content folder of the temporary repositories: named unlike the upstream's content/, since the history is read
// from wherever CONTENT_DIR points inside a repository.
const FOLDER = join('sites', 'qinghe');

function git(cwd: string, args: string[], when?: string) {
  const env = when ? { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } : {};
  const r = spawnSync('git', ['-c', 'user.name=测试', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

function build(content: string) {
  const out = join(mkdtempSync(join(tmpdir(), 'xqjy-hist-out-')), 'dist');
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8', env: childEnv({ BASE: undefined, CONTENT_DIR: content, DIST_DIR: out, SITE_URL: 'https://jyj.example.gov.cn/xqjy/' }), timeout: 240_000,
  });
  expect(r.status, r.stderr.slice(-2000)).toBe(0);
  return { out, log: `${r.stdout}${r.stderr}`, html: (p: string) => readFileSync(join(out, p), 'utf8') };
}

const updatedOf = (html: string) => /更新于 <time datetime="([\d-]+)">([^<]+)<\/time>/.exec(html)?.slice(1);

let repo: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'xqjy-hist-repo-'));
  const content = join(repo, FOLDER);
  mkdirSync(join(repo, 'sites'));
  cpSync(FIXTURE, content, { recursive: true });
  git(repo, ['init', '-q']);
  git(repo, ['add', '.']);
  git(repo, ['commit', '-q', '-m', 'first'], '2024-03-04T10:00:00+08:00');
  // The next morning in Beijing: amend the policy, remove one kindergarten, add one, add a note.
  appendFileSync(join(content, 'policies', `${POLICY}.mdx`), '\n补充说明段落。\n');
  rmSync(join(content, 'kindergartens', 'qinghe-3.json'));
  const added = JSON.parse(readFileSync(join(content, 'kindergartens', 'qinghe-2.json'), 'utf8'));
  writeFileSync(join(content, 'kindergartens', 'qinghe-new.json'), JSON.stringify({ ...added, name: '青禾县新开幼儿园', shortNames: [] }, null, 2));
  mkdirSync(join(content, 'updates'));
  writeFileSync(join(content, 'updates', 'fix.json'), JSON.stringify({ date: '2024-03-05', title: '更正第二幼儿园在园人数', link: '/kindergartens/qinghe-2/' }));
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'second'], '2024-03-05T07:00:00+08:00');
}, 60_000);

describe('content history from git', () => {
  it('reads commits with China dates and the names of deleted kindergartens', () => {
    const h = readContentHistory(join(repo, FOLDER));
    if (!h.ok) throw new Error(h.reason);
    expect(h.commits.map((c) => c.date)).toEqual(['2024-03-05', '2024-03-04']);
    expect(h.commits[0]?.changes).toContainEqual({ status: 'D', path: 'kindergartens/qinghe-3.json' });
    expect(h.removedNames.get('kindergartens/qinghe-3.json')).toBe('青禾县第三幼儿园');
  });
  it('keeps only the commits since site.json took its district: a fork does not inherit the old content’s history', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xqjy-fork-'));
    git(dir, ['clone', '-q', `file://${repo}`, 'c']);
    const fork = join(dir, 'c');
    rmSync(join(fork, FOLDER), { recursive: true });
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'sites', 'district-streets'), join(fork, FOLDER), { recursive: true });
    const district = JSON.parse(readFileSync(join(fork, FOLDER, 'site.json'), 'utf8')).district as string;
    // Not committed yet: git's history is the old county's.
    const before = readContentHistory(join(fork, FOLDER), district);
    expect(before).toEqual({ ok: false, reason: `site.json 的地区“${district}”还没有提交到 git（git 里是此前另一份内容的历史）` });
    git(fork, ['add', '-A']);
    git(fork, ['commit', '-q', '-m', 'our county'], '2024-04-01T09:00:00+08:00');
    const h = readContentHistory(join(fork, FOLDER), district);
    if (!h.ok) throw new Error(h.reason);
    expect(h.commits.map((c) => c.date)).toEqual(['2024-04-01']);
    // The old county's kindergartens were deleted in that commit, but its history is not this site's.
    expect(h.commits[0]?.changes).toContainEqual({ status: 'D', path: 'kindergartens/qinghe-1.json' });
    expect(readContentHistory(join(fork, FOLDER)).ok).toBe(true);
  });
  it.each([
    ['a folder outside any repository', () => mkdtempSync(join(tmpdir(), 'xqjy-nogit-')), '内容文件夹不在 git 仓库里'],
    ['a shallow clone', () => {
      const dir = mkdtempSync(join(tmpdir(), 'xqjy-shallow-'));
      git(dir, ['clone', '-q', '--depth', '1', `file://${repo}`, 'c']);
      return join(dir, 'c', FOLDER);
    }, '这是浅克隆（git clone --depth），没有完整的历史'],
  ])('says why there is no history: %s', (_what, dir, reason) => {
    expect(readContentHistory(dir())).toEqual({ ok: false, reason });
  });
});

describe('a build from the repository', () => {
  let site: ReturnType<typeof build>;
  beforeAll(() => { site = build(join(repo, FOLDER)); }, 300_000);

  it('shows 更新于 from the last commit that touched each page’s files, in China time', () => {
    expect(updatedOf(site.html(`policies/${POLICY}/index.html`))).toEqual(['2024-03-05', '2024年3月5日']);
    expect(updatedOf(site.html('kindergartens/qinghe-new/index.html'))).toEqual(['2024-03-05', '2024年3月5日']);
    expect(updatedOf(site.html('kindergartens/qinghe-1/index.html'))).toEqual(['2024-03-04', '2024年3月4日']);
    expect(updatedOf(site.html('kindergartens/index.html'))).toEqual(['2024-03-05', '2024年3月5日']);
    expect(updatedOf(site.html('index.html'))).toEqual(['2024-03-05', '2024年3月5日']);
    expect(site.log).not.toContain('改用内容里的日期');
  });

  it('lists the day’s changes on /updates/, newest day first', () => {
    const page = site.html('updates/index.html').replace(/<[^>]+>/g, '');
    const day5 = page.indexOf('2024年3月5日');
    const day4 = page.indexOf('2024年3月4日');
    expect(day5).toBeGreaterThan(-1);
    expect(day4).toBeGreaterThan(day5);
    const first = page.slice(day5, day4);
    expect(first).toContain('新增幼儿园青禾县新开幼儿园');
    expect(first).toContain('移除幼儿园青禾县第三幼儿园');
    expect(first).toContain('说明更正第二幼儿园在园人数');
    expect(page.slice(day4)).toContain('新增政策');
  });

  it('carries the same in /rss.xml with absolute addresses under the base path', () => {
    const xml = site.html('rss.xml');
    expect(xml).toContain('<title>新增幼儿园：青禾县新开幼儿园（示例数据）</title><link>https://jyj.example.gov.cn/xqjy/kindergartens/qinghe-new/</link>');
    expect(xml).toContain('<title>移除幼儿园：青禾县第三幼儿园</title><link>https://jyj.example.gov.cn/xqjy/updates/#u-');
    expect(xml).toContain('<pubDate>Mon, 04 Mar 2024 16:00:00 GMT</pubDate>'); // 2024-03-05 00:00 in Beijing
  });
});

describe('a build of a fork', () => {
  it('lists only the county’s own changes: nothing of the content it was forked from, on /updates/ or in /rss.xml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xqjy-fork-build-'));
    git(dir, ['clone', '-q', `file://${repo}`, 'c']);
    const fork = join(dir, 'c');
    rmSync(join(fork, FOLDER), { recursive: true });
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'sites', 'district-streets'), join(fork, FOLDER), { recursive: true });
    git(fork, ['add', '-A']);
    git(fork, ['commit', '-q', '-m', 'our county'], '2024-04-01T09:00:00+08:00');
    const ours = JSON.parse(readFileSync(join(fork, FOLDER, 'site.json'), 'utf8')).name as string;
    const site = build(join(fork, FOLDER));
    const page = site.html('updates/index.html');
    const rss = site.html('rss.xml');
    for (const text of [page, rss]) {
      expect(text).not.toContain('青禾'); // the upstream county's kindergartens and policy
      expect(text).not.toContain('移除幼儿园');
    }
    expect(page.replace(/<[^>]+>/g, '')).toContain('2024年4月1日');
    expect(page).toContain('新增幼儿园');
    expect(site.html('index.html')).toContain(ours);
    expect(updatedOf(site.html('index.html'))).toEqual(['2024-04-01', '2024年4月1日']);
  }, 300_000);
});

describe('a build from a shallow clone', () => {
  it('uses the content’s own dates and says so in the build log', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xqjy-shallow-build-'));
    git(dir, ['clone', '-q', '--depth', '1', `file://${repo}`, 'c']);
    const site = build(join(dir, 'c', FOLDER));
    expect(site.log).toContain('提示：这是浅克隆（git clone --depth），没有完整的历史，各页的“更新于”和更新记录（/updates/）改用内容里的日期');
    // The policy's 成文日期 (it has no 发布日期).
    expect(updatedOf(site.html(`policies/${POLICY}/index.html`))).toEqual(['2025-02-20', '2025年2月20日']);
    expect(site.html('updates/index.html')).toContain('本次发布没有完整的修改历史');
  }, 300_000);
});
