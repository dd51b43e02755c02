import { describe, expect, it } from 'vitest';
import { closest, describeValue, didYouMean, editDistance, explainIssue, formatFileErrors, formatPath, labelKey, valueAt, ContentError } from '../../../src/lib/content/errors.ts';
import { policyLabels, policySchema } from '../../../src/schemas/policy.ts';
import { validateFile } from '../../../src/lib/content/validate.ts';

const good = {
  title: '关于印发某方案的通知',
  shortTitle: '某方案',
  issuer: '某区人民政府',
  writtenOn: '2023-12-18',
  topic: '学前教育',
  status: '现行有效',
  summary: '摘要。',
};

function errorsFor(data: Record<string, unknown>): string {
  const yaml = Object.entries(data).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n');
  try {
    validateFile({ ext: '.mdx', schema: policySchema, labels: policyLabels }, { path: 'content/policies/x.mdx', text: `---\n${yaml}\n---\n正文` });
  } catch (e) {
    if (e instanceof ContentError) return e.message;
    throw e;
  }
  return 'no error';
}

describe('friendly schema errors (snapshots of the messages staff read)', () => {
  it('accepts a complete policy', () => {
    expect(errorsFor(good)).toBe('no error');
  });
  it('missing field', () => {
    const { title: _t, ...rest } = good;
    expect(errorsFor(rest)).toMatchInlineSnapshot(`
      "✖ 内容错误：content/policies/x.mdx
        · 缺少必填字段 标题（title）。
          修改方法：在文件中加上 title: ……，填写标题。"
    `);
  });
  it('wrong type', () => {
    expect(errorsFor({ ...good, attachments: '附件一' })).toMatchInlineSnapshot(`
      "✖ 内容错误：content/policies/x.mdx
        · 第 9 行：附件（attachments） 应为列表 [ ]，收到 文字“附件一”。
          修改方法：把 attachments 改成列表 [ ]。"
    `);
  });
  it('bad date', () => {
    expect(errorsFor({ ...good, writtenOn: '2023/12/18' })).toMatchInlineSnapshot(`
      "✖ 内容错误：content/policies/x.mdx
        · 第 5 行：成文日期（writtenOn） 日期格式不对或不是真实存在的日期：收到 文字“2023/12/18”。
          修改方法：写成“年-月-日”，四位年份、两位月份、两位日期，例如 2023-12-18。"
    `);
  });
  it('impossible date', () => {
    expect(errorsFor({ ...good, writtenOn: '2023-02-30' })).toContain('成文日期（writtenOn） 日期格式不对或不是真实存在的日期');
  });
  it('unknown enum value, with a did-you-mean hint', () => {
    expect(errorsFor({ ...good, status: '现行有效的' })).toMatchInlineSnapshot(`
      "✖ 内容错误：content/policies/x.mdx
        · 第 7 行：效力状态（status） 不是允许的效力状态：收到 文字“现行有效的”。
          修改方法：是不是要写“现行有效”？只能写 现行有效、已修订、已废止 之一。"
    `);
  });
  it('unknown field, with a did-you-mean hint', () => {
    expect(errorsFor({ ...good, tilte: 'x' })).toMatchInlineSnapshot(`
      "✖ 内容错误：content/policies/x.mdx
        · 有不认识的字段：“tilte”。
          修改方法：“tilte”是不是要写“title”？字段名区分大小写；拼错的请改正，多余的请删除。"
    `);
  });
  it('several problems are all reported at once', () => {
    const msg = errorsFor({ ...good, status: '有效', writtenOn: 'x', summary: '' });
    expect(msg.match(/· /g)).toHaveLength(3);
  });
});

describe('explainIssue by issue code', () => {
  const labels = { amount: '金额', 'fees.amount': '保教费' };
  it.each([
    ['number given as quoted string', { code: 'invalid_type', path: ['amount'], message: '', expected: 'number' }, { amount: '450元' }, '数字不要加引号'],
    ['too small number', { code: 'too_small', path: ['amount'], message: '', minimum: 0, origin: 'number' }, { amount: -1 }, '不能小于 0'],
    ['too long text', { code: 'too_big', path: ['amount'], message: '', maximum: 3, origin: 'string' }, { amount: 'abcd' }, '长度至多 3 个字'],
    ['too few items', { code: 'too_small', path: ['amount'], message: '', minimum: 1, origin: 'array' }, { amount: [] }, '至少 1 项'],
    ['enum without own message', { code: 'invalid_value', path: ['amount'], message: '', values: ['元/天', '元/月'] }, { amount: '元/日' }, '是不是要写“元/天”？'],
    ['nested label by path without index', { code: 'invalid_type', path: ['fees', 0, 'amount'], message: '', expected: 'number' }, { fees: [{ amount: true }] }, '保教费（fees[0].amount）'],
    ['unknown code falls back to zod message', { code: 'not_multiple_of', path: ['amount'], message: 'Invalid', }, { amount: 3 }, '不符合要求：Invalid'],
  ] as const)('%s', (_name, issue, data, expected) => {
    const r = explainIssue(issue, data, labels, 'json');
    expect(`${r.problem} ${r.fix}`).toContain(expected);
  });
  it('json fix shows JSON syntax for a missing field', () => {
    const r = explainIssue({ code: 'invalid_type', path: ['amount'], message: '', expected: 'number' }, {}, labels, 'json');
    expect(r.fix).toBe('在文件中加上 "amount": ……，填写金额。');
  });
});

describe('helpers', () => {
  it.each([
    [['fees', 'tuition', 0, 'amount'], 'fees.tuition[0].amount', 'fees.tuition.amount'],
    [[], '（整个文件）', ''],
    [['title'], 'title', 'title'],
  ] as const)('formatPath/labelKey %j', (path, shown, key) => {
    expect(formatPath(path)).toBe(shown);
    expect(labelKey(path)).toBe(key);
  });
  it.each([
    [null, '空值 null'], [[1], '列表'], ['a', '文字“a”'], [3, '数字 3'], [true, 'true 或 false true'], [{}, '对象'], [undefined, '空'],
  ] as const)('describeValue(%j)', (v, s) => expect(describeValue(v)).toBe(s));
  it('valueAt walks objects and arrays', () => {
    expect(valueAt({ a: [{ b: 2 }] }, ['a', 0, 'b'])).toBe(2);
    expect(valueAt({ a: 1 }, ['a', 'b'])).toBeUndefined();
  });
  it.each([
    ['kitten', 'sitting', 3], ['', 'abc', 3], ['同', '同', 0], ['现行有效', '现行无效', 1],
  ] as const)('editDistance(%s, %s) = %d', (a, b, d) => expect(editDistance(a, b)).toBe(d));
  it.each([
    ['有效', ['现行有效', '已废止'], '现行有效'],
    ['tilte', ['title', 'topic'], 'title'],
    ['完全无关的文字', ['现行有效', '已废止'], undefined],
  ] as const)('closest(%s)', (g, allowed, want) => expect(closest(g, allowed)).toBe(want));
  it.each([
    ['有效', ['现行有效', '已废止'], '是不是要写“现行有效”？'],
    ['完全无关的文字', ['现行有效', '已废止'], ''],
    ['x', [], ''],
  ] as const)('didYouMean(%s) opens a fix text or says nothing', (g, allowed, want) => expect(didYouMean(g, allowed)).toBe(want));
  it('formats a file block', () => {
    expect(formatFileErrors('a.json', [{ field: 'x', label: '', problem: '错。', fix: '改。' }])).toBe('✖ 内容错误：a.json\n  · 错。\n    修改方法：改。');
  });
});

describe('describeValue cuts long text', () => {
  it.each([
    ['a'.repeat(60), `文字“${'a'.repeat(60)}”`],
    ['长'.repeat(61), `文字“${'长'.repeat(30)}……”（共 61 个字）`],
  ])('%#', (v, out) => expect(describeValue(v)).toBe(out));
});

describe('formatFileErrors with lines', () => {
  it('puts the line before the problem, once', () =>
    expect(formatFileErrors('content/a.json', [
      { field: 'a', label: '', problem: 'a 不对。', fix: '改。', line: 3 },
      { field: 'b', label: '', problem: '第 4 行：b 写了两次。', fix: '删。', line: 4 },
      { field: 'c', label: '', problem: 'c 不对。', fix: '改。' },
    ])).toBe('✖ 内容错误：content/a.json\n  · 第 3 行：a 不对。\n    修改方法：改。\n  · 第 4 行：b 写了两次。\n    修改方法：删。\n  · c 不对。\n    修改方法：改。'));
});
