/**
 * The git history of content/, read with one `git log` per build (plus one `git cat-file --batch` when
 * kindergarten files were deleted, for their names). src/lib/history.ts turns it into 更新于 dates and the
 * change list. Without usable history (no git, not a repository, a shallow clone, nothing committed) it
 * says why, and the pages fall back to the content's own dates. Node only (node:child_process).
 */
import { spawnSync } from 'node:child_process';
import { GIT_LOG_FORMAT, parseGitLog, type Commit } from './lib/history.ts';

/** The history, or why there is none. */
export type ContentHistory =
  | { ok: true; commits: Commit[]; removedNames: Map<string, string> }
  | { ok: false; reason: string };

function git(cwd: string, args: string[]) {
  return spawnSync('git', ['-c', 'core.quotePath=off', ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
}

/** Names of deleted kindergarten files, read from the commit before each deletion (one git process). */
function removedNames(dir: string, prefix: string, commits: Commit[]): Map<string, string> {
  const deleted = commits.flatMap((c) => c.changes
    .filter((ch) => ch.status === 'D' && /^kindergartens\/[^/]+\.json$/.test(ch.path))
    .map((ch) => ({ path: ch.path, spec: `${c.hash}^:${prefix}${ch.path}` })));
  const names = new Map<string, string>();
  if (!deleted.length) return names;
  const r = spawnSync('git', ['cat-file', '--batch'], { cwd: dir, input: deleted.map((d) => d.spec).join('\n') + '\n', maxBuffer: 1 << 30 });
  if (r.status !== 0) return names;
  // Output per request: "<sha> blob <size>\n<content>\n", or "<spec> missing\n"; sizes are in bytes.
  let rest = r.stdout;
  for (const d of deleted) {
    const eol = rest.indexOf(0x0a);
    if (eol < 0) break;
    const header = rest.subarray(0, eol).toString('utf8').split(' ');
    rest = rest.subarray(eol + 1);
    if (header[1] !== 'blob') continue;
    const size = Number(header[2]);
    const body = rest.subarray(0, size).toString('utf8');
    rest = rest.subarray(size + 1);
    try {
      const name = (JSON.parse(body.replace(/^\uFEFF/, '')) as { name?: unknown }).name;
      if (typeof name === 'string' && name.trim()) names.set(d.path, name.trim());
    } catch {
      // A file that was broken when deleted keeps its id as its name.
    }
  }
  return names;
}

/** Reads the history of the content folder `dir` (paths in it come out relative to `dir`). */
export function readContentHistory(dir: string): ContentHistory {
  const info = git(dir, ['rev-parse', '--is-shallow-repository', '--show-prefix']);
  if (info.error) return { ok: false, reason: '这台机器没有安装 git' };
  if (info.status !== 0) return { ok: false, reason: '内容文件夹不在 git 仓库里' };
  const [shallow = '', prefix = ''] = info.stdout.split('\n');
  if (shallow.trim() === 'true') return { ok: false, reason: '这是浅克隆（git clone --depth），没有完整的历史' };
  const log = git(dir, ['log', '--no-renames', '--name-status', '--relative', `--format=${GIT_LOG_FORMAT}`, '--', '.']);
  if (log.status !== 0) return { ok: false, reason: `git log 出错：${log.stderr.trim()}` };
  const commits = parseGitLog(log.stdout);
  if (!commits.length) return { ok: false, reason: '内容文件还没有提交到 git' };
  return { ok: true, commits, removedNames: removedNames(dir, prefix.trim(), commits) };
}
