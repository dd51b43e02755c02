/**
 * Atomic publishing for scripts/build.ts.
 *
 * Layout beside the output folder `dist` (any DIST_DIR works the same way):
 *   dist                        a symlink → .dist-releases/r-<time>-<pid> (the published build)
 *   .dist-releases/build-<pid>  the build in progress (removed on failure, Ctrl-C, SIGTERM, or by the next build
 *                               once <pid> is dead)
 *   .dist-releases/r-…          published builds: the current one and the previous one (kept for rollback and for
 *                               requests still reading it); older ones are deleted
 *   .dist-releases/lock         the pid of the running build (one build per output folder at a time)
 *   .dist-releases/trash-r-…    an old release being deleted (renamed first, so a kill never leaves a half r-…)
 *
 * The swap is one rename(2) of a new symlink over `dist`: every reader sees either the complete previous build or
 * the complete new one, and `dist` never goes missing, even if the machine stops mid-swap. Only the very first
 * publish over an old-style real folder moves that folder aside first (a window of one rename, once).
 * Over 300 lines on purpose: the swap, the cleanup and the recovery of a stopped build are one protocol, kept in
 * one file so its invariants are read together.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import {
  existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fsFailureText, injectFault } from './lib/fs-failure.ts';

/** Whether a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The folders and files that belong to the output folder `outDir`. */
export function layout(outDir: string) {
  const out = resolve(outDir);
  const parent = dirname(out);
  const name = basename(out);
  const releases = join(parent, `.${name}-releases`);
  return {
    out, parent, name, releases,
    lock: join(releases, 'lock'),
    tmp: (pid: number) => join(releases, `build-${pid}`),
    childFile: (pid: number) => join(releases, `build-${pid}.child`),
    link: (pid: number) => join(parent, `.${name}.link-${pid}`),
  };
}

/** Kills a leftover astro process group (only if its leader still runs `astro … build`). */
function killOrphan(pid: number) {
  if (!pidAlive(pid)) return;
  let cmd = '';
  try {
    cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return;
  }
  if (!cmd.includes('astro')) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}

/**
 * Removes what interrupted builds left behind: build-<pid> folders and .link-<pid> symlinks whose pid is dead
 * (and the astro process such a build may have orphaned), plus old-style `.build-<pid>` folders in `cwd`.
 * Returns the removed paths.
 */
export function removeStale(outDir: string, cwd = process.cwd()): string[] {
  const l = layout(outDir);
  const removed: string[] = [];
  const rm = (p: string) => {
    rmSync(p, { recursive: true, force: true });
    removed.push(p);
  };
  if (existsSync(l.releases)) {
    for (const f of readdirSync(l.releases)) {
      const m = /^build-(\d+)$/.exec(f);
      if (!m || pidAlive(Number(m[1]))) continue;
      const childFile = l.childFile(Number(m[1]));
      if (existsSync(childFile)) {
        killOrphan(Number(readFileSync(childFile, 'utf8')));
        rm(childFile);
      }
      rm(join(l.releases, f));
    }
    for (const f of readdirSync(l.releases)) {
      const m = /^build-(\d+)\.child$/.exec(f);
      if (m && !pidAlive(Number(m[1]))) rm(join(l.releases, f));
      // An old release whose deletion was interrupted (see publish).
      else if (f.startsWith('trash-')) rm(join(l.releases, f));
    }
  }
  for (const f of readdirSync(l.parent)) {
    const m = new RegExp(`^\\.${l.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.link-(\\d+)$`).exec(f);
    if (m && !pidAlive(Number(m[1]))) rm(join(l.parent, f));
  }
  // Builds before atomic publishing wrote .build-<pid> into the working directory.
  for (const f of readdirSync(cwd)) {
    const m = /^\.build-(\d+)$/.exec(f);
    if (m && !pidAlive(Number(m[1]))) rm(join(cwd, f));
  }
  return removed;
}

/** The release folder `dist` currently points to (its name), or undefined when `dist` is not our symlink. */
export function currentRelease(outDir: string): string | undefined {
  const l = layout(outDir);
  try {
    if (!lstatSync(l.out).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  return basename(readlinkSync(l.out));
}

/** A release folder name that sorts by time. */
function releaseName(pid: number): string {
  return `r-${new Date().toISOString().replace(/[-:.]/g, '').replace('T', '-').replace('Z', '')}-${pid}`;
}

/**
 * Publishes the checked build folder `tmp` as `outDir` atomically; keeps the previous release, deletes older ones.
 * Synchronous on purpose: a signal handler cannot run in the middle of it.
 */
export function publish(outDir: string, tmp: string, pid = process.pid): { release: string; warnings: string[] } {
  const l = layout(outDir);
  const release = releaseName(pid);
  const releaseDir = join(l.releases, release);
  const link = l.link(pid);
  let previous = currentRelease(outDir);
  let movedAside: string | undefined;
  try {
    injectFault('rename-release', releaseDir);
    renameSync(tmp, releaseDir);
    // Old-style real folder at `dist`: move it into the releases once (the only non-atomic step, done once), so
    // that it can be rolled back to.
    if (previous === undefined && existsSync(l.out)) {
      previous = `${release}-before`;
      movedAside = join(l.releases, previous);
      renameSync(l.out, movedAside);
    }
    rmSync(link, { force: true });
    injectFault('link', link);
    symlinkSync(join(basename(l.releases), release), link, 'dir');
    injectFault('swap', l.out);
    renameSync(link, l.out);
  } catch (e) {
    // Not published: put back what was moved, so `dist` is the previous build, and leave no half release.
    rmSync(link, { force: true });
    if (movedAside && existsSync(movedAside) && !existsSync(l.out)) renameSync(movedAside, l.out);
    rmSync(releaseDir, { recursive: true, force: true });
    throw e;
  }
  // Published. Keep the new release and the one before it; older ones are no longer served by anything. A
  // release that cannot be deleted is reported, not fatal: the site is already the new one.
  const warnings: string[] = [];
  for (const f of readdirSync(l.releases)) {
    if (!f.startsWith('r-') || f === release || f === previous) continue;
    try {
      injectFault('remove-old', join(l.releases, f));
      // Renamed first (one rename), then deleted: a kill mid-delete leaves a trash- folder, never a half r-
      // release that a rollback could pick. removeStale deletes trash- folders.
      const trash = join(l.releases, `trash-${f}`);
      renameSync(join(l.releases, f), trash);
      rmSync(trash, { recursive: true, force: true });
    } catch (e) {
      warnings.push(`${fsFailureText('删除旧版本', e, join(l.releases, f))}
  （新版本已经发布；旧版本留在原处不影响网站，删除它即可。）`);
    }
  }
  return { release: releaseDir, warnings };
}

/**
 * A build in progress: takes the per-output lock, removes stale leftovers, owns the temporary folder and the
 * astro child process, and cleans all of it up on failure, SIGINT or SIGTERM (exit 130 / 143).
 */
export class Build {
  readonly layout: ReturnType<typeof layout>;
  readonly tmp: string;
  private child: ChildProcess | undefined;
  private done = false;
  /** Set once SIGINT/SIGTERM arrived: the handler owns the exit from then on. */
  stopping: NodeJS.Signals | undefined;

  constructor(outDir: string) {
    this.layout = layout(outDir);
    this.tmp = this.layout.tmp(process.pid);
    try {
      injectFault('prepare', this.layout.releases);
      mkdirSync(this.layout.releases, { recursive: true });
      for (const p of removeStale(outDir)) console.log(`已清理中断的构建留下的文件：${p}`);
      this.takeLock();
      rmSync(this.tmp, { recursive: true, force: true });
    } catch (e) {
      // Nothing built yet: the published site is untouched; a lock this build took is released.
      this.releaseLock();
      console.error(`${fsFailureText('准备构建目录', e, this.layout.releases)}\n构建已停止：没有生成也没有发布任何内容，已发布的网站保持不变。`);
      process.exit(1);
    }
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => void this.interrupted(sig));
  }

  private takeLock() {
    const { lock } = this.layout;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        writeFileSync(lock, String(process.pid), { flag: 'wx' });
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const owner = Number(readFileSync(lock, 'utf8'));
        if (pidAlive(owner) && owner !== process.pid) {
          console.error(`构建已停止：另一个构建（进程 ${owner}）正在生成 ${this.layout.out}，请等它结束后再构建。`);
          process.exit(1);
        }
        rmSync(lock, { force: true });
      }
    }
  }

  /**
   * Runs a command (astro) in its own process group so that a signal can stop it and everything it started.
   * With `filter`, its output passes line by line through it (null drops a line).
   */
  run(cmd: string, args: string[], env: NodeJS.ProcessEnv, filter?: (line: string) => string | null): Promise<number> {
    return new Promise((resolveExit) => {
      const child = spawn(cmd, args, { stdio: filter ? ['inherit', 'pipe', 'pipe'] : 'inherit', env, detached: true });
      this.child = child;
      if (child.pid) writeFileSync(this.layout.childFile(process.pid), String(child.pid));
      if (filter) {
        for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
          if (!from) continue;
          createInterface({ input: from }).on('line', (line) => {
            const out = filter(line);
            if (out !== null) to.write(`${out}\n`);
          });
        }
      }
      // 'close' (not 'exit'): every line of piped output has been printed by then.
      child.on('close', (code, signal) => {
        // Stopped by our signal handler: it cleans up and exits, the build must not report a failure first.
        if (this.stopping) return;
        this.child = undefined;
        rmSync(this.layout.childFile(process.pid), { force: true });
        resolveExit(code ?? (signal ? 1 : 0));
      });
    });
  }

  /** Removes the temporary folder and the lock; the published build is untouched. */
  cleanup() {
    // Best effort, each step on its own: the lock goes even when the temporary folder cannot be deleted.
    for (const p of [this.tmp, this.layout.childFile(process.pid)]) {
      try {
        rmSync(p, { recursive: true, force: true });
      } catch (e) {
        console.error(`${fsFailureText('删除未完成的构建', e, p)}\n  （它不会被发布；下一次构建会再次尝试删除。）`);
      }
    }
    this.releaseLock();
    // A first build that failed leaves nothing behind.
    try {
      if (readdirSync(this.layout.releases).length === 0) rmSync(this.layout.releases, { recursive: true });
    } catch {
      /* already gone */
    }
  }

  private releaseLock() {
    try {
      if (Number(readFileSync(this.layout.lock, 'utf8')) === process.pid) unlinkSync(this.layout.lock);
    } catch {
      /* no lock */
    }
  }

  /** Publishes the checked temporary folder; returns the release folder and what could not be tidied. */
  publish(): { release: string; warnings: string[] } {
    const r = publish(this.layout.out, this.tmp);
    this.done = true;
    this.releaseLock();
    return r;
  }

  private async interrupted(sig: NodeJS.Signals) {
    const code = sig === 'SIGINT' ? 130 : sig === 'SIGHUP' ? 129 : 143;
    if (this.done) process.exit(code);
    if (this.stopping) return;
    this.stopping = sig;
    console.error(`\n构建被中断（${sig}）：正在停止 Astro 并删除未完成的构建，已发布的网站保持不变。`);
    const child = this.child;
    if (child?.pid) {
      const gone = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 3000);
      await gone;
      clearTimeout(timer);
    }
    // Pagefind indexes in a child process of its own: stop it before deleting the folder it writes to.
    await import('pagefind').then((p) => p.close()).catch(() => undefined);
    this.cleanup();
    process.exit(code);
  }
}
