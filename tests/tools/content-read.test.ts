// src/content-read.ts, the one module that opens content files: ids become paths only through entryPath, and
// readRegularFile never reads what is not a regular file (the broken-input suite covers the messages in place).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryPath, readRegularFile } from '../../src/content-read.ts';

const problemOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { issues?: { problem: string }[] }).issues?.[0]?.problem ?? (e as Error).message;
  }
  return undefined;
};

describe('entryPath', () => {
  const dir = join(tmpdir(), 'xqjy-entry', 'kindergartens');
  it('joins a valid id inside the folder', () => expect(entryPath(dir, 'dongcheng-1', '.json')).toBe(resolve(dir, 'dongcheng-1.json')));
  it.each(['../../tsconfig', '../pwned', 'a/b', '..', '', 'A', 'a.b', '/etc/passwd', 'a\\..\\b'])('refuses %j', (id) => {
    expect(problemOf(() => entryPath(dir, id, '.json'))).toBe(`编号“${id}”不能用作文件名：只能用小写英文字母、数字和连字符“-”。`);
  });
});

describe('readRegularFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xqjy-read-'));
  writeFileSync(join(dir, 'a.json'), '{}');
  writeFileSync(join(dir, 'big.json'), 'x'.repeat(2000));
  symlinkSync(join(dir, 'a.json'), join(dir, 'link.json'));
  symlinkSync('/dev/zero', join(dir, 'zero.json'));
  execFileSync('mkfifo', [join(dir, 'fifo.json')]);
  mkdirSync(join(dir, 'folder.json'));
  it('reads a regular file', () => expect(new TextDecoder().decode(readRegularFile(join(dir, 'a.json')))).toBe('{}'));
  it.each([
    ['link.json', '这是符号链接（快捷方式），不是普通文件。'],
    ['zero.json', '这是符号链接（快捷方式），不是普通文件。'],
    ['fifo.json', '这是命名管道（FIFO），不是普通文件，读取它会卡住或读不完。'],
    ['folder.json', '这里应该是一个文件，却是一个文件夹。'],
    ['missing.json', '找不到这个文件（可能刚被删除或移走，或是指向不存在位置的符号链接）。'],
    ['big.json', '文件太大（0.0 MB），超过上限 0.001 MB。'],
  ])('%s → %s', (name, problem) => expect(problemOf(() => readRegularFile(join(dir, name), 1000))?.startsWith(problem)).toBe(true));
});
