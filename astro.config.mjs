// @ts-check
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Content lives in content/ (or CONTENT_DIR for test fixtures); district facts come only from there.
const contentDir = process.env.CONTENT_DIR ?? './content';
const siteJsonPath = join(contentDir, 'site.json');
/** @type {{ siteUrl?: string }} */
const siteJson = existsSync(siteJsonPath) ? JSON.parse(readFileSync(siteJsonPath, 'utf8')) : {};

// SITE_URL overrides the configured public address (tests, staging); BASE overrides the sub-path.
const site = process.env.SITE_URL || siteJson.siteUrl || undefined;
const base = process.env.BASE ?? (site ? new URL(site).pathname : '/');

// The only inline script: it applies 大字模式 before first paint. Its hash goes into the CSP.
const early = readFileSync(new URL('./src/scripts/dazi-early.js', import.meta.url), 'utf8').trim();
const earlyHash = /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(early).digest('base64')}`);

// Fixture builds (tests) keep their own cache, so they never leave stale content in the real build's cache.
const cacheDir = process.env.CONTENT_DIR
  ? `./node_modules/.astro-fixtures/${createHash('sha1').update(process.env.CONTENT_DIR).digest('hex').slice(0, 12)}`
  : undefined;

export default defineConfig({
  site,
  ...(cacheDir ? { cacheDir } : {}),
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? 'dist',
  build: { format: 'directory' },
  integrations: [mdx()],
  // Policy documents have no code blocks, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  security: {
    csp: {
      scriptDirective: { hashes: [earlyHash] },
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
