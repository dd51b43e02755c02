/**
 * Post-build step of scripts/build.ts, run on the new build before it is published:
 * - writes `_deploy/nginx-csp.conf` (the CSP header per page for deploy/nginx.conf) and `_deploy/headers.json`
 *   (Content-Type, Cache-Control and CSP of every file, for object storage metadata);
 * - lists what makes the build unfit to publish (scripts/lib/build-check.ts).
 * `_deploy/` is not part of the site: nginx refuses it, and docs/部署指南.md says not to upload it.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildProblems, linkTarget } from './lib/build-check.ts';
import { headerCsp, importedChunks, loadsPagefind, metaCsp, nginxCspMap, pageUris } from './lib/csp-header.ts';
import { cacheControl, contentType } from './lib/deploy-headers.ts';

export const DEPLOY_DIR = '_deploy';
/** For responses that are not pages (assets, data files): nothing may run or be framed elsewhere. */
export const FALLBACK_CSP = "default-src 'none'; frame-ancestors 'self'";
/** Pagefind's own scripts: one of them runs as a Web Worker, whose policy is its own response header. */
export const PAGEFIND_WORKER_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'));

/** Whether the module graph of a page's scripts (inline and /_astro/ modules, static and dynamic imports) reaches Pagefind. */
function pageLoadsPagefind(dir: string, html: string): boolean {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const [, attrs = '', body = ''] of scripts) {
    const src = /\bsrc="[^"]*\/_astro\/([^"/]+\.js)"/.exec(attrs)?.[1];
    if (src) queue.push(src);
    if (loadsPagefind(body)) return true;
    queue.push(...importedChunks(body));
  }
  for (let chunk = queue.pop(); chunk !== undefined; chunk = queue.pop()) {
    if (seen.has(chunk)) continue;
    seen.add(chunk);
    let code = '';
    try {
      code = readFileSync(join(dir, '_astro', chunk), 'utf8');
    } catch {
      continue;
    }
    if (loadsPagefind(code)) return true;
    queue.push(...importedChunks(code));
  }
  return false;
}

/** Writes `_deploy/` into the build folder `dir` (served under `base`); returns the pages that lack a CSP meta tag. */
export function writeDeployFiles(dir: string, base: string): { pagesWithoutCsp: string[]; pagefindPages: string[]; links: string[] } {
  const all = files(dir).filter((f) => !f.startsWith(`${DEPLOY_DIR}/`));
  const pages: { uris: string[]; policy: string }[] = [];
  const pagesWithoutCsp: string[] = [];
  const pagefindPages: string[] = [];
  const links = new Set<string>();
  const headers: Record<string, Record<string, string>> = {};
  for (const f of all) {
    const h: Record<string, string> = { 'Content-Type': contentType(f), 'Cache-Control': cacheControl(f) };
    if (f.endsWith('.html')) {
      const html = readFileSync(join(dir, f), 'utf8');
      for (const [, link = ''] of html.matchAll(/\bhref="([^"]*)"/g)) {
        const target = linkTarget(link.replace(/&amp;/g, '&'), f, base);
        if (target) links.add(target);
      }
      const meta = metaCsp(html);
      if (!meta) {
        pagesWithoutCsp.push(f);
        headers[f] = h;
        continue;
      }
      const pagefind = pageLoadsPagefind(dir, html);
      if (pagefind) pagefindPages.push(f);
      const policy = headerCsp(meta, pagefind, f);
      pages.push({ uris: pageUris(base, f), policy });
      h['Content-Security-Policy'] = policy;
    } else if (/^pagefind\/[^/]+\.js$/.test(f)) {
      pages.push({ uris: pageUris(base, f), policy: PAGEFIND_WORKER_CSP });
      h['Content-Security-Policy'] = PAGEFIND_WORKER_CSP;
    } else {
      h['Content-Security-Policy'] = FALLBACK_CSP;
    }
    headers[f] = h;
  }
  mkdirSync(join(dir, DEPLOY_DIR), { recursive: true });
  writeFileSync(join(dir, DEPLOY_DIR, 'nginx-csp.conf'), nginxCspMap(pages, FALLBACK_CSP));
  writeFileSync(join(dir, DEPLOY_DIR, 'headers.json'), `${JSON.stringify({ base, files: headers }, null, 1)}\n`);
  return { pagesWithoutCsp, pagefindPages, links: [...links] };
}

/** Route files under src/pages, relative to it. */
export function routeFiles(pagesDir = join('src', 'pages')): string[] {
  return files(pagesDir);
}

/** What keeps the build in `dir` from being published (empty: complete). */
export function checkBuild(dir: string, deploy: { pagesWithoutCsp: string[]; links: string[] }, pagesDir?: string): string[] {
  return buildProblems(routeFiles(pagesDir), files(dir), deploy.pagesWithoutCsp, deploy.links);
}
