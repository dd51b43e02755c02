import { afterEach, describe, expect, it } from 'vitest';
import { fsFailureText, injectFault } from '../../scripts/lib/fs-failure.ts';

afterEach(() => {
  delete process.env.BUILD_FAULT;
});

describe('fsFailureText', () => {
  it.each([
    [{ code: 'ENOSPC', path: '/srv/site/.dist-releases' }, '发布新版本失败：/srv/site/.dist-releases：磁盘空间不足（或超过磁盘配额），写不进去。\n  修改方法：清理磁盘（旧的构建、日志、临时文件）后重新运行。'],
    [{ code: 'EROFS' }, '发布新版本失败：/fallback：文件夹所在的磁盘是只读的，不能写入。\n  修改方法：换到可写的位置运行，或请管理员把磁盘改为可写。'],
    [new Error('plain'), '发布新版本失败：plain'],
  ])('%j', (e, text) => expect(fsFailureText('发布新版本', Object.assign(e instanceof Error ? e : new Error('x'), e), '/fallback')).toBe(text));
});

describe('injectFault (test hook)', () => {
  it('does nothing without BUILD_FAULT', () => expect(() => injectFault('swap', '/x')).not.toThrow());
  it('throws the errno at the named step only', () => {
    process.env.BUILD_FAULT = 'link:EACCES,swap:EPERM';
    expect(() => injectFault('remove-old', '/x')).not.toThrow();
    expect(() => injectFault('swap', '/x')).toThrow(expect.objectContaining({ code: 'EPERM', path: '/x' }));
  });
});
