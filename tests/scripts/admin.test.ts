import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { adminCsp, adminFiles, editorConfig, patchBundle, schemaConfig, SVELTIA_VERSION, targetKeys, VendorPatchError } from '../../scripts/lib/admin.ts';
import { checkContent } from '../../scripts/load-content.ts';

const root = join(import.meta.dirname, '..', '..');
const sveltia = join(root, 'node_modules', '@sveltia', 'cms');
const schema = JSON.parse(readFileSync(join(sveltia, 'schema', 'sveltia-cms.json'), 'utf8'));
const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false }).compile(schema);
const fixture = join(root, 'tests', 'fixtures', 'sites', 'district-streets');

describe('the editor configuration', () => {
  it('of the schemas alone is valid for the pinned Sveltia CMS', () => {
    expect(validate(schemaConfig()), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('with a fixture site’s targets (the report form) and a Gitea server is valid', () => {
    const { entries, errors } = checkContent(fixture);
    expect(errors).toEqual([]);
    const targets = targetKeys(entries);
    expect(targets.length).toBeGreaterThan(0);
    const config = editorConfig({ backend: { kind: 'gitea', url: 'https://git.example.gov.cn/', repo: 'jyj/xqjy', branch: 'main', appId: 'abc' }, contentPath: 'sites/qinghe', targets, siteName: '测试' });
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(config.backend).toEqual({ name: 'gitea', repo: 'jyj/xqjy', branch: 'main', base_url: 'https://git.example.gov.cn', api_root: 'https://git.example.gov.cn/api/v1', app_id: 'abc' });
    const reports = (config.collections as { name: string; folder?: string; fields: { name: string; fields?: { name: string }[] }[] }[]).find((c) => c.name === 'reports')!;
    // The content folder is wherever the repository keeps it: every collection lives under contentPath.
    expect(reports.folder).toBe('sites/qinghe/reports');
    expect(reports.fields.find((f) => f.name === 'values')!.fields!.map((f) => f.name)).toEqual(targets.map((t) => t.id));
  });

  it('the schema check catches what Sveltia CMS refuses (an object field without fields)', () => {
    const bad = { ...schemaConfig(), collections: [{ name: 'x', folder: 'sites/qinghe/x', fields: [{ name: 'o', widget: 'object' }] }] };
    expect(validate(bad)).toBe(false);
  });

  it('names every content kind', () => {
    const cols = schemaConfig().collections as { name: string; files?: { name: string }[] }[];
    expect(cols.map((c) => c.name)).toEqual(['settings', 'policies', 'targets', 'reports', 'kindergartens', 'indicators', 'tasks', 'milestones', 'updates']);
    expect(cols[0]!.files!.map((f) => f.name)).toEqual(['site', 'streets', 'kindergartenTypes', 'feeConfig', 'enrollment']);
  });
});

describe('patchBundle', () => {
  const bundle = readFileSync(join(sveltia, 'dist', 'sveltia-cms.js'), 'utf8');

  it('leaves no CDN address for the interface text and fonts', () => {
    const out = patchBundle(bundle, '/xqjy/admin/');
    expect(out).not.toContain('https://unpkg.com/@sveltia/cms');
    expect(out).not.toContain('cdn.jsdelivr.net/fontsource');
    expect(out).toContain('`/xqjy/admin/vendor/sveltia-cms`');
    expect(out).toContain('url(/xqjy/admin/vendor/material-symbols-outlined.woff2)');
  });

  it('fails loudly when an upgrade moved an address', () => {
    expect(() => patchBundle('no addresses here', '/admin/')).toThrow(VendorPatchError);
  });
});

describe('adminCsp', () => {
  it.each([
    [undefined, "connect-src 'self' data:"],
    ['https://git.example.gov.cn/gitea/', "connect-src 'self' data: https://git.example.gov.cn"],
  ])('server %s → %s, never unsafe-eval', (server, connect) => {
    const csp = adminCsp(server);
    expect(csp).toContain(connect);
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-eval');
  });
});

describe('adminFiles', () => {
  it('serves the locale where the rewritten bundle asks for it, and a Chinese page', () => {
    const files = adminFiles({ adminPath: '/admin/', config: schemaConfig(), siteName: '测试', check: false });
    expect([...files.keys()].sort()).toEqual(['config.json', 'editor-zh.js', 'index.html', 'sveltia-cms.js', 'vendor/material-symbols-outlined.woff2', `vendor/sveltia-cms/package.json`, `vendor/sveltia-cms@${SVELTIA_VERSION}/locales/zh-CN.json`].sort());
    const page = String(files.get('index.html')!.body);
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('http-equiv="content-security-policy"');
    expect(page).not.toContain('data-check');
    expect(JSON.parse(String(files.get(`vendor/sveltia-cms@${SVELTIA_VERSION}/locales/zh-CN.json`)!.body)).create).toBe('新建');
  });
});

describe('writeEditor (the public build)', () => {
  it('writes /admin/ only when site.json names the git server', async () => {
    const { mkdtempSync, existsSync: exists, readFileSync: read } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { writeEditor } = await import('../../scripts/lib/admin-build.ts');
    const { entries } = checkContent(fixture);
    const without = mkdtempSync(join(tmpdir(), 'admin-'));
    expect(writeEditor(without, '/', entries)).toBeUndefined();
    expect(exists(join(without, 'admin'))).toBe(false);
    const site = entries.site![0]!;
    const withEditor = { ...entries, site: [{ ...site, data: { ...(site.data as object), editor: { server: 'https://git.example.gov.cn/', repo: 'jyj/xqjy', branch: 'main', appId: '' } } }] };
    const dir = mkdtempSync(join(tmpdir(), 'admin-'));
    expect(writeEditor(dir, '/xqjy/', withEditor)).toBe('https://git.example.gov.cn/');
    const page = read(join(dir, 'admin', 'index.html'), 'utf8');
    expect(page).toContain("connect-src 'self' data: https://git.example.gov.cn");
    expect(read(join(dir, 'admin', 'sveltia-cms.js'), 'utf8')).toContain('`/xqjy/admin/vendor/sveltia-cms`');
    expect(JSON.parse(read(join(dir, 'admin', 'config.json'), 'utf8')).backend).toMatchObject({ name: 'gitea', repo: 'jyj/xqjy', api_root: 'https://git.example.gov.cn/api/v1' });
  });
});
