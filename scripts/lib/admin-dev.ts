/**
 * `npm run edit`: the editor (/admin/) inside the local preview (Astro's dev server), as a Vite plugin. It
 * serves the files of scripts/lib/admin.ts from memory, and runs the content check of `npm run validate`
 * after every change under content/: the result goes to the terminal and to /admin/check.json, which the
 * editor page shows (src/scripts/editor-zh.js), with `checkedAt`, when that check began reading the files (ms
 * since 1970), so a caller can tell a result that has read its save from an older one. The preview itself
 * reloads as Astro's dev server does.
 */
import { basename, isAbsolute, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkContent } from '../load-content.ts';
import { adminFiles, editorConfig, targetKeys, type TargetKey } from './admin.ts';

/** The check result the editor page shows: ok, or the Chinese messages of `npm run validate`. */
export interface CheckResult {
  ok: boolean;
  text: string;
}

/** Runs the content check of `npm run validate` on `root`. */
export function runCheck(root: string): CheckResult & { targets: TargetKey[]; siteName: string } {
  const { entries, errors } = checkContent(root);
  const targets = targetKeys(entries);
  const site = (entries.site?.[0]?.data ?? {}) as { shortName?: string };
  const text = errors.map((e) => e.message).join('\n\n');
  return { ok: errors.length === 0, text, targets, siteName: site.shortName ?? '' };
}

/** True when `path` is under the folder `root` (not the folder itself). */
function inside(root: string, path: string): boolean {
  const r = relative(resolve(root), resolve(path));
  return r !== '' && !r.startsWith('..') && !isAbsolute(r);
}

/** The Vite plugin of `npm run edit`. `root`: the content folder; `base`: the site's base path. */
export function editorDevPlugin(root: string, base: string): Plugin {
  const adminPath = `${base.replace(/\/?$/, '/')}admin/`;
  // When the last check started reading content/: a check.json newer than a save has read what it wrote.
  let checkedAt = Date.now();
  let state = runCheck(root);
  let files = build();
  function build() {
    const config = editorConfig({ backend: { kind: 'local', folder: basename(process.cwd()) }, contentPath: relative(process.cwd(), root) || 'content', targets: state.targets, siteName: state.siteName });
    return adminFiles({ adminPath, config, siteName: state.siteName, check: true });
  }
  function report(first: boolean) {
    if (state.ok) console.log(first ? '内容编辑器：内容检查通过。' : '✔ 内容检查通过（刚保存的修改没有错误）。');
    else console.error(`✖ 内容检查未通过：\n${state.text}\n改正后再保存；有错误时网站不会生成。`);
  }
  let timer: NodeJS.Timeout | undefined;
  return {
    name: 'xqjy:editor',
    apply: 'serve',
    configureServer(server) {
      report(true);
      // Vite's own watcher (chokidar, as the content loaders use), not fs.watch: on Linux, Node's recursive
      // fs.watch stops reporting a file once it has been replaced by a rename — which is how Chromium's File System
      // Access API saves (a .crswap file renamed over the target) — so every later save of that file went unchecked.
      server.watcher.add(root);
      server.watcher.on('all', (_event, path) => {
        if (!inside(root, path)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          checkedAt = Date.now();
          state = runCheck(root);
          files = build();
          report(false);
        }, 300);
      });
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        if (path === adminPath.slice(0, -1)) {
          res.statusCode = 301;
          res.setHeader('Location', adminPath);
          res.end();
          return;
        }
        if (!path.startsWith(adminPath)) return next();
        const name = path.slice(adminPath.length) || 'index.html';
        if (name === 'check.json') {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(JSON.stringify({ ok: state.ok, text: state.text, checkedAt }));
          return;
        }
        const file = files.get(name);
        if (!file) return next();
        res.setHeader('Content-Type', file.type);
        res.setHeader('Cache-Control', 'no-store');
        res.end(file.body);
      });
    },
  };
}
