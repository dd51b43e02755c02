import { describe, expect, it } from 'vitest';
import { checkFileName, explainJsonSyntax, lineCol, parseFrontmatter, parseJson } from '../../src/lib/content-files.ts';

describe('content files', () => {
  it.each([
    ['abc', 0, 1, 1], ['a\nbc', 3, 2, 2], ['a\n\nb', 3, 3, 1],
  ])('lineCol(%j, %d)', (t, o, line, column) => expect(lineCol(t, o)).toEqual({ line, column }));

  it.each([
    ['{"a": 1,}', '最后一项后面多了逗号'],
    ['{“a”: 1}', '中文引号'],
    ['{"a"：1}', '中文逗号或冒号'],
    ['{"a" 1}', '括号是否成对'],
  ])('JSON hint for %s', (text, hint) => {
    const r = parseJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.fix).toContain(hint);
  });
  it('JSON with a BOM (Excel) parses', () => expect(parseJson('\uFEFF{"a":1}')).toEqual({ ok: true, data: { a: 1 }, body: '' }));
  it('explains a JSON error without a position', () => expect(explainJsonSyntax('x', new Error('bad')).problem).toBe('JSON 格式错误。'));

  it('frontmatter: dates stay the strings staff wrote (no roll-over of 2023-02-30), body kept', () => {
    const r = parseFrontmatter('---\ntitle: 标题\nwrittenOn: 2023-12-18\npublishedOn: 2023-02-30\n---\n正文');
    expect(r).toEqual({ ok: true, data: { title: '标题', writtenOn: '2023-12-18', publishedOn: '2023-02-30' }, body: '正文' });
  });
  it('frontmatter missing', () => expect(parseFrontmatter('正文').ok).toBe(false));
  it('empty frontmatter is an empty object', () => expect(parseFrontmatter('---\n\n---\n')).toMatchObject({ ok: true, data: {} }));

  it.each([
    ['baogang-17.json', '.json', undefined],
    ['kunqu-plan-2023.mdx', '.mdx', undefined],
    ['Baogang.json', '.json', '小写英文字母'],
    ['包钢十七园.json', '.json', '小写英文字母'],
    ['a_b.json', '.json', '小写英文字母'],
    ['a.txt', '.json', '扩展名应为 .json'],
  ])('checkFileName(%s)', (name, ext, problem) => {
    const r = checkFileName(name, ext);
    if (problem) expect(r?.problem).toContain(problem);
    else expect(r).toBeUndefined();
  });
});
