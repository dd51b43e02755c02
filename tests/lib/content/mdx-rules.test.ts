import { describe, expect, it } from 'vitest';
import { checkMdxBody, MDX_ALLOWED_ELEMENTS, MDX_COMPONENTS, mdxHint } from '../../../src/lib/content/mdx-rules.ts';

const problems = (body: string, firstLine = 1) => checkMdxBody(body, firstLine).map((i) => i.problem);

describe('checkMdxBody: what a policy body may contain', () => {
  it.each([
    ['plain Markdown', '## 一、总体要求\n\n正文 **加粗**，[链接](https://example.gov.cn/)。\n\n- 列表\n'],
    ['the official layout in HTML', '<div class="doc-notice">\n\n<p class="doc-issuer">示例区人民政府</p>\n\n</div>\n\n<table class="doc-table"><caption>表</caption><tr><th scope="col">a</th><td colspan="2">b</td></tr></table>'],
    ['an MDX comment', '{/* 备注 */}\n\n正文'],
    ['escaped braces and less-than', '比例 \\<1:7，集合 \\{a\\}'],
    ['site-relative and mail links', '[附件](/files/a.pdf) [邮件](mailto:a@b.cn) [电话](tel:0472-1234567) [本页](#top)'],
    ['an image with alt', '<img src="/images/a.png" alt="示意图" />'],
  ])('%s passes', (_name, body) => expect(checkMdxBody(body)).toEqual([]));

  it.each([
    ['import', 'import X from "./x.astro"', ['正文第 1 行：不能写 import 或 export：政策正文是内容，不是程序。']],
    ['export', 'export const a = 1', ['正文第 1 行：不能写 import 或 export：政策正文是内容，不是程序。']],
    ['a flow expression', '{1 + 1}', ['正文第 1 行：不能写 {…} 表达式“{1 + 1}”。']],
    ['a text expression', '今天是 {new Date().getFullYear()} 年', ['正文第 1 行：不能写 {…} 表达式“{new Date().getFullYear()}”。']],
    ['a long expression is cut', `{${'a'.repeat(40)}}`, [`正文第 1 行：不能写 {…} 表达式“{${'a'.repeat(30)}…}”。`]],
    ['a component', '<Figure id="x" />', ['正文第 1 行：本站没有提供组件 <Figure>。']],
    ['a member component', '<Foo.Bar />', ['正文第 1 行：本站没有提供组件 <Foo.Bar>。']],
    ['a fragment', '<>文字</>', ['正文第 1 行：不能用空标签 <>……</>。']],
    ['script', '<script src="/a.js"></script>', ['正文第 1 行：不能使用 <script> 标签：它会在读者的浏览器里运行代码或嵌入其他网页。']],
    ['iframe', '<iframe src="https://a.cn/"></iframe>', ['正文第 1 行：不能使用 <iframe> 标签：它会在读者的浏览器里运行代码或嵌入其他网页。']],
    ['an unknown element', '<marquee>x</marquee>', ['正文第 1 行：不能使用 <marquee> 标签。']],
    ['onclick', '<p onClick="x()">a</p>', ['正文第 1 行：<p> 不能有事件属性 onClick：它会运行代码。']],
    ['style attribute', '<span style="color:red">a</span>', ['正文第 1 行：<span> 不能有 style 属性（网站的安全策略禁止内联样式）。']],
    ['an expression attribute', '<p class={x}>a</p>', ['正文第 1 行：<p> 的属性 class 不能用 {…} 表达式。']],
    ['a spread attribute', '<p {...props}>a</p>', ['正文第 1 行：<p> 里不能写 {…} 属性。']],
    ['an unknown attribute', '<a href="/x" target="_blank">a</a>', ['正文第 1 行：<a> 不能有属性 target。']],
    ['a javascript: href', '<a href="javascript:alert(1)">a</a>', ['正文第 1 行：链接“javascript:alert(1)”不安全或不完整（不是网页、邮箱或电话链接，浏览器可能把它当作程序运行）。']],
    ['a javascript: Markdown link', '[a](javascript:alert(1))', ['正文第 1 行：链接“javascript:alert(1)”不安全或不完整（不是网页、邮箱或电话链接，浏览器可能把它当作程序运行）。']],
    ['a data: image', '![a](data:image/png;base64,AAAA)', ['正文第 1 行：链接“data:image/png;base64,AAAA”不安全或不完整（不是网页、邮箱或电话链接，浏览器可能把它当作程序运行）。']],
    ['a reference definition', '[x][r]\n\n[r]: javascript:alert(1)', ['正文第 3 行：链接“javascript:alert(1)”不安全或不完整（不是网页、邮箱或电话链接，浏览器可能把它当作程序运行）。']],
    ['a tab inside the scheme', '<a href="java\tscript:alert(1)">a</a>', ['正文第 1 行：链接“java\\u0009script:alert(1)”不安全或不完整（不是网页、邮箱或电话链接，浏览器可能把它当作程序运行）。']],
    ['a character reference inside the scheme', '<a href="java&#9;script:alert(1)">a</a>', ['正文第 1 行：链接“java\\u0009script:alert(1)”不安全或不完整（不是网页、邮箱或电话链接，浏览器可能把它当作程序运行）。']],
    ['a backslash site path', '[a](/\\evil.example/)', ['正文第 1 行：链接“/\\evil.example/”不安全或不完整（以 // 或 /\\ 开头，会打开其他网站）。']],
    ['an http autolink literal', 'www.example.com', ['正文第 1 行：链接“http://www.example.com”不安全或不完整（是 http:// 开头的不加密网址）。']],
    ['a <style> with CSS', '文字\n\n<style>\nbody { display: none }\n</style>', ['正文第 3 行：不能使用 <style> 标签：它会在读者的浏览器里运行代码或改变整个网页的样子。']],
    ['an HTML comment', '文字 <!-- 备注 --> 文字', ['正文第 1 行有 HTML 注释“<!-- -->”，MDX 正文里不能这样写。']],
  ])('%s is refused', (_name, body, expected) => expect(problems(body)).toEqual(expected));

  it('lines are counted from the file, not the body', () => expect(problems('a\n\n{x}', 12)).toEqual(['正文第 14 行：不能写 {…} 表达式“{x}”。']));

  it.each([
    ['<p>不闭合', 10, { field: '（正文第 10 行）', problem: '正文第 10 行第 1 列有 MDX 语法错误：标签 <p> 没有闭合。' }],
    ['a <1 b', 1, { field: '（正文第 1 行）', problem: '正文第 1 行第 3 列有 MDX 语法错误：“<” 后面不是标签名（正文里的小于号要写成 \\<）。' }],
    ['a {b', 5, { field: '（正文第 5 行）', problem: '正文第 5 行第 3 列有 MDX 语法错误：“{” 没有配对的“}”（正文里的花括号要写成 \\{）。' }],
  ])('syntax error in %j names line and column', (body, first, expected) => {
    const [i] = checkMdxBody(body, first);
    expect(i).toMatchObject(expected);
    expect(i!.fix).toContain('\\<、\\{、\\}');
  });

  it('no components are provided to policy bodies today; the allow-list has no script-capable element', () => {
    expect([...MDX_COMPONENTS]).toEqual([]);
    for (const el of ['script', 'iframe', 'style', 'object', 'embed', 'form']) expect(MDX_ALLOWED_ELEMENTS.has(el)).toBe(false);
  });
});

describe('mdxHint', () => {
  it.each([
    ['Expected a closing tag for `<div>` (3:1) before the end of `paragraph`', '标签 <div> 没有闭合。'],
    ['Unexpected closing tag `</p>`, expected corresponding closing tag for `<div>`', '多了一个结束标签 </p>，或开始标签写错了。'],
    ['Something new (mdx:x)', '无法解析（Something new）。'],
  ])('%s', (reason, zh) => expect(mdxHint(reason)).toBe(zh));
});
