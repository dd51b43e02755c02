/**
 * File-system failures of the build and publish steps in Chinese: which file or folder, what the errno means,
 * how to fix it (src/lib/content/fs-errors.ts has the words). Also the test hook that injects such failures
 * (`BUILD_FAULT`), so the fault suite (tests/build/hostile-build.test.ts) needs no root-only tricks.
 */
import { relative } from 'node:path';
import { errnoCode, fsProblem } from '../../src/lib/content/fs-errors.ts';

/** A path as staff see it: relative to the working folder when inside it. */
const show = (p: string) => {
  const r = relative(process.cwd(), p);
  return r && !r.startsWith('..') ? r : p;
};

/** One line naming the step, the path and the problem, then the fix: “发布新版本失败：dist：没有权限…\n  修改方法：…”. */
export function fsFailureText(step: string, e: unknown, fallbackPath?: string): string {
  const code = errnoCode(e);
  const path = (e as { path?: string } | null)?.path ?? fallbackPath;
  if (!code) return `${step}失败：${(e as Error)?.message ?? String(e)}`;
  const { problem, fix } = fsProblem(code, 'folder', true);
  return `${step}失败：${path ? `${show(path)}：` : ''}${problem}\n  修改方法：${fix}`;
}

/**
 * Test hook: `BUILD_FAULT=swap:EPERM,remove-old:EACCES` makes the named publish steps fail with that errno,
 * as a full disk, a read-only folder or a file owned by another user would (root ignores permissions, so a
 * test cannot make them fail otherwise). Unset in normal use: then it does nothing.
 */
export function injectFault(step: string, path: string): void {
  const spec = process.env.BUILD_FAULT;
  if (!spec) return;
  for (const part of spec.split(',')) {
    const [name, code] = part.split(':');
    if (name === step) throw Object.assign(new Error(`${code}: injected fault at ${step}, '${path}'`), { code, path, syscall: step });
  }
}
