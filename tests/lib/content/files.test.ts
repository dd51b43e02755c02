import { describe, expect, it } from 'vitest';
import { checkFileName, dataNesting, jsonNesting, MAX_NESTING, decodeContent, explainJsonSyntax, findDuplicateKeys, frontmatterLineOf, jsonLineOf, lineCol, parseFrontmatter, parseJson, SAVE_AS_UTF8, scanJsonKeys, stripBom, withoutBom } from '../../../src/lib/content/files.ts';

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
  // The BOM is removed once, by the decoder (decodeContent → withoutBom); the parsers take decoded text.
  it.each([
    ['\uFEFF{"a":1}', '{"a":1}'], ['{"a":1}', '{"a":1}'], ['\uFEFF\uFEFFx', '\uFEFFx'], ['', ''],
  ])('stripBom(%j) = %j', (text, out) => expect(stripBom(text)).toBe(out));
  it.each([
    [[0xef, 0xbb, 0xbf, 0x7b, 0x7d], [0x7b, 0x7d], true], [[0x7b, 0x7d], [0x7b, 0x7d], false], [[0xef, 0xbb], [0xef, 0xbb], false],
  ])('withoutBom(%j)', (bytes, body, bom) => expect(withoutBom(new Uint8Array(bytes))).toEqual({ body: new Uint8Array(body), bom }));
  it('explains a JSON error without a position', () => expect(explainJsonSyntax('x', new Error('bad')).problem).toBe('JSON 格式错误。'));

  it('frontmatter: dates stay the strings staff wrote (no roll-over of 2023-02-30), body kept', () => {
    const r = parseFrontmatter('---\ntitle: 标题\nwrittenOn: 2023-12-18\npublishedOn: 2023-02-30\n---\n正文');
    expect(r).toEqual({ ok: true, data: { title: '标题', writtenOn: '2023-12-18', publishedOn: '2023-02-30' }, body: '正文' });
  });
  it('frontmatter missing', () => expect(parseFrontmatter('正文').ok).toBe(false));
  it('lone CR line ends are named, not reported as a missing frontmatter', () => {
    const r = parseFrontmatter('---\rtitle: 标题\r---\r正文');
    expect(r.ok ? '' : r.issues[0]!.problem).toBe('文件的换行符是旧式的 CR（只有回车，老版 Mac 的格式），网站读不出 frontmatter 和段落。');
    expect(parseFrontmatter('---\r\ntitle: 标题\r\n---\r\n正文').ok).toBe(true);
  });
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

const enc = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => {
  const b = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    b[2 * i] = s.charCodeAt(i) & 0xff;
    b[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return b;
};
// “示例幼儿园” in GBK, as Notepad on Chinese Windows saves it.
const GBK = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xca, 0xbe, 0xc0, 0xfd, 0xd3, 0xd7, 0xb6, 0xf9, 0xd4, 0xb0, 0x22, 0x7d]);

describe('decodeContent', () => {
  it('plain UTF-8 passes with no warning', () => expect(decodeContent(enc('{"a":"示例"}'))).toEqual({ ok: true, text: '{"a":"示例"}', warnings: [] }));
  it('a BOM is stripped with a warning', () =>
    expect(decodeContent(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('{}')]))).toEqual({ ok: true, text: '{}', warnings: ['文件开头有 BOM（“带签名的 UTF-8”），已忽略。以后保存时选“UTF-8”（不带 BOM）即可。'] }));
  it.each([
    ['UTF-16 LE with BOM', new Uint8Array([0xff, 0xfe, ...utf16le('{"a":1}')]), '文件是 UTF-16（“Unicode”）编码，网站只读 UTF-8。'],
    ['UTF-16 BE with BOM', new Uint8Array([0xfe, 0xff, 0, 0x7b, 0, 0x7d]), '文件是 UTF-16（“Unicode”）编码，网站只读 UTF-8。'],
    ['UTF-16 without BOM', utf16le('{"name": "x"}'), '文件是 UTF-16（“Unicode”）编码，网站只读 UTF-8。'],
    ['GBK', GBK, '文件像是 GBK 编码（中文 Windows 的默认编码，按 GBK 读出“示例幼儿园”），网站只读 UTF-8，直接发布会变成乱码。'],
    ['neither UTF-8 nor GBK', new Uint8Array([0x7b, 0xff, 0x7d]), '文件不是 UTF-8 编码，网站只读 UTF-8，直接发布会变成乱码。'],
    ['empty', new Uint8Array(), '文件是空的。'],
    ['whitespace only', enc(' \n\t\n'), '文件是空的。'],
    ['BOM only', new Uint8Array([0xef, 0xbb, 0xbf]), '文件是空的。'],
    ['over 1 MB of JSON', new Uint8Array(1_000_001).fill(0x20), '文件太大（1.0 MB），超过上限 1 MB。'],
  ])('%s is refused', (_name, bytes, problem) => {
    const r = decodeContent(bytes, '.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.problem)).toEqual([problem]);
  });
  it('encoding problems carry the editor step', () => {
    const r = decodeContent(GBK);
    expect(!r.ok && r.issues[0]!.fix).toBe(SAVE_AS_UTF8);
    expect(SAVE_AS_UTF8).toContain('记事本「文件 → 另存为」，下方“编码”选 UTF-8');
  });
  it('an MDX file may be up to 2 MB', () => expect(decodeContent(enc(`---\n---\n${'a'.repeat(1_500_000)}`), '.mdx').ok).toBe(true));
});

describe('findDuplicateKeys and parseJson', () => {
  it.each([
    ['{"a":1,"b":2}', []],
    ['{"a":1,"a":2}', [{ path: 'a', line: 1 }]],
    ['{\n "x": {"a": 1},\n "y": {"a": 2, "a": 3}\n}', [{ path: 'y.a', line: 3 }]],
    ['{"list":[{"a":1},{"a":1,"a":2}]}', [{ path: 'list[1].a', line: 1 }]],
    ['{"k":"a\\"b","k2":"{\\"k\\":1,\\"k\\":2}"}', []],
    ['[{"a":1},{"a":2}]', []],
    ['{"a\\u0062":1,"ab":2}', [{ path: 'ab', line: 1 }]],
  ])('%s', (text, expected) => expect(findDuplicateKeys(text)).toEqual(expected));
  it('parseJson refuses a duplicate key with its line', () =>
    expect(parseJson('{\n"a": 1,\n"a": 2\n}')).toEqual({ ok: false, issues: [{ field: 'a', label: '', problem: '第 3 行：字段 a 写了两次，只有后一个会生效。', fix: '保留正确的一个，删除另一个。' }] }));
});

describe('parseFrontmatter strictness', () => {
  it('a duplicate YAML key is refused with its line', () =>
    expect(parseFrontmatter('---\ntitle: a\ntitle: b\n---\n')).toEqual({ ok: false, issues: [{ field: '（frontmatter）', label: '', problem: 'frontmatter 中有字段写了两次（第 3 行），只能保留一个。', fix: '保留正确的一行，删除另一行。' }] }));
  it.each([['2023-02-30'], ['2023-13-45'], ['2024-02-29']])('unquoted %s stays a string', (d) =>
    expect(parseFrontmatter(`---\nwrittenOn: ${d}\n---\n`)).toMatchObject({ ok: true, data: { writtenOn: d } }));
});

describe('checkFileName suggestions', () => {
  it.each([
    ['x.json.bak', '.json', '“x.json.bak”像是备份或草稿文件，扩展名不是 .json。', '草稿或备份请改名为以 _ 开头（例如 _x.json.bak），网站不读这样的文件；不需要就删除。要发布它就改名为 x.json。'],
    ['x.JSON.orig', '.json', '“x.JSON.orig”像是备份或草稿文件，扩展名不是 .json。', '草稿或备份请改名为以 _ 开头（例如 _x.JSON.orig），网站不读这样的文件；不需要就删除。要发布它就改名为 x.json。'],
    ['x.mdx~', '.mdx', '“x.mdx~”像是备份或草稿文件，扩展名不是 .mdx。', '草稿或备份请改名为以 _ 开头（例如 _x.mdx~），网站不读这样的文件；不需要就删除。要发布它就改名为 x.mdx。'],
    ['x.md', '.mdx', '文件扩展名应为 .mdx。', '把文件改名为 x.mdx；草稿或备份请改名为以 _ 开头（例如 _x.md），网站不读这样的文件；不需要就删除。'],
    ['README', '.json', '文件扩展名应为 .json。', '把文件改名为 README.json；草稿或备份请改名为以 _ 开头（例如 _README），网站不读这样的文件；不需要就删除。'],
  ])('%s', (name, ext, problem, fix) => expect(checkFileName(name, ext)).toEqual({ field: '（文件名）', label: '', problem, fix }));
});

describe('field lines', () => {
  const json = '{\n  "name": "a",\n  "fees": {\n    "tuition": [\n      { "level": "全部", "amount": 1 }\n    ]\n  }\n}';
  it('scanJsonKeys records the line of every key path', () =>
    expect([...scanJsonKeys(json).lines]).toEqual([['name', 2], ['fees', 3], ['fees.tuition', 4], ['fees.tuition[0].level', 5], ['fees.tuition[0].amount', 5]]));
  it.each([
    ['fees.tuition[0].amount', 5],
    ['fees.tuition[0].note', 4], // missing: its nearest written parent
    ['fees.meals', 3],
    ['sample', undefined],
    ['（整个文件）', undefined],
  ])('jsonLineOf(%s) = %s', (path, line) => expect(jsonLineOf(scanJsonKeys(json).lines, path)).toBe(line));
  it.each([
    ['title', 2], ['attachments[0].href', 4], ['summary', undefined], ['body', undefined],
  ])('frontmatterLineOf(%s) = %s', (path, line) => expect(frontmatterLineOf('---\ntitle: a\nwrittenOn: 2023-01-01\nattachments:\n  - title: x\n---\nbody: not a field\n', path)).toBe(line));
  it('no frontmatter, no line', () => expect(frontmatterLineOf('title: a', 'title')).toBeUndefined());
});

describe('nesting depth is bounded before anything walks the data', () => {
  it.each([
    ['{}', 1], ['[]', 1], ['{"a":[{"b":1}]}', 3], ['"[[[[["', 0], ['{"a":"\\"[[["}', 1], ['[[[]]]', 3],
  ])('jsonNesting(%j) = %i', (text, depth) => expect(jsonNesting(text)).toBe(depth));
  it('stops counting past the limit', () => expect(jsonNesting('['.repeat(100000))).toBe(MAX_NESTING + 1));
  it.each([
    [1, 0], [{}, 1], [{ a: [{ b: 1 }] }, 3], [[[[]]], 3],
  ])('dataNesting(%j) = %i', (data, depth) => expect(dataNesting(data)).toBe(depth));
  it('a YAML alias bomb (shared objects) is walked once per object', () => {
    let v: unknown = ['x'];
    for (let i = 0; i < 15; i++) v = Array(9).fill(v);
    expect(dataNesting(v)).toBe(16);
  });
  it('parseJson refuses a 5,000-level file with a message, not a RangeError', () => {
    const r = parseJson(`${'['.repeat(5000)}${']'.repeat(5000)}`);
    expect(r.ok ? '' : r.issues[0]!.problem).toBe(`括号嵌套太深（超过 ${MAX_NESTING} 层），这不是正常的内容文件。`);
  });
});

describe('checkFileName uses the ASCII-id rule (length included)', () => {
  it('refuses a 101-character name', () => expect(checkFileName(`${'a'.repeat(101)}.json`, '.json')?.problem).toBe(`文件名“${'a'.repeat(30)}…”会成为网址的一部分，只能用小写英文字母、数字和连字符，且不超过 100 个字符。`));
  it('accepts 100 characters', () => expect(checkFileName(`${'a'.repeat(100)}.json`, '.json')).toBeUndefined());
});
