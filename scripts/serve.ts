/**
 * A static file server that behaves like the nginx / object-storage setups the site is deployed on:
 * directory → index.html, a missing trailing slash → 301, unknown path → /404.html with status 404,
 * files under the base path only. Used by the e2e suite (astro preview allows one server per project).
 *   node scripts/serve.ts <dir> <port> [base]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const [dirArg = 'dist', portArg = '4321', baseArg = '/'] = process.argv.slice(2);
const root = resolve(dirArg);
const base = baseArg.endsWith('/') ? baseArg : `${baseArg}/`;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png', '.ico': 'image/x-icon', '.wasm': 'application/wasm', '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};

function send(res: import('node:http').ServerResponse, file: string, status = 200) {
  res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const notFound = () => {
    const page = join(root, '404.html');
    if (existsSync(page)) send(res, page, 404);
    else res.writeHead(404).end('404');
  };
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return notFound();
  }
  if (!path.startsWith(base)) {
    if (`${path}/` === base) return void res.writeHead(301, { location: base }).end();
    return notFound();
  }
  const file = normalize(join(root, path.slice(base.length)));
  // With the separator: `/srv/dist-old` starts with `/srv/dist` but is outside it (`/..%2fdist-old/x`).
  if (file !== root && !file.startsWith(root + sep)) return notFound();
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) return void res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    const index = join(file, 'index.html');
    return existsSync(index) ? send(res, index) : notFound();
  }
  if (existsSync(file)) return send(res, file);
  return notFound();
});
// Port 0 picks a free port; the line below says which (tests read it).
server.listen(Number(portArg), '127.0.0.1', () => {
  const { port } = server.address() as import('node:net').AddressInfo;
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
