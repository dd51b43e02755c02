/**
 * The browser editor in the public build: written to <build>/admin/ only when content/site.json names the
 * intranet git server (`editor`), with the configuration drawn from the content (targets for the report form).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ValidEntry } from '../../src/lib/content/validate.ts';
import type { SiteConfig } from '../../src/schemas/site.ts';
import { adminFiles, editorConfig, targetKeys } from './admin.ts';

/** Writes /admin/ into `dir` when the editor is configured; returns the git server's address, or undefined. */
export function writeEditor(dir: string, base: string, entries: Record<string, ValidEntry[]>): string | undefined {
  const site = entries.site?.[0]?.data as SiteConfig | undefined;
  const editor = site?.editor;
  if (!site || !editor) return undefined;
  const config = editorConfig({
    backend: { kind: 'gitea', url: editor.server, repo: editor.repo, branch: editor.branch, appId: editor.appId || undefined },
    contentPath: 'content',
    targets: targetKeys(entries),
    siteName: site.shortName,
  });
  const files = adminFiles({ adminPath: `${base}admin/`, config, siteName: site.shortName, gitServer: editor.server, check: false });
  for (const [name, file] of files) {
    const path = join(dir, 'admin', name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.body);
  }
  return editor.server;
}
