/**
 * `PORT=8080 npm run preview:nginx`: serves the build with the production nginx config (deploy/), in the
 * foreground, until SIGTERM or Ctrl-C. Environment: PORT (8080), DIST_DIR (dist), BASE (`/`; `/xqjy/` uses
 * deploy/nginx-subpath.conf), NGINX (the binary, default /usr/sbin/nginx or nginx on PATH).
 *
 * The config files are copied unchanged into a prefix folder `.nginx-preview/<port>/`, except the main file
 * and the site file conf.d/xqjy.conf, where only the listen port, the site folder and the pid/log/temp paths
 * are replaced (each replacement must match, so the config cannot drift from what is tested). xqjy-modules.conf and xqjy-brotli.conf are kept only
 * when the brotli modules are installed; otherwise they are written empty.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const port = Number(process.env.PORT ?? 8080);
const dist = resolve(process.env.DIST_DIR ?? 'dist');
const base = process.env.BASE ?? '/';
const deploy = resolve('deploy');
const prefix = resolve('.nginx-preview', String(port));
const MODULES = '/usr/lib/nginx/modules';
const BROTLI = ['ngx_http_brotli_filter_module.so', 'ngx_http_brotli_static_module.so'];

function die(message: string): never {
  console.error(message);
  process.exit(1);
}

const nginx = process.env.NGINX ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');
if (!Number.isInteger(port) || port <= 0) die(`PORT 不是端口号：${process.env.PORT}`);
if (!existsSync(join(dist, '_deploy', 'nginx-csp.conf'))) die(`${dist}/_deploy/nginx-csp.conf 不存在：先运行 npm run build。`);

/** Replaces every occurrence of `from`, failing when there is none. */
function replace(text: string, from: string, to: string): string {
  if (!text.includes(from)) die(`deploy 配置里找不到“${from}”：预览脚本要替换它，请同步修改 scripts/preview-nginx.ts。`);
  return text.split(from).join(to);
}

rmSync(prefix, { recursive: true, force: true });
for (const d of ['logs', 'temp']) mkdirSync(join(prefix, d), { recursive: true });
for (const f of ['xqjy-http.conf', 'xqjy-site.conf']) copyFileSync(join(deploy, f), join(prefix, f));
const brotli = BROTLI.every((so) => existsSync(join(MODULES, so)));
if (brotli) {
  for (const f of ['xqjy-modules.conf', 'xqjy-brotli.conf']) copyFileSync(join(deploy, f), join(prefix, f));
} else {
  writeFileSync(join(prefix, 'xqjy-modules.conf'), '# brotli modules are not installed\n');
  writeFileSync(join(prefix, 'xqjy-brotli.conf'), '# brotli modules are not installed\n');
}

/** The site's address and folder: in conf.d/xqjy.conf for the root build, in nginx-subpath.conf for a sub-path. */
function site(text: string): string {
  text = replace(text, 'listen 80 default_server;', `listen 127.0.0.1:${port} default_server;`);
  return replace(text, '/srv/xqjy/dist', dist);
}
let conf = readFileSync(join(deploy, base === '/' ? 'nginx.conf' : 'nginx-subpath.conf'), 'utf8');
if (base === '/') {
  mkdirSync(join(prefix, 'conf.d'));
  writeFileSync(join(prefix, 'conf.d', 'xqjy.conf'), site(readFileSync(join(deploy, 'conf.d', 'xqjy.conf'), 'utf8')));
} else {
  conf = site(replace(conf, ' /xqjy', ` ${base.replace(/\/$/, '')}`));
}
conf = replace(conf, '/var/lib/nginx/', `${prefix}/temp/`);
conf = replace(conf, '/var/log/nginx/', `${prefix}/logs/`);
conf = replace(conf, 'pid /run/nginx.pid;', `pid ${prefix}/nginx.pid;`);
// Workers run as www-data in production; here they run as whoever starts the preview.
conf = replace(conf, 'user www-data;', process.getuid?.() === 0 ? 'user root;' : '');
writeFileSync(join(prefix, 'nginx.conf'), conf);

const args = ['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf')];
const test = spawnSync(nginx, [...args, '-t', '-q'], { encoding: 'utf8' });
if (test.error) die(`无法运行 nginx（${nginx}）：${test.error.message}。Debian 上用 apt-get install -y nginx 安装。`);
if (test.status !== 0) die(`nginx 配置检查失败：\n${test.stderr}`);

const server = spawn(nginx, [...args, '-g', 'daemon off;'], { stdio: 'inherit' });
console.log(`nginx 预览：http://127.0.0.1:${port}${base} （${dist}，brotli ${brotli ? '已启用' : '未安装'}，日志 ${prefix}/logs/）`);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(sig, () => {
    // SIGQUIT: graceful stop (finish the requests in flight).
    server.kill('SIGQUIT');
    setTimeout(() => server.kill('SIGKILL'), 5000).unref();
  });
}
server.on('exit', (code, signal) => process.exit(signal === 'SIGQUIT' || signal === 'SIGTERM' ? 0 : (code ?? 0)));
