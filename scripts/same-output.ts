/**
 * Shows that a change is a refactoring: builds every e2e site (the shipped content at the root and under
 * /xqjy/, and each fixture site; scripts/build-e2e.ts) from a git revision and from the working tree, and
 * compares the two outputs file by file.
 *   npm run same-output -- [revision, default HEAD]
 * Prints each file that differs and exits 1 when any does. The revision is checked out in a temporary worktree
 * that shares this checkout's node_modules.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { E2E_FIXTURES, SERVERS } from '../playwright.config.ts';

const rev = process.argv[2] ?? 'HEAD';
const root = process.cwd();
const outDirs = [SERVERS.root.outDir, SERVERS.subpath.outDir, ...E2E_FIXTURES.map((f) => f.outDir)];

function run(cmd: string, args: string[], cwd: string) {
  const env = { ...process.env };
  delete env.CONTENT_DIR;
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} 失败（${cwd}）`);
}

function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, base) : [relative(base, p)];
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'same-output-'));
const other = join(tmp, 'tree');
try {
  run('git', ['worktree', 'add', '--detach', other, rev], root);
  symlinkSync(join(root, 'node_modules'), join(other, 'node_modules'));
  console.log(`构建 ${rev} …`);
  run(process.execPath, ['scripts/build-e2e.ts'], other);
  console.log('构建工作区 …');
  run(process.execPath, ['scripts/build-e2e.ts'], root);
  let differ = 0;
  for (const d of outDirs) {
    const a = join(other, d);
    const b = join(root, d);
    const names = new Set([...files(a), ...files(b)]);
    let n = 0;
    for (const name of [...names].sort()) {
      const pa = join(a, name);
      const pb = join(b, name);
      if (!existsSync(pa) || !existsSync(pb) || !readFileSync(pa).equals(readFileSync(pb))) {
        if (n++ < 20) console.log(`  不同：${d}/${name}${existsSync(pa) ? '' : '（只在工作区）'}${existsSync(pb) ? '' : `（只在 ${rev}）`}`);
      }
    }
    console.log(`${d}：${names.size} 个文件，${n} 个不同`);
    differ += n;
  }
  if (differ) process.exitCode = 1;
  else console.log(`输出与 ${rev} 逐字节相同。`);
} finally {
  spawnSync('git', ['worktree', 'remove', '--force', other], { cwd: root });
  rmSync(tmp, { recursive: true, force: true });
}
