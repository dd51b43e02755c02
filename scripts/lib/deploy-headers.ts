/**
 * Response headers per built file, the same rules as deploy/nginx.conf: used by scripts/serve.ts and written to
 * `_deploy/headers.json` for object storage (per-object Content-Type and Cache-Control metadata).
 */

/** Content-Type by extension, as Debian's mime.types plus deploy/xqjy-http.conf give them; text types carry charset=utf-8. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'text/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** The Content-Type of a file path (by its last extension). */
export function contentType(path: string): string {
  const ext = /\.[^./]+$/.exec(path)?.[0]?.toLowerCase() ?? '';
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

/** A year, for files whose name changes when their content changes. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else: caches must ask the server (a cheap 304) before reusing a copy. */
export const REVALIDATE = 'no-cache';

/**
 * Cache-Control of a file path relative to the site root: Astro's hashed assets (`_astro/`) and Pagefind's
 * hashed index files (`*.pf_index`, `*.pf_fragment`, `*.pf_meta`, `*.pf_filter`) are immutable; HTML, data files
 * and Pagefind's fixed names (pagefind.js, pagefind-entry.json, the wasm) revalidate.
 */
export function cacheControl(path: string): string {
  if (/(^|\/)_astro\//.test(path)) return IMMUTABLE;
  if (/(^|\/)pagefind\/.*\.pf_(index|fragment|meta|filter)$/.test(path)) return IMMUTABLE;
  return REVALIDATE;
}
