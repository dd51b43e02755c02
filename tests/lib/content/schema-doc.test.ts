import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { describeFields, renderReference, schemaRules, type Schema } from '../../../src/lib/content/schema-doc.ts';

const doc = (s: z.ZodType, labels: Record<string, string> = {}) => describeFields(s as unknown as Schema, labels).map((f) => [f.path, f.label, f.type, f.presence, f.limits.join('；'), f.rules.join('|')]);

describe('describeFields', () => {
  it.each<[string, z.ZodType, Record<string, string>, string[][]]>([
    ['required text with min and max', z.object({ a: z.string().min(1, { error: '空。修改方法：填写。' }).max(12) }), { a: '名称' }, [['a', '名称', '文字', '必填', '至少 1 个字；至多 12 个字', '空。 写法：填写。']]],
    ['optional and default', z.object({ a: z.string().optional(), b: z.string().default(''), c: z.boolean().default(false) }), {}, [['a', '', '文字', '可省略', '', ''], ['b', '', '文字', '可省略（默认 ""）', '', ''], ['c', '', 'true/false', '可省略（默认 false）', '', '']]],
    ['integers and bounds', z.object({ n: z.number().int().nonnegative(), p: z.number().positive() }), {}, [['n', '', '整数', '必填', '≥ 0', ''], ['p', '', '数字', '必填', '> 0', '']]],
    ['enum with its message', z.object({ e: z.enum(['甲', '乙'], { error: '不对。修改方法：写甲或乙。' }) }), {}, [['e', '', '选项', '必填', '只能写：甲、乙', '不对。 写法：写甲或乙。']]],
    ['array of objects: label keys without indices', z.object({ l: z.array(z.object({ x: z.number() })).min(1) }), { l: '列表', 'l.x': '列表·数' }, [['l', '列表', '列表', '必填', '至少 1 项', ''], ['l[].x', '列表·数', '数字', '必填', '', '']]],
    ['plain union', z.object({ u: z.union([z.number().nonnegative(), z.boolean()]) }), {}, [['u', '', '多选一', '必填', '可以是：数字（≥ 0） 或 true/false', '']]],
    ['discriminated union', z.object({ t: z.discriminatedUnion('kind', [z.object({ kind: z.literal('a'), v: z.number() }), z.object({ kind: z.literal('b'), d: z.string() })]) }), {}, [
      ['t', '', '多选一', '必填', '按 kind 分为：a、b', ''], ['t.kind', '', '选项', '必填', '只能写：a、b', ''], ['t.v', '', '数字', 'kind 为 a 时必填', '', ''], ['t.d', '', '文字', 'kind 为 b 时必填', '', '']]],
    ['record keyed by an enum', z.object({ r: z.partialRecord(z.enum(['小班', '大班']), z.number()).default({}) }), {}, [['r', '', '对象（键: 值）', '可省略（默认 {}）', '', ''], ['r.<小班|大班>', '', '数字', '每个键按需填写', '', '']]],
    ['preprocessed field documents the checked schema', z.object({ d: z.preprocess((v) => v, z.string().regex(/^\d+$/)) }), {}, [['d', '', '文字', '必填', '格式 `^\\d+$`', '']]],
  ])('%s', (_name, schema, labels, expected) => {
    expect(doc(schema, labels)).toEqual(expected);
  });

  it('object-level refinements are the file rules', () => {
    const s = z.object({ a: z.string() }).refine(() => true, { error: '整体不对。修改方法：改。' });
    expect(schemaRules(s as unknown as Schema)).toEqual(['整体不对。 写法：改。']);
  });

  it('renders a table per section, escaping pipes', () => {
    const md = renderReference([{ title: '示例', where: 'content/x.json', schema: z.object({ a: z.enum(['x|y']) }) as unknown as Schema, labels: { a: '甲' } }]);
    expect(md).toContain('## 示例\n\n文件：`content/x.json`');
    expect(md).toContain('| `a` | 甲 | 选项 | 必填 | 只能写：x\\|y |  |');
  });
});
