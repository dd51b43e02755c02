// @ts-check
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, passthroughImageService } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { writeFileSync } from 'node:fs';
import { robotsTxt } from './scripts/lib/robots.ts';
import { decodeContent, MAX_FILE_BYTES, parseFrontmatter, parseJson, stripBom } from './src/lib/content/files.ts';
import { checkPublicFolder, readRegularFile } from './src/content-read.ts';
import { editorDevPlugin } from './scripts/lib/admin-dev.ts';
import { checkMdxBody } from './src/lib/content/mdx-rules.ts';
import { ContentError } from './src/lib/content/errors.ts';
import { contentDir } from './src/lib/content/content-dir.ts';

// Content lives in content/ (or CONTENT_DIR for test fixtures); district facts come only from there.
const contentRoot = contentDir();
const siteJsonPath = join(contentRoot, 'site.json');
/**
 * site.json through the content decoder (BOM stripped). When it cannot be read, the config goes on without
 * it: `npm run validate` (run first by build and dev) has already named the file and the fix.
 * @type {{ siteUrl?: string }}
 */
const siteJson = (() => {
  if (!existsSync(siteJsonPath)) return {};
  let bytes;
  try {
    // Regular files only (a FIFO or a link out of the repository is refused, never read).
    bytes = readRegularFile(siteJsonPath, MAX_FILE_BYTES['.json']);
  } catch {
    return {};
  }
  const decoded = decodeContent(bytes, '.json');
  const parsed = decoded.ok ? parseJson(decoded.text) : undefined;
  return parsed?.ok && parsed.data && typeof parsed.data === 'object' ? parsed.data : {};
})();

/**
 * Build-time guard: policy MDX is content, not code. Every .mdx file is checked with the rules of
 * `npm run validate` (no import/export, no {…} expressions, no script/iframe/style, no on* handlers) before
 * the MDX compiler sees it, and the build stops on any finding: edits from many hands are never published.
 * @returns {import('vite').Plugin}
 */
function mdxContentGuard() {
  return {
    name: 'xqjy:mdx-content-guard',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.mdx$/.test(id)) return;
      const text = stripBom(code);
      const fm = parseFrontmatter(text);
      const body = fm.ok ? fm.body : text;
      const firstLine = text.slice(0, text.length - body.length).split('\n').length;
      const issues = checkMdxBody(body, firstLine);
      // The same Chinese error as validate's: ContentError's message is formatFileErrors' text.
      if (issues.length) throw new ContentError(id, issues);
      // The BOM is dropped here too, so the MDX compiler never sees it.
      return text === code ? undefined : { code: text, map: null };
    },
  };
}

// SITE_URL overrides the configured public address (tests, staging); BASE overrides the sub-path.
const site = process.env.SITE_URL || siteJson.siteUrl || undefined;
const base = process.env.BASE ?? (site ? new URL(site).pathname : '/');

// The only inline script: it applies 大字模式 before first paint. Its hash goes into the CSP.
const early = readFileSync(new URL('./src/scripts/dazi-early.js', import.meta.url), 'utf8').trim();
const earlyHash = /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(early).digest('base64')}`);

// Fixture builds (tests) keep their own cache, so they never leave stale content in the real build's cache.
const cacheDir = contentRoot !== contentDir({})
  ? `./node_modules/.astro-fixtures/${createHash('sha1').update(contentRoot).digest('hex').slice(0, 12)}`
  : undefined;

/**
 * Writes robots.txt (scripts/lib/robots.ts) into the build; without a public address the build log says why
 * there is none, in Chinese.
 * @param {string} siteUrl
 * @returns {import('astro').AstroIntegration}
 */
function robots(siteUrl) {
  return {
    name: 'xqjy-robots',
    hooks: {
      'astro:build:done': ({ dir }) => writeFileSync(new URL('robots.txt', dir), robotsTxt(new URL(base, siteUrl).href)),
    },
  };
}
/**
 * Build-time guard: Astro copies public/ into the site following links, so a link to /etc/passwd or a .env
 * would be published. `npm run validate` (run first by build and dev) refuses them with the same messages;
 * this stops a build started some other way (`astro build`).
 * @returns {import('astro').AstroIntegration}
 */
function publicGuard() {
  return {
    name: 'xqjy-public-guard',
    hooks: {
      'astro:build:start': () => {
        const errors = checkPublicFolder(process.env.PUBLIC_DIR ?? './public');
        if (errors.length) throw new Error(errors.map((e) => e.message).join('\n\n'));
      },
    },
  };
}

if (!site) console.warn('提示：content/site.json 没有填写 siteUrl（网站正式网址），本次构建不生成 sitemap-index.xml 和 robots.txt；填写后重新构建即可。');

export default defineConfig({
  site,
  ...(cacheDir ? { cacheDir } : {}),
  // The folder validate checks (PUBLIC_DIR in tests) is the folder Astro copies.
  ...(process.env.PUBLIC_DIR ? { publicDir: process.env.PUBLIC_DIR } : {}),
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? 'dist',
  // Two pages render at a time: while one page's files are written, the next renders (at 4,000 pages the
  // one-at-a-time build spent ~30% of its time waiting on writes; 2 → 16 % faster, 4 no better on 2 cores).
  // Safe because render-time state is only the queries memoized by once() (src/queries/).
  build: { format: 'directory', concurrency: 2 },
  // Sitemap and robots.txt need absolute addresses: only with a public address (siteUrl or SITE_URL).
  integrations: [publicGuard(), mdx(), ...(site ? [sitemap(), robots(site)] : [])],
  // Policy documents have no code blocks, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // No page processes an image (the favicon is an SVG; QR codes and the share image are PNGs our own code draws): the no-op service
  // keeps Astro from loading sharp/libvips, so the build never depends on them (docs/ARCHITECTURE.md, runtime tree).
  image: { service: passthroughImageService() },
  vite: {
    // `npm run edit` (XQJY_EDITOR=local): the browser editor at /admin/ inside the local preview (scripts/lib/admin-dev.ts).
    plugins: [mdxContentGuard(), ...(process.env.XQJY_EDITOR === 'local' ? [editorDevPlugin(contentRoot, base)] : [])],
    build: {
      rolldownOptions: {
        // Astro's MDX compiler writes its own directive ("use astro:head-inject") at the top of every policy
        // module, and the bundler warns that it may not keep it: an English warning naming the county's policy
        // file on every build, about Astro's code, not the content. Only that warning is dropped.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:')) return;
          warn(warning);
        },
      },
    },
  },
  security: {
    csp: {
      scriptDirective: { hashes: [earlyHash] },
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
