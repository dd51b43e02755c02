// Broken-input fixtures (tests/fixtures/broken/input/) and the exact problem each must produce; shared by
// tests/tools/broken-input.test.ts and the validate ⇔ build property test.
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { checkContent } from '../../scripts/load-content.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'broken', 'input');
// A frozen copy of the shipped content (never content/, which a county replaces): the messages below name its ids.
const CONTENT = join(import.meta.dirname, '..', 'fixtures', 'sites', 'shipped-copy');

/** The shipped-copy fixture site with `from` (under fixtures/broken/input) copied to `to` (under content/). */
export function contentWithFixture(from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'xqjy-content-'));
  cpSync(CONTENT, dir, { recursive: true });
  mkdirSync(join(dir, to, '..'), { recursive: true });
  cpSync(join(FIX, from), join(dir, to));
  return dir;
}

/** Hash of every file under `dir`, to prove the loader writes nothing. */
export function snapshotFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      const st = lstatSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isSymbolicLink()) out[relative(dir, p)] = `-> ${readlinkSync(p)}`;
      else if (!st.isFile()) out[relative(dir, p)] = `special ${st.mode}`;
      else out[relative(dir, p)] = createHash('sha1').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** Runs the loader on the fixture; paths shown as content/… whatever the temporary folder. */
export function run(from: string, to: string) {
  const dir = contentWithFixture(from, to);
  const before = snapshotFiles(dir);
  const r = checkContent(dir);
  expect(snapshotFiles(dir)).toEqual(before);
  const prefix = relative(process.cwd(), dir);
  const norm = (s: string) => s.split(prefix).join('content');
  return {
    issues: r.errors.flatMap((e) => e.issues.map((i) => [norm(e.file), i.field, norm(i.problem)])),
    messages: r.errors.map((e) => norm(e.message)),
    warnings: r.warnings.map(norm).filter((w) => !w.startsWith('content/site.json：没有填写')),
  };
}

/**
 * Runs the loader on a copy of the shipped content changed by `setup` (which can make what git fixtures cannot
 * hold: symlinks, FIFOs, folders in place of files), with `setup`'s public/ folder when it makes one. Asserts
 * that neither the copy nor the folder `outside` (what links point to) changed.
 */
export function runSetup(setup: (content: string, outside: string, pub: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'xqjy-content-'));
  cpSync(CONTENT, dir, { recursive: true });
  const outside = mkdtempSync(join(tmpdir(), 'xqjy-outside-'));
  cpSync(join(CONTENT, 'kindergartens', 'sample-puhui-01.json'), join(outside, 'outside.json'));
  const pub = mkdtempSync(join(tmpdir(), 'xqjy-public-'));
  setup(dir, outside, pub);
  const before = [snapshotFiles(dir), snapshotFiles(outside), snapshotFiles(pub)];
  const r = checkContent(dir, pub);
  expect([snapshotFiles(dir), snapshotFiles(outside), snapshotFiles(pub)]).toEqual(before);
  const norm = (s: string) => s.split(relative(process.cwd(), dir)).join('content').split(relative(process.cwd(), pub)).join('public');
  return {
    issues: r.errors.flatMap((e) => e.issues.map((i) => [norm(e.file), i.field, norm(i.problem)])),
    messages: r.errors.map((e) => norm(e.message)),
  };
}

export const UTF8 = '请用 UTF-8 保存：记事本「文件 → 另存为」，下方“编码”选 UTF-8 后保存；WPS/Excel 导出 CSV 时选「CSV UTF-8（逗号分隔）」；VS Code 点右下角的编码 →「通过编码保存」→ UTF-8。';
export const KG = 'kindergartens/sample-puhui-01.json';
const BAD_DATE = '日期格式不对或不是真实存在的日期';

export type Case = [fixture: string, to: string, expected: [file: string, field: string, problem: string][]];

export const CASES: Record<string, Case[]> = {
  encoding: [
    ['site/gbk.json', 'site.json', [['content/site.json', '（整个文件）', '文件像是 GBK 编码（中文 Windows 的默认编码，按 GBK 读出“昆都仑区学前教育普及普惠”），网站只读 UTF-8，直接发布会变成乱码。']]],
    ['site/utf16.json', 'site.json', [['content/site.json', '（整个文件）', '文件是 UTF-16（“Unicode”）编码，网站只读 UTF-8。']]],
    ['kindergartens/gbk.json', KG, [[`content/${KG}`, '（整个文件）', '文件像是 GBK 编码（中文 Windows 的默认编码，按 GBK 读出“示例普惠第一幼儿园”），网站只读 UTF-8，直接发布会变成乱码。']]],
    ['kindergartens/utf16-no-bom.json', KG, [[`content/${KG}`, '（整个文件）', '文件是 UTF-16（“Unicode”）编码，网站只读 UTF-8。']]],
    ['policies/gbk.mdx', 'policies/gbk.mdx', [['content/policies/gbk.mdx', '（整个文件）', '文件像是 GBK 编码（中文 Windows 的默认编码，按 GBK 读出“示例政策文件 short”），网站只读 UTF-8，直接发布会变成乱码。']]],
  ],
  'empty, misplaced and misnamed files': [
    ['site/empty.json', 'site.json', [['content/site.json', '（整个文件）', '文件是空的。']]],
    ['kindergartens/empty.json', KG, [[`content/${KG}`, '（整个文件）', '文件是空的。']]],
    ['kindergartens/whitespace.json', KG, [[`content/${KG}`, '（整个文件）', '文件是空的。']]],
    ['policies/empty.mdx', 'policies/empty.mdx', [['content/policies/empty.mdx', '（整个文件）', '文件是空的。']]],
    ['kindergartens/bom.json', 'kindergartens/old/sample-puhui-01.json', [['content/kindergartens/old', '（文件夹）', 'content/kindergartens/ 里不能有子文件夹“old”：网站只读这一层的 .json 文件，子文件夹里的内容不会发布。']]],
    ['kindergartens/bom.json', 'kindergartens/sample-puhui-01.json.bak', [['content/kindergartens/sample-puhui-01.json.bak', '（文件名）', '“sample-puhui-01.json.bak”像是备份或草稿文件，扩展名不是 .json。']]],
    ['kindergartens/bom.json', 'kindergartens/sample-puhui-01.json~', [['content/kindergartens/sample-puhui-01.json~', '（文件名）', '“sample-puhui-01.json~”像是备份或草稿文件，扩展名不是 .json。']]],
    ['kindergartens/bom.json', 'targets/notes.txt', [['content/targets/notes.txt', '（文件名）', '文件扩展名应为 .json。']]],
    ['kindergartens/bom.json', 'kindergartens/sample-puhui-09.JSON', [['content/kindergartens/sample-puhui-09.JSON', '（文件名）', '文件扩展名应为 .json。']]],
  ],
  'duplicate keys': [
    ['site/duplicate-key.json', 'site.json', [['content/site.json', 'name', '第 4 行：字段 name 写了两次，只有后一个会生效。']]],
    ['kindergartens/duplicate-nested-key.json', KG, [[`content/${KG}`, 'fees.meals.amount', '第 26 行：字段 fees.meals.amount 写了两次，只有后一个会生效。']]],
    ['policies/duplicate-yaml-key.mdx', 'policies/duplicate-yaml-key.mdx', [['content/policies/duplicate-yaml-key.mdx', '（frontmatter）', 'frontmatter 中有字段写了两次（第 9 行），只能保留一个。']]],
  ],
  'calendar-invalid dates': [
    ['policies/unquoted-rolled-date.mdx', 'policies/unquoted-rolled-date.mdx', [['content/policies/unquoted-rolled-date.mdx', 'writtenOn', `成文日期（writtenOn） ${BAD_DATE}：收到 文字“2023-02-30”。`]]],
    ['policies/unquoted-month-13.mdx', 'policies/unquoted-month-13.mdx', [['content/policies/unquoted-month-13.mdx', 'writtenOn', `成文日期（writtenOn） ${BAD_DATE}：收到 文字“2023-13-45”。`]]],
    ['policies/quoted-bad-date.mdx', 'policies/quoted-bad-date.mdx', [['content/policies/quoted-bad-date.mdx', 'writtenOn', `成文日期（writtenOn） ${BAD_DATE}：收到 文字“2023-02-29”。`]]],
    ['reports/calendar-invalid.json', 'reports/2024-07.json', [['content/reports/2024-07.json', 'asOf', `统计截止日期（asOf） ${BAD_DATE}：收到 文字“2024-06-31”。`]]],
  ],
  'links, phones and e-mail': [
    ['site/url-javascript.json', 'site.json', [['content/site.json', 'siteUrl', '网站网址（siteUrl） 不是完整的网址：收到 文字“javascript:alert(1)”。']]],
    ['site/url-ftp.json', 'site.json', [['content/site.json', 'siteUrl', '网站网址（siteUrl） 不是完整的网址：收到 文字“ftp://jyj.example.gov.cn/”。']]],
    ['site/url-no-host.json', 'site.json', [['content/site.json', 'siteUrl', '网站网址（siteUrl） 不是完整的网址：收到 文字“http:/x”。']]],
    ['policies/attachment-javascript.mdx', 'policies/attachment-javascript.mdx', [['content/policies/attachment-javascript.mdx', 'attachments[0].href', '附件链接（attachments[0].href） 链接不对：收到 文字“javascript:alert(1)”。']]],
    ['policies/attachment-http.mdx', 'policies/attachment-http.mdx', [['content/policies/attachment-http.mdx', 'attachments[0].href', '附件链接（attachments[0].href） 链接不对：收到 文字“http://example.com/a.pdf”。']]],
    ['site/bad-phone.json', 'site.json', [['content/site.json', 'contact.phone', '联系电话（contact.phone） 不是常见的电话号码格式：收到 文字“12345678901234”。']]],
    ['site/bad-complaint-phone.json', 'site.json', [['content/site.json', 'contact.complaintPhone', '收费投诉电话（contact.complaintPhone） 不是常见的电话号码格式：收到 文字“0472-12345”。']]],
    ['site/bad-hotline.json', 'site.json', [['content/site.json', 'contact.hotline', '服务热线（contact.hotline） 不是常见的电话号码格式：收到 文字“热线 12345”。']]],
    ['site/bad-email.json', 'site.json', [['content/site.json', 'contact.email', '电子邮箱（contact.email） 不是电子邮箱地址：收到 文字“xqjy at example”。']]],
    ['kindergartens/bad-phone.json', KG, [[`content/${KG}`, 'phone', '联系电话（phone） 不是常见的电话号码格式：收到 文字“电话待定”。']]],
  ],
  'oversized fields': [
    ['fees/bad-meal-days.json', 'fees.json', [['content/fees.json', 'mealDaysPerMonth', '伙食费每月天数（mealDaysPerMonth） 一个月最多 31 天：收到 数字 40。']]],
    ['policies/long-title.mdx', 'policies/long-title.mdx', [['content/policies/long-title.mdx', 'title', `标题（title） 太长，不能超过 200 个字：收到 文字“${'长'.repeat(30)}……”（共 201 个字）。`]]],
    ['policies/long-summary.mdx', 'policies/long-summary.mdx', [['content/policies/long-summary.mdx', 'summary', `摘要（summary） 太长，不能超过 500 个字：收到 文字“${'长'.repeat(30)}……”（共 501 个字）。`]]],
    ['kindergartens/long-name.json', KG, [[`content/${KG}`, 'name', `全称（name） 太长，不能超过 2000 个字：收到 文字“${'示'.repeat(30)}……”（共 2001 个字）。`]]],
    ['kindergartens/huge-field.json', KG, [[`content/${KG}`, 'address', '地址（address） 有 20000 个字，超过任何字段的上限 10000 个字。']]],
    ['kindergartens/too-big.json', KG, [[`content/${KG}`, '（整个文件）', '文件太大（1.2 MB），超过上限 1 MB。']]],
  ],
  'MDX syntax': [
    ['policies/mdx-unclosed-p.mdx', 'policies/mdx-unclosed-p.mdx', [['content/policies/mdx-unclosed-p.mdx', '（正文第 12 行）', '正文第 12 行第 1 列有 MDX 语法错误：标签 <p> 没有闭合。']]],
    ['policies/mdx-less-than.mdx', 'policies/mdx-less-than.mdx', [['content/policies/mdx-less-than.mdx', '（正文第 10 行）', '正文第 10 行第 4 列有 MDX 语法错误：“<” 后面不是标签名（正文里的小于号要写成 \\<）。']]],
    ['policies/mdx-unbalanced-brace.mdx', 'policies/mdx-unbalanced-brace.mdx', [['content/policies/mdx-unbalanced-brace.mdx', '（正文第 10 行）', '正文第 10 行第 5 列有 MDX 语法错误：“{” 没有配对的“}”（正文里的花括号要写成 \\{）。']]],
  ],
  'MDX is content, not code': [
    ['policies/mdx-import.mdx', 'policies/mdx-import.mdx', [
      ['content/policies/mdx-import.mdx', '（正文第 10 行）', '正文第 10 行：不能写 import 或 export：政策正文是内容，不是程序。'],
      ['content/policies/mdx-import.mdx', '（正文第 12 行）', '正文第 12 行：本站没有提供组件 <Chart>。'],
    ]],
    ['policies/mdx-export.mdx', 'policies/mdx-export.mdx', [['content/policies/mdx-export.mdx', '（正文第 10 行）', '正文第 10 行：不能写 import 或 export：政策正文是内容，不是程序。']]],
    ['policies/mdx-env.mdx', 'policies/mdx-env.mdx', [['content/policies/mdx-env.mdx', '（正文第 10 行）', '正文第 10 行：不能写 {…} 表达式“{process.env.HOME}”。']]],
    ['policies/mdx-dynamic-import.mdx', 'policies/mdx-dynamic-import.mdx', [['content/policies/mdx-dynamic-import.mdx', '（正文第 10 行）', '正文第 10 行：不能写 {…} 表达式“{import(\'node:fs\').then((fs) =>…}”。']]],
    ['policies/mdx-script.mdx', 'policies/mdx-script.mdx', [['content/policies/mdx-script.mdx', '（正文第 10 行）', '正文第 10 行：不能使用 <script> 标签：它会在读者的浏览器里运行代码或嵌入其他网页。']]],
    ['policies/mdx-iframe.mdx', 'policies/mdx-iframe.mdx', [['content/policies/mdx-iframe.mdx', '（正文第 10 行）', '正文第 10 行：不能使用 <iframe> 标签：它会在读者的浏览器里运行代码或嵌入其他网页。']]],
    ['policies/mdx-style.mdx', 'policies/mdx-style.mdx', [
      ['content/policies/mdx-style.mdx', '（正文第 10 行）', '正文第 10 行：不能使用 <style> 标签：它会在读者的浏览器里运行代码或嵌入其他网页。'],
      ['content/policies/mdx-style.mdx', '（正文第 10 行）', '正文第 10 行：不能写 {…} 表达式“{`body { display: none }`}”。'],
    ]],
    ['policies/mdx-onerror.mdx', 'policies/mdx-onerror.mdx', [['content/policies/mdx-onerror.mdx', '（正文第 10 行）', '正文第 10 行：<img> 不能有事件属性 onerror：它会运行代码。']]],
    ['policies/mdx-style-attr.mdx', 'policies/mdx-style-attr.mdx', [['content/policies/mdx-style-attr.mdx', '（正文第 10 行）', '正文第 10 行：<p> 不能有 style 属性（网站的安全策略禁止内联样式）。']]],
    ['policies/mdx-component.mdx', 'policies/mdx-component.mdx', [['content/policies/mdx-component.mdx', '（正文第 10 行）', '正文第 10 行：本站没有提供组件 <ProgressBar>。']]],
    ['policies/mdx-javascript-link.mdx', 'policies/mdx-javascript-link.mdx', [['content/policies/mdx-javascript-link.mdx', '（正文第 10 行）', '正文第 10 行：链接“javascript:alert(1)”不安全或不完整（不是网页、邮箱或电话链接，浏览器可能把它当作程序运行）。']]],
  ],
  'links as a browser reads them': [
    ['policies/mdx-reference-javascript.mdx', 'policies/mdx-reference-javascript.mdx', [['content/policies/mdx-reference-javascript.mdx', '（正文第 12 行）', '正文第 12 行：链接“javascript:alert(1)”不安全或不完整（不是网页、邮箱或电话链接，浏览器可能把它当作程序运行）。']]],
    ['policies/mdx-tab-in-scheme.mdx', 'policies/mdx-tab-in-scheme.mdx', [['content/policies/mdx-tab-in-scheme.mdx', '（正文第 10 行）', '正文第 10 行：链接“java\\u0009script:alert(1)”不安全或不完整（不是网页、邮箱或电话链接，浏览器可能把它当作程序运行）。']]],
    ['policies/mdx-control-before-scheme.mdx', 'policies/mdx-control-before-scheme.mdx', [['content/policies/mdx-control-before-scheme.mdx', '（正文第 10 行）', '正文第 10 行：链接“\\u0001javascript:alert(1)”不安全或不完整（不是网页、邮箱或电话链接，浏览器可能把它当作程序运行）。']]],
    ['policies/mdx-backslash-path.mdx', 'policies/mdx-backslash-path.mdx', [['content/policies/mdx-backslash-path.mdx', '（正文第 10 行）', '正文第 10 行：链接“/\\evil.example/”不安全或不完整（以 // 或 /\\ 开头，会打开其他网站）。']]],
    ['policies/attachment-backslash.mdx', 'policies/attachment-backslash.mdx', [['content/policies/attachment-backslash.mdx', 'attachments[0].href', '附件链接（attachments[0].href） 链接不对：收到 文字“/\\evil.example/a.pdf”。']]],
  ],
  'MDX the build cannot read': [
    ['policies/mdx-lone-cr.mdx', 'policies/mdx-lone-cr.mdx', [['content/policies/mdx-lone-cr.mdx', '（整个文件）', '文件的换行符是旧式的 CR（只有回车，老版 Mac 的格式），网站读不出 frontmatter 和段落。']]],
    ['policies/mdx-style-css.mdx', 'policies/mdx-style-css.mdx', [['content/policies/mdx-style-css.mdx', '（正文第 12 行）', '正文第 12 行：不能使用 <style> 标签：它会在读者的浏览器里运行代码或改变整个网页的样子。']]],
    ['policies/mdx-html-comment.mdx', 'policies/mdx-html-comment.mdx', [['content/policies/mdx-html-comment.mdx', '（正文第 10 行）', '正文第 10 行有 HTML 注释“<!-- -->”，MDX 正文里不能这样写。']]],
  ],
  'numbers and names a person can mean': [
    ['kindergartens/fee-huge.json', KG, [[`content/${KG}`, 'fees.tuition[0].amount', '保教费·金额（fees.tuition[0].amount） 金额超过 100000 元，不像真实的收费：收到 数字 1e+308。']]],
    ['kindergartens/fee-precision.json', KG, [[`content/${KG}`, 'fees.meals.amount', '伙食费·金额（fees.meals.amount） 最多两位小数（精确到分）：收到 数字 380.123456。']]],
    ['kindergartens/name-zero-width.json', KG, [[`content/${KG}`, 'name', '全称（name） 的第 7 个字处有看不见的字符 U+200B（零宽字符、文字方向控制符或控制字符），读者看不到它，但它会让名称、搜索和比对出错。']]],
    ['kindergartens/name-bidi.json', KG, [[`content/${KG}`, 'name', '全称（name） 的第 10 个字处有看不见的字符 U+202E（零宽字符、文字方向控制符或控制字符），读者看不到它，但它会让名称、搜索和比对出错。']]],
    ['kindergartens/name-nul.json', KG, [[`content/${KG}`, 'name', '全称（name） 的第 7 个字处有看不见的字符 U+0000（零宽字符、文字方向控制符或控制字符），读者看不到它，但它会让名称、搜索和比对出错。']]],
    ['kindergartens/name-spaced-copy.json', KG, [['content/kindergartens/sample-puhui-02.json', 'name', '全称（name） “示例普惠第二幼儿园”已被 content/kindergartens/sample-puhui-01.json 使用（“示例普惠第二 幼儿园”，只差全角/半角、空格或看不见的字符）。']]],
    ['site/url-chinese-path.json', 'site.json', [['content/site.json', 'siteUrl', '网站网址（siteUrl） 网址的路径只能用英文字母、数字、连字符“-”、下划线和斜杠：本站每个网址都是英文的，中文、空格或 % 编码的路径会让构建失败：收到 文字“https://jyj.example.gov.cn/学前教育/”。']]],
    ['site/url-credentials.json', 'site.json', [['content/site.json', 'siteUrl', '网站网址（siteUrl） 网址里不能有用户名或密码（“用户名:密码@”）：它会出现在每个页面的链接、二维码、sitemap 和 robots.txt 里，任何人都能看到：收到 文字“https://user:pw@jyj.example.gov.cn/xqjy/”。']]],
  ],
  'cross-file rules': [
    ['policies/superseded-by-missing.mdx', 'policies/superseded-by-missing.mdx', [['content/policies/superseded-by-missing.mdx', 'supersededBy', '被替代文件（supersededBy） “kunqu-plan-2024”不是本站的政策文件。']]],
    ['policies/superseded-by-itself.mdx', 'policies/superseded-by-itself.mdx', [['content/policies/superseded-by-itself.mdx', 'supersededBy', '被替代文件（supersededBy） 不能是本文件自己（“superseded-by-itself”）。']]],
  ],
};

