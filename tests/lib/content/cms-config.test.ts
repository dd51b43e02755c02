import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsCollections, cmsFields, type CmsOptions, type CmsSource } from '../../../src/lib/content/cms-config.ts';
import type { Schema } from '../../../src/lib/content/schema-doc.ts';

const isoDate = z.preprocess((v) => v, z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), { error: '日期不对。修改方法：写成 2024-01-02。' }));
const options: CmsOptions = {
  contentPath: 'content',
  known: { isoDate: isoDate as unknown as Schema },
  relations: { 'things:street': { collection: 'settings', file: 'streets', valueField: 'streets.*.name', displayFields: ['streets.*.name'] } },
  recordKeys: { 'things:values': [{ name: 'seats', label: '学位（seats）', widget: 'number', required: false }] },
};
const source = (schema: z.ZodType, labels: Record<string, string> = {}): CmsSource => ({ name: 'things', label: '东西', dir: 'things', ext: '.json', schema: schema as unknown as Schema, labels });
const one = (shape: Record<string, z.ZodType>, labels: Record<string, string> = {}) => cmsFields(source(z.strictObject(shape), labels), options);

describe('cmsFields: one form field per schema field', () => {
  it.each([
    ['required text', { name: z.string().trim().min(1) }, { name: 'name', widget: 'string', required: true }],
    ['text with a default', { note: z.string().default('') }, { name: 'note', widget: 'string', required: false }],
    ['length limit', { short: z.string().max(16) }, { widget: 'string', maxlength: 16 }],
    ['integer with a lower bound', { count: z.number().int().nonnegative() }, { widget: 'number', value_type: 'int', min: 0 }],
    ['decimal number', { amount: z.number().min(0).max(99999) }, { widget: 'number', value_type: 'float', min: 0, max: 99999 }],
    ['boolean keeps its default', { sample: z.boolean().default(false) }, { widget: 'boolean', required: false, default: false }],
    ['enum as a choice', { unit: z.enum(['元/天', '元/月']) }, { widget: 'select', options: ['元/天', '元/月'] }],
    ['date as a date picker writing YYYY-MM-DD', { on: isoDate }, { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', time_format: false }],
    ['optional date', { on: isoDate.optional() }, { widget: 'datetime', required: false }],
    ['relation drawn from content', { street: z.string() }, { widget: 'relation', collection: 'settings', file: 'streets', value_field: 'streets.*.name' }],
    ['pattern with the schema message', { id: z.string().regex(/^[a-z]+$/, { error: '只能用小写字母。修改方法：例如 abc。' }) }, { widget: 'string', pattern: ['^[a-z]+$', '只能用小写字母。例如 abc。'] }],
  ] as const)('%s', (_, shape, expected) => {
    expect(one(shape as Record<string, z.ZodType>)[0]).toMatchObject(expected);
  });

  it('lists of text and lists of objects', () => {
    const [names, lines] = one({ names: z.array(z.string()).default([]), lines: z.array(z.strictObject({ level: z.enum(['全部']), amount: z.number() })).min(1) });
    expect(names).toMatchObject({ widget: 'list', required: false, field: { widget: 'string' } });
    expect(lines).toMatchObject({ widget: 'list', min: 1, fields: [{ name: 'level', widget: 'select' }, { name: 'amount', widget: 'number' }] });
  });

  it('nested objects keep their labels (last part of 收费·伙食费)', () => {
    const [fees] = one({ fees: z.strictObject({ meals: z.strictObject({ amount: z.number() }) }) }, { fees: '收费', 'fees.meals': '收费·伙食费', 'fees.meals.amount': '收费·伙食费·金额' });
    expect(fees).toMatchObject({ label: '收费', widget: 'object', fields: [{ label: '伙食费', widget: 'object', fields: [{ label: '金额' }] }] });
  });

  it('a partial record over fixed keys becomes one optional field per key', () => {
    const [classes] = one({ classes: z.partialRecord(z.enum(['小班', '中班']), z.number().int()).default({}) });
    expect(classes).toMatchObject({ widget: 'object', fields: [{ name: '小班', required: false }, { name: '中班', required: false }] });
  });

  it('a free-keyed record becomes the fields the content knows, else key/value', () => {
    const [values, other] = one({ values: z.record(z.string(), z.union([z.number(), z.boolean()])), other: z.record(z.string(), z.string()).default({}) });
    expect(values).toMatchObject({ widget: 'object', fields: [{ name: 'seats', widget: 'number' }] });
    expect(other).toMatchObject({ widget: 'keyvalue' });
  });

  it('a discriminated union offers its tag as a choice and every other field once', () => {
    const value = z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('number'), value: z.number() }), z.strictObject({ kind: z.literal('range'), min: z.number(), max: z.number() })]);
    const [target] = one({ target: value });
    expect(target).toMatchObject({ widget: 'object', fields: [{ name: 'kind', widget: 'select', options: ['number', 'range'] }, { name: 'value', required: false }, { name: 'min' }, { name: 'max' }] });
  });

  it('hints carry the schema fix text, not the generic too-long text', () => {
    const [f] = one({ phone: z.string().max(100, { error: '太长，不能超过 100 个字。修改方法：精简。' }).refine(() => true, { error: '不是电话。修改方法：写 0472-1234567。' }) });
    expect(f!.hint).toBe('写 0472-1234567。');
  });
});

describe('cmsCollections', () => {
  it('folder collections write JSON or MDX front matter with a body, file names typed once', () => {
    const cols = cmsCollections(
      [
        { name: 'site', label: '站点配置', file: 'site.json', schema: z.strictObject({ name: z.string() }) as unknown as Schema, labels: {} },
        { name: 'policies', label: '政策文件', dir: 'policies', ext: '.mdx', schema: z.strictObject({ title: z.string() }) as unknown as Schema, labels: {} },
      ],
      options,
    );
    expect(cols[0]).toMatchObject({ name: 'settings', files: [{ name: 'site', file: 'content/site.json', format: 'json' }] });
    expect(cols[1]).toMatchObject({ name: 'policies', folder: 'content/policies', extension: 'mdx', format: 'frontmatter', slug: { editable: ['create'] }, identifier_field: 'title' });
    expect((cols[1] as { fields: { name: string; widget: string }[] }).fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
  });
});
