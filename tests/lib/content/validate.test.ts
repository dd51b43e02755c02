import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { ContentError } from '../../../src/lib/content/errors.ts';
import { decodeFile, oversizedStrings, validateFile } from '../../../src/lib/content/validate.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const MDX = { ext: '.mdx' as const, schema: z.object({ title: z.string() }), labels: { title: '标题' } };
const JSON_SPEC = { ext: '.json' as const, schema: z.object({ name: z.string(), note: z.string().optional() }), labels: { name: '名称', note: '备注' } };

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof ContentError) return e.issues.map((i) => [i.field, i.problem]);
    throw e;
  }
  return [];
}

describe('decodeFile', () => {
  it('returns the text and warnings prefixed with the file', () =>
    expect(decodeFile({ path: 'content/a.json', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...enc('{}')]) }, '.json')).toEqual({
      file: { path: 'content/a.json', text: '{}' },
      warnings: ['content/a.json：文件开头有 BOM（“带签名的 UTF-8”），已忽略。以后保存时选“UTF-8”（不带 BOM）即可。'],
    }));
  it('throws a ContentError naming the file', () =>
    expect(issuesOf(() => decodeFile({ path: 'content/a.json', bytes: new Uint8Array() }, '.json'))).toEqual([['（整个文件）', '文件是空的。']]));
});

describe('oversizedStrings', () => {
  it.each([
    [{ a: 'x' }, 3, []],
    [{ a: 'xxxx', b: ['ok', 'xxxx'], c: { d: 'xxxx' } }, 3, [{ path: 'a', length: 4 }, { path: 'b[1]', length: 4 }, { path: 'c.d', length: 4 }]],
    ['xxxx', 3, [{ path: '（整个文件）', length: 4 }]],
    [[1, null, true], 0, []],
  ])('%j (max %d)', (data, max, expected) => expect(oversizedStrings(data, max)).toEqual(expected));
});

describe('validateFile', () => {
  it('an empty text is refused before parsing', () => expect(issuesOf(() => validateFile(JSON_SPEC, { path: 'content/x/a.json', text: '\uFEFF ' }))).toEqual([['（整个文件）', '文件是空的。']]));
  it('a string over the safety net is refused with its label, whatever the schema says', () =>
    expect(issuesOf(() => validateFile(JSON_SPEC, { path: 'content/x/a.json', text: JSON.stringify({ name: 'a', note: 'x'.repeat(10001) }) }))).toEqual([['note', '备注（note） 有 10001 个字，超过任何字段的上限 10000 个字。']]));
  it('frontmatter and body problems are reported together, with file lines', () =>
    expect(issuesOf(() => validateFile(MDX, { path: 'content/policies/a.mdx', text: '---\ntitle: 1\n---\n正文\n\n{x}\n' }))).toEqual([
      ['title', '标题（title） 应为文字，收到 数字 1。'],
      ['（正文第 6 行）', '正文第 6 行：不能写 {…} 表达式“{x}”。'],
    ]));
  it('a valid MDX file gives its id, data and body', () =>
    expect(validateFile(MDX, { path: 'content/policies/a.mdx', text: '---\ntitle: 标题\n---\n正文\n' })).toEqual({ id: 'a', path: 'content/policies/a.mdx', data: { title: '标题' }, body: '正文\n' }));
});
