/**
 * File-system failures in Chinese: what an errno means for the file staff named, and how to fix it. Pure (takes
 * the error code): used when reading content/ and public/ (src/content-read.ts) and when publishing a build
 * (scripts/publish.ts), so no English stack trace reaches staff.
 */
import type { FriendlyIssue } from './errors.ts';

/** What kind of entry was expected at the path, for the wording. */
export type FsWhat = 'file' | 'folder';

/** The problem and the fix for an errno at a path that should be a file or a folder. */
export function fsProblem(code: string | undefined, what: FsWhat = 'file', writing = false): { problem: string; fix: string } {
  const noun = what === 'file' ? '文件' : '文件夹';
  switch (code) {
    case 'ENOENT':
      return { problem: `找不到这个${noun}（可能刚被删除或移走，或是指向不存在位置的符号链接）。`, fix: `检查${noun}名和位置；符号链接请换成${noun}本身。` };
    case 'ELOOP':
      return { problem: '这是循环的符号链接（链接指向自己，或几个链接互相指向），读不出内容。', fix: `删除这个链接，换成${noun}本身。` };
    case 'EISDIR':
      return { problem: '这里应该是一个文件，却是一个文件夹。', fix: '把这个文件夹改名或移出 content/，再放回同名的文件。' };
    case 'ENOTDIR':
      return { problem: `这里应该是一个${what === 'file' ? '文件（它所在的位置应该是文件夹）' : '文件夹'}，却是一个文件。`, fix: '把这个文件改名或移走，建一个同名的文件夹，把该放在里面的文件放进去。' };
    case 'EPERM':
    case 'EACCES':
      return { problem: `没有权限${writing ? '写入或删除' : '读取'}这个${noun}。`, fix: `用有权限的账户运行，或改正${noun}的权限和所有者（例如 chmod -R u+rwX、chown -R 当前用户）。` };
    case 'ENOSPC':
    case 'EDQUOT':
      return { problem: '磁盘空间不足（或超过磁盘配额），写不进去。', fix: '清理磁盘（旧的构建、日志、临时文件）后重新运行。' };
    case 'EROFS':
      return { problem: `${noun}所在的磁盘是只读的，不能写入。`, fix: '换到可写的位置运行，或请管理员把磁盘改为可写。' };
    case 'EMFILE':
    case 'ENFILE':
      return { problem: '同时打开的文件太多，系统拒绝再打开。', fix: '关闭其他程序后重新运行。' };
    case 'EBUSY':
      return { problem: `这个${noun}正被其他程序占用。`, fix: '关闭正在使用它的程序（编辑器、文件管理器、预览服务）后重新运行。' };
    case 'EIO':
      return { problem: '磁盘读写出错。', fix: '检查磁盘是否正常，重新运行；仍然出错请联系技术人员。' };
    default:
      return { problem: `读写失败（${code ?? '未知错误'}）。`, fix: '检查文件和磁盘后重新运行；仍然出错请联系技术人员。' };
  }
}

/** The errno code of a thrown value, if it is a Node file-system error. */
export function errnoCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/** A friendly issue for a file-system error on the whole file or folder. */
export function fsIssue(code: string | undefined, what: FsWhat = 'file'): FriendlyIssue {
  return { field: what === 'file' ? '（整个文件）' : '（文件夹）', label: '', ...fsProblem(code, what) };
}

/** A path that is not a regular file: a symlink, a device, a FIFO or a socket. */
export type SpecialKind = 'symlink' | 'device' | 'fifo' | 'socket' | 'other';

/** Why a special file is refused, for content/ and public/. */
export function specialFileIssue(kind: SpecialKind, folder: 'content' | 'public' = 'content'): FriendlyIssue {
  const field = '（整个文件）';
  if (kind === 'symlink') {
    return {
      field, label: '',
      problem: `这是符号链接（快捷方式），不是普通文件。${folder}/ 只接受普通文件：链接指向的内容可能在仓库之外，会被原样发布到网站上。`,
      fix: '删除这个链接，把要发布的文件本身复制到这里（git 会把链接当作链接保存，所以要提交文件本身）。',
    };
  }
  const what = kind === 'device' ? '设备文件' : kind === 'fifo' ? '命名管道（FIFO）' : kind === 'socket' ? '套接字（socket）' : '特殊文件';
  return { field, label: '', problem: `这是${what}，不是普通文件，读取它会卡住或读不完。`, fix: `把它从 ${folder}/ 中删除；${folder}/ 里只能放普通文件。` };
}
