/**
 * The git history of content/, read with one `git log` per build (after one `git rev-parse`; plus `git cat-file
 * --batch` for site.json's district where a commit changed it, and for the names of deleted kindergarten files).
 * src/lib/history/history.ts turns it into 更新于 dates and the change list. Without usable history (no git, not a
 * repository, a shallow clone, nothing committed) it says why, and the pages fall back to the content's own
 * dates. Node only (node:child_process).
 */
import { spawnSync } from 'node:child_process';
import { decodeContent } from './lib/content/files.ts';
import { GIT_LOG_FORMAT, parseGitLog, sinceDistrict, type Commit } from './lib/history/history.ts';

/** The history, or why there is none. */
export type ContentHistory =
  | { ok: true; commits: Commit[]; removedNames: Map<string, string> }
  | { ok: false; reason: string };

function git(cwd: string, args: string[]) {
  return spawnSync('git', ['-c', 'core.quotePath=off', ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
}

/** The texts of `git cat-file` specs (`<commit>:<path>`), read by one git process and decoded as content files are; undefined where missing or unreadable. */
function readBlobs(dir: string, specs: string[]): (string | undefined)[] {
  if (!specs.length) return [];
  const r = spawnSync('git', ['cat-file', '--batch'], { cwd: dir, input: specs.join('\n') + '\n', maxBuffer: 1 << 30 });
  if (r.status !== 0) return specs.map(() => undefined);
  // Output per request: "<sha> blob <size>\n<content>\n", or "<spec> missing\n"; sizes are in bytes.
  let rest = r.stdout;
  return specs.map(() => {
    const eol = rest.indexOf(0x0a);
    if (eol < 0) return undefined;
    const header = rest.subarray(0, eol).toString('utf8').split(' ');
    rest = rest.subarray(eol + 1);
    if (header[1] !== 'blob') return undefined;
    const size = Number(header[2]);
    const body = decodeContent(rest.subarray(0, size));
    rest = rest.subarray(size + 1);
    return body.ok ? body.text : undefined;
  });
}

/** A string field of a JSON text, or undefined (a file that was broken at that commit). */
function field(json: string | undefined, key: string): string | undefined {
  try {
    const v = (JSON.parse(json ?? '') as Record<string, unknown>)[key];
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** Names of deleted kindergarten files, read from the commit before each deletion (one git process). */
function removedNames(dir: string, prefix: string, commits: Commit[]): Map<string, string> {
  const deleted = commits.flatMap((c) => c.changes
    .filter((ch) => ch.status === 'D' && /^kindergartens\/[^/]+\.json$/.test(ch.path))
    .map((ch) => ({ path: ch.path, spec: `${c.hash}^:${prefix}${ch.path}` })));
  const names = new Map<string, string>();
  readBlobs(dir, deleted.map((d) => d.spec)).forEach((text, i) => {
    const name = field(text, 'name');
    const d = deleted[i];
    if (name && d) names.set(d.path, name);
  });
  return names;
}

/** site.json's district at each commit that changed it (one git process). */
function districtsAt(dir: string, prefix: string, commits: Commit[]): Map<string, string | undefined> {
  const changed = commits.filter((c) => c.changes.some((ch) => ch.path === 'site.json' && ch.status !== 'D'));
  const texts = readBlobs(dir, changed.map((c) => `${c.hash}:${prefix}site.json`));
  return new Map(changed.map((c, i) => [c.hash, field(texts[i], 'district')]));
}

/**
 * Reads the history of the content folder `dir` (paths in it come out relative to `dir`). With `district`
 * (site.json's current one), only the commits since site.json took it count: a forked repository's earlier
 * history is the content it was forked from.
 */
export function readContentHistory(dir: string, district?: string): ContentHistory {
  const info = git(dir, ['rev-parse', '--is-shallow-repository', '--show-prefix']);
  if (info.error) return { ok: false, reason: '这台机器没有安装 git' };
  if (info.status !== 0) return { ok: false, reason: '内容文件夹不在 git 仓库里' };
  const [shallow = '', prefix = ''] = info.stdout.split('\n');
  if (shallow.trim() === 'true') return { ok: false, reason: '这是浅克隆（git clone --depth），没有完整的历史' };
  const log = git(dir, ['log', '--no-renames', '--name-status', '--relative', `--format=${GIT_LOG_FORMAT}`, '--', '.']);
  if (log.status !== 0) return { ok: false, reason: `git log 出错：${log.stderr.trim()}` };
  const all = parseGitLog(log.stdout);
  if (!all.length) return { ok: false, reason: '内容文件还没有提交到 git' };
  const commits = district === undefined ? all : sinceDistrict(all, districtsAt(dir, prefix.trim(), all), district);
  if (!commits.length) return { ok: false, reason: `site.json 的地区“${district}”还没有提交到 git（git 里是此前另一份内容的历史）` };
  return { ok: true, commits, removedNames: removedNames(dir, prefix.trim(), commits) };
}

/**
 * Ids of the kindergarten files committed at HEAD in the content folder `dir` (one git process); empty without
 * git, outside a repository or before the first commit. validate compares them with the files present: a
 * committed file deleted from the folder is a published address about to break.
 */
export function committedKindergartenIds(dir: string): string[] {
  const r = git(dir, ['ls-tree', '--name-only', 'HEAD', '--', 'kindergartens/']);
  if (r.error || r.status !== 0) return [];
  return r.stdout.split('\n').flatMap((line) => {
    const m = /^kindergartens\/([^/]+)\.json$/.exec(line.trim());
    return m?.[1] ? [m[1]] : [];
  });
}
