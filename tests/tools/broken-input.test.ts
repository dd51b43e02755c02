// Broken input (issue 9): every way a careless edit can break a file — encoding, BOM, empty, misplaced,
// duplicate keys, impossible dates, unsafe links, phones, oversized fields, MDX that is code or not MDX,
// supersededBy. Each case puts one fixture into a copy of the shipped content, runs the loader, and asserts
// the exact file, field and Chinese problem (the full message with its fix is snapshotted), and that no
// content file changed.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES, KG, run, runSetup, UTF8 } from '../helpers/broken-input.ts';

for (const [group, cases] of Object.entries(CASES)) {
  describe(`broken input: ${group}`, () => {
    it.each(cases)('%s as %s is refused', (from, to, expected) => {
      const r = run(from, to);
      expect(r.issues).toEqual(expected);
      expect(r.messages.join('\n\n')).toMatchSnapshot();
    });
  });
}

describe('encoding errors give the exact editor step', () => {
  it.each([['site/gbk.json', 'site.json'], ['site/utf16.json', 'site.json'], ['policies/gbk.mdx', 'policies/gbk.mdx']])('%s', (from, to) => {
    expect(run(from, to).messages[0]).toContain(`修改方法：${UTF8}`);
  });
});

describe('accepted with a warning, or accepted', () => {
  const BOM = '文件开头有 BOM（“带签名的 UTF-8”），已忽略。以后保存时选“UTF-8”（不带 BOM）即可。';
  it.each([
    ['site/bom.json', 'site.json', [`content/site.json：${BOM}`]],
    ['kindergartens/bom.json', KG, [`content/${KG}：${BOM}`]],
    ['policies/bom.mdx', 'policies/bom.mdx', [`content/policies/bom.mdx：${BOM}`]],
    ['site/good-contacts.json', 'site.json', []],
    ['policies/mdx-comment-ok.mdx', 'policies/mdx-comment-ok.mdx', []],
  ])('%s as %s', (from, to, warnings) => {
    const r = run(from, to);
    expect(r.issues).toEqual([]);
    expect(r.warnings).toEqual(warnings);
  });
});

// Issue 19: what git or a careless copy can put into content/ and public/ that is not a plain file. Each case
// is made in a copy of the shipped content; the loader must name the file in Chinese, never hang, never read
// through a link, and change nothing (runSetup checks the copy, the link targets and public/).
const LINK = '这是符号链接（快捷方式），不是普通文件。content/ 只接受普通文件：链接指向的内容可能在仓库之外，会被原样发布到网站上。';
const LINK_PUBLIC = LINK.replace('content/', 'public/');
const kg = (c: string, name: string) => join(c, 'kindergartens', name);
const mkfifo = (p: string) => execFileSync('mkfifo', [p]);
const SPECIAL: [name: string, setup: (c: string, outside: string, pub: string) => void, expected: [string, string, string][]][] = [
  ['a symlink to a valid file outside the repository', (c, o) => symlinkSync(join(o, 'outside.json'), kg(c, 'outside.json')), [['content/kindergartens/outside.json', '（整个文件）', LINK]]],
  ['a symlink to /dev/zero', (c) => symlinkSync('/dev/zero', kg(c, 'zero.json')), [['content/kindergartens/zero.json', '（整个文件）', LINK]]],
  ['a FIFO', (c) => mkfifo(kg(c, 'fifo.json')), [['content/kindergartens/fifo.json', '（整个文件）', '这是命名管道（FIFO），不是普通文件，读取它会卡住或读不完。']]],
  ['a dangling symlink', (c) => symlinkSync('/nonexistent/x.json', kg(c, 'dangling.json')), [['content/kindergartens/dangling.json', '（整个文件）', LINK]]],
  ['a symlink loop', (c) => symlinkSync('loop.json', kg(c, 'loop.json')), [['content/kindergartens/loop.json', '（整个文件）', LINK]]],
  ['site.json as a folder', (c) => { rmSync(join(c, 'site.json')); mkdirSync(join(c, 'site.json')); }, [['content/site.json', '（整个文件）', '这里应该是一个文件，却是一个文件夹。']]],
  ['site.json as a symlink', (c, o) => { rmSync(join(c, 'site.json')); symlinkSync(join(o, 'outside.json'), join(c, 'site.json')); }, [['content/site.json', '（整个文件）', LINK]]],
  ['a collection folder that is a file', (c) => { rmSync(join(c, 'targets'), { recursive: true }); writeFileSync(join(c, 'targets'), '[]'); }, [['content/targets', '（文件夹）', '这里应该是一个文件夹，却是一个文件。']]],
  ['a collection folder that is a symlink', (c, o) => { rmSync(join(c, 'targets'), { recursive: true }); symlinkSync(o, join(c, 'targets')); }, [['content/targets', '（文件夹）', LINK]]],
  ['JSON nested 5,000 levels deep', (c) => writeFileSync(kg(c, 'deep.json'), `${'['.repeat(5000)}${']'.repeat(5000)}`), [['content/kindergartens/deep.json', '（整个文件）', '括号嵌套太深（超过 20 层），这不是正常的内容文件。']]],
  ['YAML frontmatter nested 5,000 levels deep', (c) => writeFileSync(join(c, 'policies', 'deep.mdx'), `---\ntitle: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n正文\n`), [['content/policies/deep.mdx', '（frontmatter）', '括号嵌套太深（超过 20 层），这不是正常的内容文件。']]],
  ['a symlink in public/', (_c, o, p) => symlinkSync('/etc/passwd', join(p, 'passwd.txt')), [['public/passwd.txt', '（整个文件）', LINK_PUBLIC]]],
  ['a symlinked folder in public/', (_c, o, p) => symlinkSync(o, join(p, 'files')), [['public/files', '（整个文件）', LINK_PUBLIC]]],
  ['a FIFO in public/', (_c, _o, p) => mkfifo(join(p, 'pipe')), [['public/pipe', '（整个文件）', '这是命名管道（FIFO），不是普通文件，读取它会卡住或读不完。']]],
  ['public/.env', (_c, _o, p) => writeFileSync(join(p, '.env'), 'PASSWORD=x'), [['public/.env', '（文件名）', 'public/ 里的文件会原样发布给所有人，不能有以“.”开头的隐藏文件或文件夹“.env”（例如 .env 里的密码会被任何人下载）。']]],
];

describe('broken input: not a regular file (issue 19)', () => {
  it.each(SPECIAL)('%s is refused', (_name, setup, expected) => {
    const r = runSetup(setup);
    expect(r.issues).toEqual(expected);
    expect(r.messages.join('\n\n')).toMatchSnapshot();
  });

  it('a SITE_URL the site cannot use is refused, naming SITE_URL', () => {
    const old = process.env.SITE_URL;
    process.env.SITE_URL = 'https://user:pw@jyj.example.gov.cn/学前教育/';
    try {
      const r = runSetup(() => undefined);
      expect(r.issues).toEqual([['环境变量 SITE_URL', 'SITE_URL', 'SITE_URL“https://user:pw@jyj.example.gov.cn/学前教育/”：网址里不能有用户名或密码（“用户名:密码@”）：它会出现在每个页面的链接、二维码、sitemap 和 robots.txt 里，任何人都能看到。']]);
    } finally {
      if (old === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = old;
    }
  });

  it('a swap file of the browser editor (Chromium saves through <name>.crswap, renamed over the file) is skipped', () => {
    const r = runSetup((c) => writeFileSync(join(c, `${KG}.crswap`), '{"name": "半'));
    expect(r.issues).toEqual([]);
  });

  it('public/ with regular files, a .well-known folder and .gitkeep is accepted', () => {
    const r = runSetup((_c, _o, p) => {
      mkdirSync(join(p, '.well-known'));
      writeFileSync(join(p, '.well-known', 'security.txt'), 'Contact: mailto:a@b.cn');
      writeFileSync(join(p, '.gitkeep'), '');
      mkdirSync(join(p, 'files'));
      writeFileSync(join(p, 'files', 'a.pdf'), '%PDF');
    });
    expect(r.issues).toEqual([]);
  });
});
