/**
 * The browser editor at /admin/ (Sveltia CMS): its configuration, generated from the zod schemas
 * (src/lib/content/cms-config.ts), and every file it needs, served from the site's own origin so that it
 * works on a government intranet with nothing from outside:
 * - the Sveltia CMS bundle, with its three CDN addresses rewritten to local paths (the zh-CN interface text,
 *   the icon font; the two Latin text fonts are dropped for the system font);
 * - the zh-CN interface text and the icon font, copied from the pinned packages;
 * - a small script that selects the Chinese interface and, under `npm run edit`, shows the result of the
 *   content check after each save.
 * Used by `npm run edit` (served by the dev server) and by the build when an intranet git server is configured.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cmsCollections, type CmsField, type CmsSource, type Relation } from '../../src/lib/content/cms-config.ts';
import { isoDate } from '../../src/schemas/common.ts';
import { COLLECTIONS, DATA_FILES, SITE_CONFIG } from '../../src/schemas/index.ts';
import type { Schema } from '../../src/lib/content/schema-doc.ts';

// The pinned packages' folders (their exports do not include package.json, so the folder is found directly).
const modules = join(import.meta.dirname, '..', '..', 'node_modules');
const sveltiaDir = join(modules, '@sveltia', 'cms');
const iconFontDir = join(modules, '@fontsource-variable', 'material-symbols-outlined');

/** The pinned Sveltia CMS version (package.json pins it exactly). */
export const SVELTIA_VERSION: string = JSON.parse(readFileSync(join(sveltiaDir, 'package.json'), 'utf8')).version;

const policy: Relation = { collection: 'policies', valueField: '{{slug}}', displayFields: ['title'] };
/** Fields that name another content file, by `<editor name>:<field path>`. */
export const RELATIONS: Record<string, Relation> = {
  'kindergartens:street': { collection: 'settings', file: 'streets', valueField: 'streets.*.name', displayFields: ['streets.*.name'] },
  'kindergartens:type': { collection: 'settings', file: 'kindergartenTypes', valueField: 'types.*.name', displayFields: ['types.*.name'] },
  'kindergartens:project.target': { collection: 'targets', valueField: '{{slug}}', displayFields: ['title'] },
  'kindergartens:project.source.policy': policy,
  'targets:task': { collection: 'tasks', valueField: '{{slug}}', displayFields: ['title'] },
  'targets:source.policy': policy,
  'tasks:source.policy': policy,
  'milestones:document.policy': policy,
  'milestones:source.policy': policy,
  'policies:supersededBy': policy,
  'feeConfig:rules.source.policy': policy,
  'feeConfig:documents.citedIn.policy': policy,
  'feeConfig:meals.source.policy': policy,
  'feeConfig:adjustments.source.policy': policy,
  'enrollment:policy': policy,
};

/** Every content kind in the order the editor lists them: the site facts and lists first, then the folders. */
export function cmsSources(): CmsSource[] {
  const schema = (s: unknown) => s as Schema;
  return [
    { name: 'site', label: SITE_CONFIG.label, file: SITE_CONFIG.file, schema: schema(SITE_CONFIG.schema), labels: SITE_CONFIG.labels },
    ...Object.entries(DATA_FILES).map(([name, s]) => ({ name, label: s.label, file: s.file, schema: schema(s.schema), labels: s.labels })),
    ...Object.entries(COLLECTIONS).map(([name, c]) => ({ name, label: c.label, dir: c.dir, ext: c.ext, schema: schema(c.schema), labels: c.labels })),
  ];
}

/** A target as the report form needs it. */
export interface TargetKey {
  id: string;
  title: string;
  qualitative: boolean;
  breakdown: string[];
}

/** The targets of valid content, as the report form needs them. */
export function targetKeys(entries: Record<string, readonly { id: string; data: unknown }[]>): TargetKey[] {
  return (entries.targets ?? []).map((e) => {
    const d = e.data as { title: string; target: { kind: string }; breakdown?: string[] };
    return { id: e.id, title: d.title, qualitative: d.target.kind === 'qualitative', breakdown: d.breakdown ?? [] };
  });
}

/** A report's free-keyed objects as one field per target of the content (values, notes, breakdown). */
export function reportFields(targets: readonly TargetKey[]): Record<string, CmsField[]> {
  const label = (t: TargetKey) => `${t.title}（${t.id}）`;
  return {
    'reports:values': targets.map((t) => ({ name: t.id, label: label(t), widget: t.qualitative ? 'boolean' : 'number', required: false, ...(t.qualitative ? {} : { value_type: 'float', min: 0 }) })),
    'reports:notes': targets.map((t) => ({ name: t.id, label: label(t), widget: 'string', required: false })),
    'reports:breakdown': targets.filter((t) => t.breakdown.length).map((t) => ({
      name: t.id,
      label: label(t),
      widget: 'object',
      required: false,
      fields: t.breakdown.map((b) => ({ name: b, label: b, widget: 'number', value_type: 'int', min: 0, required: false })),
    })),
  };
}

/** The git server the editor signs in to (site.json `editor`), or the local repository folder. */
export interface EditorBackend {
  kind: 'gitea' | 'forgejo' | 'local';
  /** The local repository folder's name, shown in the editor's hint (local). */
  folder?: string;
  /** Server address, e.g. https://git.example.gov.cn/ (gitea/forgejo). */
  url?: string;
  /** owner/repo on the server. */
  repo?: string;
  branch?: string;
  /** OAuth application id registered on the server. */
  appId?: string;
}

/** The Sveltia CMS `backend` option for a backend. The local folder is reached through any git backend's local mode. */
export function backendConfig(b: EditorBackend): Record<string, unknown> {
  if (b.kind === 'local') return { name: 'gitea', repo: `local/${b.folder ?? 'content'}`, branch: b.branch ?? 'main' };
  const url = new URL(b.url!);
  const origin = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return {
    name: 'gitea',
    repo: b.repo,
    branch: b.branch ?? 'main',
    base_url: url.origin,
    api_root: `${origin}api/v1`,
    ...(b.appId ? { app_id: b.appId } : {}),
  };
}

/** The whole editor configuration. `contentPath`: content/ relative to the repository root. */
export function editorConfig(options: { backend: EditorBackend; contentPath: string; targets: readonly TargetKey[]; siteName: string }): Record<string, unknown> {
  return {
    backend: backendConfig(options.backend),
    // Uploaded attachments go where policies link them from (public/files/ → /files/…).
    media_folder: 'public/files',
    public_folder: '/files',
    app_title: `${options.siteName} · 内容编辑`,
    // File names are ASCII ids, typed by staff on creation.
    slug: { encoding: 'ascii', clean_accents: true, lowercase: true, sanitize_replacement: '-' },
    // Saved files look like hand edits: 2-space JSON, empty optional fields left out.
    output: { omit_empty_optional_fields: true, json: { indent_style: 'space', indent_size: 2 } },
    collections: cmsCollections(cmsSources(), {
      contentPath: options.contentPath,
      known: { isoDate: isoDate as unknown as Schema },
      relations: RELATIONS,
      recordKeys: reportFields(options.targets),
    }),
  };
}

/** The collections part of the configuration for the current schemas alone (what docs:content commits). */
export function schemaConfig(): Record<string, unknown> {
  return editorConfig({ backend: { kind: 'local' }, contentPath: 'content', targets: [], siteName: '' });
}

/** Thrown when the pinned bundle no longer has an address this module rewrites (after an upgrade). */
export class VendorPatchError extends Error {}

/** Path of the icon font under /admin/. */
export const ICON_FONT = 'vendor/material-symbols-outlined.woff2';

/**
 * The Sveltia CMS bundle with its outside addresses made local. `adminPath` is the site path of /admin/
 * (`/admin/`, or `/xqjy/admin/` under a sub-path). Throws VendorPatchError when an address is not found,
 * so an upgrade that moves them fails the build instead of shipping an editor that calls a CDN.
 */
export function patchBundle(code: string, adminPath: string): string {
  const rewrites: [string, string][] = [
    // Interface text: `${base}@${version}/locales/zh-CN.json`, fetched with a 5 s timeout.
    ['`https://unpkg.com/@sveltia/cms`', `\`${adminPath}vendor/sveltia-cms\``],
    ['url(https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2)', `url(${adminPath}${ICON_FONT})`],
    // Latin text fonts: the system font is used (Chinese text always was).
    ['src:url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2)', "src:local('Source Sans 3')"],
    ['src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)', "src:local('Noto Mono')"],
  ];
  let out = code;
  for (const [from, to] of rewrites) {
    if (!out.includes(from)) throw new VendorPatchError(`Sveltia CMS ${SVELTIA_VERSION} 的代码中找不到 ${from}：升级后请更新 scripts/lib/admin.ts 的地址替换。`);
    out = out.split(from).join(to);
  }
  // Formats after a local() source are not allowed: the @font-face keeps a valid src.
  out = out.replace(/src:local\('(Source Sans 3|Noto Mono)'\)\s*format\('[^']*'\)/g, "src:local('$1')");
  return out;
}

/** One file of /admin/. */
export interface AdminFile {
  type: string;
  body: string | Buffer;
}

/** The Content-Security-Policy of /admin/: the origin only (and the git server when one is configured). */
export function adminCsp(gitServer?: string): string {
  // data: — the editor reads its own built-in logo through fetch().
  const connect = ["'self'", 'data:', ...(gitServer ? [new URL(gitServer).origin] : [])].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Svelte writes its component styles into <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    // Previews of uploaded files and the entry thumbnails are blob: and data: URLs made in the page.
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The page that starts the editor. */
export function adminPage(options: { siteName: string; csp: string; check: boolean }): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="content-security-policy" content="${esc(options.csp)}">
<title>内容编辑 · ${esc(options.siteName)}</title>
<link href="config.json" type="application/json" rel="cms-config-url">
<script src="editor-zh.js"${options.check ? ' data-check="check.json"' : ''}></script>
<script src="sveltia-cms.js"></script>
</head>
<body>
<noscript>内容编辑器需要启用 JavaScript。</noscript>
</body>
</html>
`;
}

/** Every file of /admin/ by its path under /admin/. */
export function adminFiles(options: { adminPath: string; config: Record<string, unknown>; siteName: string; gitServer?: string; check: boolean }): Map<string, AdminFile> {
  const files = new Map<string, AdminFile>();
  files.set('index.html', { type: 'text/html; charset=utf-8', body: adminPage({ siteName: options.siteName, csp: adminCsp(options.gitServer), check: options.check }) });
  files.set('config.json', { type: 'application/json; charset=utf-8', body: `${JSON.stringify(options.config, null, 2)}\n` });
  files.set('editor-zh.js', { type: 'text/javascript; charset=utf-8', body: readFileSync(join(import.meta.dirname, '..', '..', 'src', 'scripts', 'editor-zh.js'), 'utf8') });
  files.set('sveltia-cms.js', { type: 'text/javascript; charset=utf-8', body: patchBundle(readFileSync(join(sveltiaDir, 'dist', 'sveltia-cms.js'), 'utf8'), options.adminPath) });
  // The editor asks its package registry for a newer version; the answer is the pinned version itself.
  files.set('vendor/sveltia-cms/package.json', { type: 'application/json; charset=utf-8', body: readFileSync(join(sveltiaDir, 'package.json')) });
  files.set(`vendor/sveltia-cms@${SVELTIA_VERSION}/locales/zh-CN.json`, { type: 'application/json; charset=utf-8', body: readFileSync(join(sveltiaDir, 'locales', 'zh-CN.json')) });
  files.set(ICON_FONT, { type: 'font/woff2', body: readFileSync(join(iconFontDir, 'files', 'material-symbols-outlined-latin-wght-normal.woff2')) });
  return files;
}
