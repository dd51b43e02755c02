/**
 * `npm run edit`: the browser editor for staff on one office PC. Starts the local preview (Astro's dev server,
 * as `npm run dev`) with the editor at /admin/, prints its address and opens it in the browser. The editor
 * works on this repository's folder (Chrome, Edge, 360 and QQ browsers: 选择本地仓库); every save is checked
 * at once, in the terminal and on the editor page. `PORT` picks the port (default 4321); with `--no-open`, or
 * on a machine without a display, the address is only printed.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const port = Number(process.env.PORT ?? 4321);
const args = process.argv.slice(2);
const noOpen = args.includes('--no-open') || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const base = process.env.BASE ?? '/';
const address = `http://localhost:${port}${base.replace(/\/?$/, '/')}admin/`;

const child = spawn(process.execPath, [join(import.meta.dirname, 'dev.ts'), '--port', String(port), ...args.filter((a) => a !== '--no-open')], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env: { ...process.env, XQJY_EDITOR: 'local' },
});
let announced = false;
child.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (announced || !/localhost:\d+|127\.0\.0\.1:\d+/.test(chunk.toString())) return;
  announced = true;
  console.log(`\n内容编辑器：${address}\n在 Chrome、Edge、360 或 QQ 浏览器中打开，点“选择本地仓库”（Work with Local Repository），选中本仓库的文件夹。\n保存后在本窗口和编辑器页面底部查看检查结果；改完用 git 提交（见 docs/编辑指南.md）。按 Ctrl+C 结束。\n`);
  if (noOpen) return;
  const opener = process.platform === 'win32' ? ['cmd', ['/c', 'start', '', address]] : process.platform === 'darwin' ? ['open', [address]] : ['xdg-open', [address]];
  spawn(opener[0] as string, opener[1] as string[], { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 130 : 0)));
