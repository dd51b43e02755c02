import { describe, expect, it } from 'vitest';
import { errnoCode, fsIssue, fsProblem, specialFileIssue } from '../../../src/lib/content/fs-errors.ts';

describe('fsProblem: every errno staff meet, in Chinese with a fix', () => {
  it.each([
    ['ENOENT', 'file', false, '找不到这个文件（可能刚被删除或移走，或是指向不存在位置的符号链接）。'],
    ['ELOOP', 'file', false, '这是循环的符号链接（链接指向自己，或几个链接互相指向），读不出内容。'],
    ['EISDIR', 'file', false, '这里应该是一个文件，却是一个文件夹。'],
    ['ENOTDIR', 'folder', false, '这里应该是一个文件夹，却是一个文件。'],
    ['EPERM', 'folder', true, '没有权限写入或删除这个文件夹。'],
    ['EACCES', 'file', false, '没有权限读取这个文件。'],
    ['ENOSPC', 'folder', true, '磁盘空间不足（或超过磁盘配额），写不进去。'],
    ['EROFS', 'folder', true, '文件夹所在的磁盘是只读的，不能写入。'],
    ['EXDEV', 'file', false, '读写失败（EXDEV）。'],
    [undefined, 'file', false, '读写失败（未知错误）。'],
  ] as const)('%s (%s)', (code, what, writing, problem) => {
    const p = fsProblem(code, what, writing);
    expect(p.problem).toBe(problem);
    expect(p.fix).toMatch(/[\u4e00-\u9fff]/);
  });

  it('errnoCode reads only errno-like codes', () => {
    expect(errnoCode(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('EACCES');
    expect(errnoCode(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBeUndefined();
    expect(errnoCode(null)).toBeUndefined();
  });

  it('issues name the whole file or the folder', () => {
    expect(fsIssue('EISDIR').field).toBe('（整个文件）');
    expect(fsIssue('ENOTDIR', 'folder').field).toBe('（文件夹）');
  });

  it.each([
    ['symlink', '这是符号链接（快捷方式），不是普通文件。'], ['device', '这是设备文件，'], ['fifo', '这是命名管道（FIFO），'], ['socket', '这是套接字（socket），'],
  ] as const)('special file %s', (kind, start) => expect(specialFileIssue(kind).problem.startsWith(start)).toBe(true));
});
