/**
 * A static file server that serves exactly what nginx serves with the deploy/ config: directory → index.html,
 * a directory without its trailing slash → 301, files under the base path only, and the site's own 404 page
 * (status 404) for everything else — a missing file, a dotfile or dot folder, `_deploy/`, a symbolic link, a
 * device or FIFO, a path that climbs out of the folder however it is encoded (`%2f`, `%5c`, `%2e%2e`, NUL).
 * It never answers 500 and never names a path on this machine. `npm start` and `npm run preview` use it, and so
 * does the e2e suite (one server per build).
 *   node scripts/serve.ts [dir] [port] [base]
 * dir: dist; port: $PORT or 4321 (0 picks a free one); base: $BASE, else the base the build wrote in
 * dir/_deploy/headers.json, else `/`.
 */
import { createReadStream, lstatSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, relative } from 'node:path';
import { cacheControl, contentType } from './lib/deploy-headers.ts';

const [dirArg = 'dist', portArg = process.env.PORT ?? '4321', baseArg] = process.argv.slice(2);

/** The base path the build was made for (`/` or `/xqjy/`), from the build's own header manifest. */
function buildBase(dir: string): string {
  try {
    const base = (JSON.parse(readFileSync(join(dir, '_deploy', 'headers.json'), 'utf8')) as { base?: unknown }).base;
    return typeof base === 'string' ? base : '/';
  } catch {
    return '/';
  }
}

const rawBase = baseArg ?? (process.env.BASE || buildBase(dirArg));
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');


/** What a request path names, in the order nginx decides it. */
type Resolved =
  | { kind: 'file'; file: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' };

/** lstat without throwing: undefined when the entry does not exist or cannot be read. */
function lstat(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Decodes the path as nginx does (percent-decoding, merged slashes, `.` and `..` segments resolved, refusing to
 * climb above the root) and maps it onto the folder, following no symbolic link below the root.
 */
function resolvePath(root: string, rawPath: string, search: string): Resolved {
  const notFound = { kind: 'not-found' } as const;
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return notFound;
  }
  if (!path.startsWith('/') || path.includes('\0')) return notFound;
  path = path.replace(/\/{2,}/g, '/');
  // A request for the base without its slash (`/xqjy`) is redirected like a directory.
  if (`${path}/` === base) return { kind: 'redirect', location: `${base}${search}` };
  if (!path.startsWith(base)) return notFound;
  const segments: string[] = [];
  for (const segment of path.slice(base.length).split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.pop() === undefined) return notFound;
      continue;
    }
    // Dotfiles and dot folders (.env, .git) and the build's deploy files are never served (deploy/xqjy-site.conf).
    if (segment.startsWith('.') || segment === '_deploy') return notFound;
    segments.push(segment);
  }
  let current = root;
  let stats = lstat(current);
  for (const segment of segments) {
    if (!stats?.isDirectory()) return notFound;
    current = join(current, segment);
    stats = lstat(current);
    // A symbolic link is never followed (nginx: disable_symlinks on from=$document_root).
    if (!stats || stats.isSymbolicLink()) return notFound;
  }
  if (stats?.isDirectory()) {
    if (!path.endsWith('/')) return { kind: 'redirect', location: `${encodeURI(base + segments.map((s) => `${s}/`).join(''))}${search}` };
    const index = join(current, 'index.html');
    return lstat(index)?.isFile() ? { kind: 'file', file: index } : notFound;
  }
  // `/404.html/` names no directory; devices, FIFOs and sockets are never read.
  if (!stats?.isFile() || path.endsWith('/')) return notFound;
  return { kind: 'file', file: current };
}

function send(req: IncomingMessage, res: ServerResponse, root: string, file: string, status: number) {
  // The same Content-Type and Cache-Control as nginx (scripts/lib/deploy-headers.ts).
  const path = relative(root, file);
  const stream = createReadStream(file);
  stream.on('error', () => {
    // The file vanished or became unreadable between the check and the read (a build swapping dist).
    if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('404');
  });
  stream.on('open', () => {
    res.writeHead(status, { 'content-type': contentType(path), 'cache-control': cacheControl(path) });
    if (req.method === 'HEAD') {
      stream.destroy();
      res.end();
    } else stream.pipe(res);
  });
}

function handle(req: IncomingMessage, res: ServerResponse) {
  // The folder is resolved on every request: dist is a symbolic link that each build swaps to a new release.
  let root: string;
  try {
    root = realpathSync(dirArg);
  } catch {
    return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
  }
  const notFound = () => {
    const page = resolvePath(root, `${base}404.html`, '');
    if (page.kind === 'file') send(req, res, root, page.file, 404);
    else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return void res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('405');
  }
  const target = req.url ?? '/';
  const q = target.indexOf('?');
  const resolved = resolvePath(root, q === -1 ? target : target.slice(0, q), q === -1 ? '' : target.slice(q));
  if (resolved.kind === 'redirect') return void res.writeHead(301, { location: resolved.location }).end();
  if (resolved.kind === 'file') return send(req, res, root, resolved.file, 200);
  return notFound();
}

const server = createServer((req, res) => {
  try {
    handle(req, res);
  } catch {
    // Never a 500 with a stack or a path: whatever went wrong, the answer is “not here”.
    if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('404');
  }
});
server.on('error', (e: NodeJS.ErrnoException) => {
  console.error(e.code === 'EADDRINUSE'
    ? `端口 ${portArg} 已被占用（可能已有一个预览在运行）：关掉它，或换一个端口，例如 PORT=8000 npm start。`
    : `预览服务器无法启动（${e.code ?? e.message}）：换一个端口再试，例如 PORT=8000 npm start。`);
  process.exit(1);
});
if (!lstat(dirArg)) console.warn(`提示：${dirArg} 还不存在，每个地址都会是 404：先运行 npm run build。`);
// Port 0 picks a free port; the line below says which (tests read it).
server.listen(Number(portArg), '127.0.0.1', () => {
  const { port } = server.address() as import('node:net').AddressInfo;
  console.log(`网站预览：http://127.0.0.1:${port}${base}（${dirArg}，规则与 nginx 配置相同；Ctrl-C 停止）`);
});
