/**
 * `npm run edit`: the browser editor for staff on one office PC. Starts the local preview (Astro's dev server,
 * as `npm run dev`) with the editor at /admin/, prints its address and opens it in the browser. The editor
 * works on this repository's folder (Chrome, Edge, 360 and QQ browsers: 使用本地仓库); every save is checked
 * at once, in the terminal and on the editor page. `PORT` picks the port (default 4321); with `--no-open`, or
 * on a machine without a display, the address is only printed.
 *
 * Astro's dev server computes its list of pages once: when a file is added to or removed from content/ (a new
 * policy, a new kindergarten), the preview is restarted so that the new page exists; a changed file needs no
 * restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, watch } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../src/lib/content/content-dir.ts';

const port = Number(process.env.PORT ?? 4321);
const args = process.argv.slice(2);
const noOpen = args.includes('--no-open') || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const base = process.env.BASE ?? '/';
const address = `http://localhost:${port}${base.replace(/\/?$/, '/')}admin/`;
const root = contentDir();

/** The entry files under content/ (hidden and swap files aside): a new or removed file changes the list. */
function listing(): string {
  try {
    return (readdirSync(root, { recursive: true }) as string[]).filter((f) => !/(^|[\\/])\./.test(f) && !f.endsWith('.crswap')).sort().join('\n');
  } catch {
    return '';
  }
}

let child: ChildProcess;
let announced = false;
let stopping = false;
function start() {
  child = spawn(process.execPath, [join(import.meta.dirname, 'dev.ts'), '--port', String(port), ...args.filter((a) => a !== '--no-open')], {
    stdio: ['inherit', 'pipe', 'inherit'],
    env: { ...process.env, XQJY_EDITOR: 'local' },
  });
  child.stdout!.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (announced || !/localhost:\d+|127\.0\.0\.1:\d+/.test(chunk.toString())) return;
    announced = true;
    console.log(`\n内容编辑器：${address}\n在 Chrome、Edge、360 或 QQ 浏览器中打开，点“使用本地仓库”，选中本仓库的文件夹。\n保存后在本窗口和编辑器页面底部查看检查结果；改完用 git 提交（见 docs/编辑指南.md）。按 Ctrl+C 结束。\n`);
    if (noOpen) return;
    const [cmd, cmdArgs] = process.platform === 'win32' ? ['cmd', ['/c', 'start', '', address]] : process.platform === 'darwin' ? ['open', [address]] : ['xdg-open', [address]];
    spawn(cmd as string, cmdArgs as string[], { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
  });
  child.on('close', (code, signal) => {
    if (stopping) process.exit(code ?? (signal ? 130 : 0));
  });
}
start();

let known = listing();
let timer: NodeJS.Timeout | undefined;
try {
  watch(root, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = listing();
      if (now === known) return;
      known = now;
      console.log('内容编辑器：新增或删除了文件，预览重新启动，几秒后新页面即可打开。');
      const old = child;
      old.once('close', () => start());
      old.kill('SIGTERM');
    }, 500);
  });
} catch {
  // No recursive watch on this system: new pages appear after `npm run edit` is started again.
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    child.kill(signal);
  });
}
