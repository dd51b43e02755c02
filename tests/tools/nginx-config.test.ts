// The nginx config of deploy/: the drop-in conf.d/xqjy.conf works with Debian 12's own main config
// (tests/fixtures/nginx/, copied from nginx-common 1.22.1), and nginx and scripts/serve.ts answer every request the
// same way: no dotfile, no _deploy/, no symbolic link, 301 for a directory without its slash, never a 500.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nginxCspMap } from '../../scripts/lib/csp-header.ts';

const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : undefined;
const deploy = (f: string) => readFileSync(join('deploy', f), 'utf8');
const fixture = (f: string) => readFileSync(join('tests/fixtures/nginx', f), 'utf8');

/** Directive names written directly in a block's body (not in nested blocks), comments removed. */
function directives(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    if (depth === 0 && /^[a-z_]+/.test(line)) names.push(/^[a-z_]+/.exec(line)![0]);
    depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
  }
  return names;
}
/** The body of the first `http { … }` block of a main config. */
function httpBlock(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^\s*http\s*\{/.test(l));
  let depth = 0;
  const body: string[] = [];
  for (const line of lines.slice(start)) {
    const code = line.replace(/#.*/, '');
    depth += (code.match(/\{/g) ?? []).length - (code.match(/\}/g) ?? []).length;
    if (depth === 0) break;
    body.push(line);
  }
  return body.slice(1).join('\n');
}

describe('deploy/ config files', () => {
  it('the shared http rules repeat no directive of Debian’s main config (nginx refuses duplicates)', () => {
    const debian = directives(httpBlock(fixture('debian-12-nginx.conf')));
    expect(debian).toEqual(expect.arrayContaining(['sendfile', 'tcp_nopush', 'gzip', 'include']));
    const shared = [...directives(deploy('xqjy-http.conf')), ...directives(deploy('conf.d/xqjy.conf'))];
    // `types` adds to mime.types; `include` and `map` may repeat.
    const repeated = shared.filter((d) => debian.includes(d) && !['include', 'types', 'map'].includes(d));
    expect(repeated).toEqual([]);
  });

  it('the full main config holds no server of its own: it includes the drop-in', () => {
    expect(directives(httpBlock(deploy('nginx.conf')))).not.toContain('server');
    expect(deploy('nginx.conf')).toMatch(/^\s*include conf\.d\/xqjy\.conf;/m);
    // …and everything the drop-in's server needs that Debian's main config has: sendfile, gzip.
    expect(directives(httpBlock(deploy('nginx.conf')))).toEqual(expect.arrayContaining(['sendfile', 'tcp_nopush', 'gzip']));
  });

  it('the site rules refuse symbolic links below the site folder, dotfiles and _deploy/', () => {
    const site = deploy('xqjy-site.conf');
    expect(site).toMatch(/^disable_symlinks on from=\$document_root;/m);
    const deny = /^location ~ (\S+) \{\n\s+return 404;\n\}/m.exec(site);
    const re = new RegExp(deny![1]!);
    for (const uri of ['/.env', '/a/.git/config', '/_deploy/headers.json', '/_deploy', '/xqjy/_deploy/x', '/.well-known/x']) {
      expect(re.test(uri), uri).toBe(true);
    }
    for (const uri of ['/', '/fees/', '/_astro/a.js', '/pagefind/pagefind.js', '/data/sets/fees.csv', '/_deployment/']) {
      expect(re.test(uri), uri).toBe(false);
    }
  });

  it('every include names a file shipped in deploy/, Debian’s mime.types or the build’s CSP map', () => {
    for (const f of ['nginx.conf', 'nginx-subpath.conf', 'conf.d/xqjy.conf']) {
      for (const [, target] of deploy(f).matchAll(/^\s*include\s+(\S+);/gm)) {
        if (target === '/etc/nginx/mime.types' || target === '/srv/xqjy/dist/_deploy/nginx-csp.conf') continue;
        expect(existsSync(join('deploy', target!)), `${f}: include ${target}`).toBe(true);
      }
    }
  });
});

/** A free local port (nginx cannot be told to pick one). */
function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as import('node:net').AddressInfo;
      s.close(() => resolvePort(port));
    });
  });
}

type Answer = { status: number; location?: string; body: string };
/** A request with the path sent exactly as written (no client-side normalisation). */
function ask(port: number, path: string, method = 'GET'): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => done({ status: res.statusCode ?? 0, location: res.headers.location, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe.skipIf(!NGINX)('Debian nginx with Debian’s main config and deploy/conf.d/xqjy.conf', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xqjy-nginx-'));
  const release = join(dir, 'srv', '.dist-releases', 'r1');
  const dist = join(dir, 'srv', 'dist');
  let nginxPort = 0;
  let servePort = 0;
  let serve: ChildProcess | undefined;

  /** Debian's main config with its absolute paths moved into the test folder, the drop-in in its conf.d/. */
  function install(name: string, sitesEnabled: Record<string, string>, port?: number): string {
    const etc = join(dir, name);
    for (const d of ['conf.d', 'modules-enabled', 'sites-enabled', 'log', 'temp']) mkdirSync(join(etc, d), { recursive: true });
    const main = fixture('debian-12-nginx.conf')
      .replaceAll('/etc/nginx/', `${etc}/`)
      .replace('/run/nginx.pid', join(etc, 'nginx.pid'))
      .replaceAll('/var/log/nginx/', `${etc}/log/`)
      // Workers run as www-data in production; here as the user running the test.
      .replace('user www-data;', process.getuid?.() === 0 ? 'user root;' : '')
      .replace('http {', `http {\n\tclient_body_temp_path ${etc}/temp/body;\n\tproxy_temp_path ${etc}/temp/proxy;\n\tfastcgi_temp_path ${etc}/temp/fastcgi;\n\tuwsgi_temp_path ${etc}/temp/uwsgi;\n\tscgi_temp_path ${etc}/temp/scgi;`);
    writeFileSync(join(etc, 'nginx.conf'), main);
    copyFileSync('/etc/nginx/mime.types', join(etc, 'mime.types'));
    for (const f of ['xqjy-http.conf', 'xqjy-site.conf', 'xqjy-brotli.conf']) copyFileSync(join('deploy', f), join(etc, f));
    // Debian's brotli packages load their modules through modules-enabled/; without them the file is emptied (as documented).
    if (!existsSync('/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so')) writeFileSync(join(etc, 'xqjy-brotli.conf'), '');
    else writeFileSync(join(etc, 'modules-enabled', 'brotli.conf'), deploy('xqjy-modules.conf'));
    writeFileSync(join(etc, 'conf.d', 'xqjy.conf'), deploy('conf.d/xqjy.conf')
      // `nginx -t` opens no socket: the -t tests keep port 80 as shipped.
      .replace('listen 80 default_server;', port ? `listen 127.0.0.1:${port} default_server;` : 'listen 80 default_server;')
      .replaceAll('/srv/xqjy/dist', dist));
    for (const [site, text] of Object.entries(sitesEnabled)) writeFileSync(join(etc, 'sites-enabled', site), text);
    return etc;
  }
  // -e: the startup error log too is in the test folder (the compiled-in one is not writable without root).
  const nginx = (etc: string, ...args: string[]) => spawnSync(NGINX!, ['-p', `${etc}/`, '-e', join(etc, 'log', 'startup.log'), '-c', join(etc, 'nginx.conf'), ...args], { encoding: 'utf8' });
  let running = '';

  beforeAll(async () => {
    nginxPort = await freePort();
    // The published folder is a symbolic link to a release, as scripts/build.ts leaves it.
    for (const d of ['fees', 'noindex', '.git', '_deploy', '_astro']) mkdirSync(join(release, d), { recursive: true });
    const files: Record<string, string> = {
      'index.html': 'home', '404.html': 'not found page', 'fees/index.html': 'fees', 'fees/.hidden': 'SECRET',
      'a.txt': 'text', '.env': 'SECRET', '.git/config': 'SECRET', '_deploy/headers.json': JSON.stringify({ base: '/', files: {} }),
      '_astro/a.js': 'js', 'noindex/x.txt': 'x',
    };
    for (const [f, text] of Object.entries(files)) writeFileSync(join(release, f), text);
    writeFileSync(join(release, '_deploy', 'nginx-csp.conf'), nginxCspMap([{ uris: ['/', '/index.html'], policy: "script-src 'self'" }], "default-src 'none'"));
    writeFileSync(join(dir, 'outside.txt'), 'SECRET');
    symlinkSync(join(dir, 'outside.txt'), join(release, 'link.txt'));
    symlinkSync(join(release, 'fees'), join(release, 'linkdir'));
    symlinkSync(release, dist);
    running = install('etc-running', {}, nginxPort);
    const started = nginx(running, '-g', 'daemon on;');
    expect(started.status, started.stderr).toBe(0);
    serve = spawn(process.execPath, ['scripts/serve.ts', dist, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    servePort = await new Promise<number>((done) => {
      serve!.stdout!.on('data', (d: Buffer) => {
        const m = /127\.0\.0\.1:(\d+)/.exec(String(d));
        if (m) done(Number(m[1]));
      });
    });
  });
  afterAll(() => {
    serve?.kill();
    if (running) nginx(running, '-s', 'stop');
    rmSync(dir, { recursive: true, force: true });
  });

  it('nginx -t passes with the drop-in in conf.d/ once Debian’s default site is disabled', () => {
    const t = nginx(install('etc-t', {}), '-t');
    expect(t.status, t.stderr).toBe(0);
  });

  it('nginx -t fails while Debian’s default site is still enabled (the guide says to remove the link)', () => {
    const t = nginx(install('etc-default-site', { default: fixture('debian-12-sites-default') }), '-t');
    expect(t.status).not.toBe(0);
    expect(t.stderr).toContain('duplicate default server');
  });

  it('nginx -t passes beside Debian’s default site when the drop-in is not the default server (the guide’s variant)', () => {
    const etc = install('etc-beside', { default: fixture('debian-12-sites-default') });
    const site = join(etc, 'conf.d', 'xqjy.conf');
    writeFileSync(site, readFileSync(site, 'utf8').replace('listen 80 default_server;', 'listen 80;').replace('server_name _;', 'server_name www.example.gov.cn;'));
    const t = nginx(etc, '-t');
    expect(t.status, t.stderr).toBe(0);
  });

  // [path, status, Location] answered identically by nginx and scripts/serve.ts.
  it.each([
    ['/', 200, undefined, 'home'],
    ['/fees/', 200, undefined, 'fees'],
    ['//fees/', 200, undefined, 'fees'],
    ['/fees', 301, '/fees/', ''],
    ['/fees?x=1', 301, '/fees/?x=1', ''],
    ['/fees%2f', 200, undefined, 'fees'],
    ['/fees/../a.txt', 200, undefined, 'text'],
    ['/a.txt', 200, undefined, 'text'],
    ['/_astro/a.js', 200, undefined, 'js'],
    ['/missing', 404, undefined, 'not found page'],
    ['/a.txt/', 404, undefined, 'not found page'],
    ['/noindex/', 404, undefined, 'not found page'],
    ['/.env', 404, undefined, 'not found page'],
    ['/%2eenv', 404, undefined, 'not found page'],
    ['/.git/config', 404, undefined, 'not found page'],
    ['/fees/.hidden', 404, undefined, 'not found page'],
    ['/_deploy/headers.json', 404, undefined, 'not found page'],
    ['/_deploy/nginx-csp.conf', 404, undefined, 'not found page'],
    ['/_deploy/', 404, undefined, 'not found page'],
    ['/_deploy', 404, undefined, 'not found page'],
    ['/link.txt', 404, undefined, 'not found page'],
    ['/linkdir/', 404, undefined, 'not found page'],
  ] as const)('%s → %s', async (path, status, location, body) => {
    for (const port of [nginxPort, servePort]) {
      const r = await ask(port, path);
      const who = port === nginxPort ? 'nginx' : 'serve.ts';
      expect(r.status, `${who} ${path}`).toBe(status);
      expect(r.location, `${who} ${path}`).toBe(location);
      if (status !== 301) expect(r.body, `${who} ${path}`).toBe(body);
    }
  });

  // Paths nginx refuses as a bad request: serve.ts answers with the 404 page; neither ever shows a file or a path.
  it.each(['/..', '/../outside.txt', '/..%2foutside.txt', '/..%2f..%2fetc%2fpasswd', '/%2e%2e/outside.txt', '/%00', '/a%00.txt', '/%zz', '/%'])(
    '%s is refused by both, naming no path',
    async (path) => {
      const n = await ask(nginxPort, path);
      const s = await ask(servePort, path);
      expect([400, 404], `nginx ${path}`).toContain(n.status);
      expect(s).toMatchObject({ status: 404, body: 'not found page' });
      for (const r of [n, s]) {
        expect(r.body).not.toContain('SECRET');
        expect(r.body).not.toContain(resolve(dir));
      }
    },
  );

  it('both refuse other methods than GET and HEAD', async () => {
    expect((await ask(nginxPort, '/', 'POST')).status).toBe(405);
    expect((await ask(servePort, '/', 'POST')).status).toBe(405);
    expect(await ask(servePort, '/', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });
});
