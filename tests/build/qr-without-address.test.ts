// Without a configured public address the site must not print a QR code of a guessed URL: kindergarten pages
// show a note instead, the share blocks (分享本页) of policy, task, fees and seats pages are left out, and the
// build says why. A real build of a small fixture content folder (from the
// fixture site tests/fixtures/sites/district-streets, so the test does not depend on the shipped content).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { childEnv } from '../helpers/child-env.ts';
import { decodePngQr, decodeSvg } from '../helpers/qr-decode.ts';

const CONTENT = join(import.meta.dirname, '..', 'fixtures', 'sites', 'district-streets');
// The pages with a share block, as built files and public paths; the policy and task are the fixture's own.
const SHARED = ['policies/donghu-plan-2025/', 'progress/conditions/', 'fees/', 'seats/', 'enrollment/'];
const pngOf = (html: string) => /<img\b[^>]*\bsrc="(data:image\/png;base64,[^"]+)"/.exec(html)?.[1] ?? '';
const pageOf = (out: string, path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

it('builds kindergarten pages with a note instead of a QR code, and warns', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xqjy-noqr-'));
  for (const f of ['site.json', 'streets.json', 'kindergarten-types.json', 'fees.json']) cpSync(join(CONTENT, f), join(dir, f));
  for (const d of ['policies', 'tasks', 'targets']) cpSync(join(CONTENT, d), join(dir, d), { recursive: true });
  mkdirSync(join(dir, 'kindergartens'));
  cpSync(join(CONTENT, 'kindergartens', 'donghu-2.json'), join(dir, 'kindergartens', 'good.json'));
  expect(JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')).siteUrl).toBe('');
  const out = join(mkdtempSync(join(tmpdir(), 'xqjy-noqr-out-')), 'dist');
  const env = childEnv({ SITE_URL: undefined, BASE: undefined });
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env: { ...env, CONTENT_DIR: dir, DIST_DIR: out } });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toContain('没有填写网站网址（siteUrl），幼儿园页面和收费公示不显示二维码');
  const html = readFileSync(join(out, 'kindergartens', 'good', 'index.html'), 'utf8');
  expect(html).toContain('data-qr-missing');
  expect(html).toContain('本站的正式网址尚未配置，暂不生成二维码');
  expect(html).toContain('本站正式网址尚未配置，暂无二维码');
  expect(html).not.toMatch(/<svg[^>]*class="qr"/);
  expect(html).not.toMatch(/<img[^>]*class="qr"/);
  expect(html).not.toContain('data-copy-link');
  for (const path of SHARED) {
    const page = pageOf(out, path);
    expect(page, path).not.toContain('data-share');
    expect(page, path).not.toContain('复制链接');
    expect(page, path).not.toMatch(/<(svg|img)[^>]*class="qr"/);
  }
  // No sitemap or robots.txt without an absolute address, and the build says so.
  expect(`${r.stdout}${r.stderr}`).toContain('本次构建不生成 sitemap-index.xml 和 robots.txt');
  expect(existsSync(join(out, 'sitemap-index.xml'))).toBe(false);
  expect(existsSync(join(out, 'robots.txt'))).toBe(false);
  // The same page with an address has the code (so the assertions above can fail).
  const out2 = join(mkdtempSync(join(tmpdir(), 'xqjy-qr-out-')), 'dist');
  const r2 = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env: { ...env, CONTENT_DIR: dir, DIST_DIR: out2, SITE_URL: 'https://jyj.example.gov.cn/xqjy/' } });
  expect(r2.status, r2.stderr).toBe(0);
  expect(r2.stderr).not.toContain('没有填写网站网址');
  const html2 = readFileSync(join(out2, 'kindergartens', 'good', 'index.html'), 'utf8');
  // On screen the code is a PNG <img> (WeChat reads images); the printed poster keeps its SVG.
  const kgQr = /<figure[^>]*data-qr[\s\S]*?<\/figure>/.exec(html2)?.[0] ?? '';
  expect(decodePngQr(pngOf(kgQr))).toBe('https://jyj.example.gov.cn/xqjy/kindergartens/good/');
  expect(kgQr).toMatch(/<img[^>]*alt="[^"]*二维码"/);
  expect(decodeSvg(/<svg[^>]*class="qr"[\s\S]*?<\/svg>/.exec(html2)?.[0] ?? '')).toBe('https://jyj.example.gov.cn/xqjy/kindergartens/good/');
  expect(html2).toContain('https://jyj.example.gov.cn/xqjy/kindergartens/good/');
  expect(html2).toContain('data-copy-url="https://jyj.example.gov.cn/xqjy/kindergartens/good/"');
  for (const path of SHARED) {
    const block = /<section[^>]*data-share[\s\S]*?<\/section>/.exec(pageOf(out2, path))?.[0] ?? '';
    expect(block, path).toContain('复制链接');
    expect(block, path).not.toContain('<svg');
    expect(block, path).toMatch(/<img[^>]*alt="[^"]*二维码[^"]*"/);
    expect(decodePngQr(pngOf(block)), path).toBe(`https://jyj.example.gov.cn/xqjy/${path}`);
  }
  expect(readFileSync(join(out2, 'robots.txt'), 'utf8')).toContain('Sitemap: https://jyj.example.gov.cn/xqjy/sitemap-index.xml');
  expect(readFileSync(join(out2, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://jyj.example.gov.cn/xqjy/kindergartens/good/</loc>');
}, 300_000);
