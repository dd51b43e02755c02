import { describe, expect, it } from 'vitest';
import { derivedField, IND, KG, list, num, REPORT, SAMPLE_NOTE, sampleFields, schemaField, TARGET, TASK, text, yesNo } from '../../../src/lib/open-data/fields.ts';

describe('cell helpers: nothing unknown becomes a value', () => {
  it.each([
    [undefined, null],
    [null, null],
    ['', null],
    ['  \n ', null],
    ['教育局', '教育局'],
    [' 有空格 ', ' 有空格 '],
  ])('text(%j) = %j', (s, want) => expect(text(s)).toBe(want));
  it.each([
    [undefined, null],
    [null, null],
    [0, 0],
    [-100, -100],
    [92.4, 92.4],
  ])('num(%j) = %j', (n, want) => expect(num(n)).toBe(want));
  it.each([
    [true, '是'],
    [false, '否'],
    [undefined, '否'],
  ])('yesNo(%j) = %s', (b, want) => expect(yesNo(b)).toBe(want));
  it.each([
    [[], null],
    [[''], null],
    [['财政局'], '财政局'],
    [['财政局', '人社局'], '财政局、人社局'],
  ])('list(%j) = %j', (xs, want) => expect(list(xs)).toBe(want));
});

describe('schemaField', () => {
  it('names the file, the field and its label, with the schema’s value limits', () => {
    expect(schemaField(TARGET, 'item', 'item', '数字')).toEqual({
      key: 'item', label: '条目编号', type: '数字', numeric: true, digits: 2,
      description: 'content/targets/<编号>.json 的 item（条目编号）；整数；> 0；≤ 1000000。',
    });
  });
  it('a label, unit and note given by the caller win; text fields carry no digits', () => {
    expect(schemaField(TARGET, 'responsible', 'responsible', '文字', { label: '牵头单位', unit: '个', note: '多个用、分隔' })).toEqual({
      key: 'responsible', label: '牵头单位', type: '文字', unit: '个', description: 'content/targets/<编号>.json 的 responsible（牵头单位）；多个用、分隔。',
    });
  });
  it.each([TARGET, TASK, REPORT, KG, IND])('%#: the sample columns of every content kind', (src) => {
    const [sample, note] = sampleFields(src);
    expect(sample).toMatchObject({ key: 'sample', type: '是/否' });
    expect(sample!.description.startsWith(`${src.file} 的 sample（`)).toBe(true);
    expect(sample!.description).toContain(SAMPLE_NOTE);
    expect(note).toMatchObject({ key: 'sampleNote', type: '文字' });
  });
  it.each([
    [() => schemaField(TARGET, 'x', 'noSuchField', '文字'), '模式中没有字段 noSuchField 的中文名称'],
    [() => schemaField(TARGET, 'x', 'noSuchField', '文字', { label: '某字段' }), '模式中没有字段 noSuchField'],
    [() => schemaField(TARGET, 'x', 'item', '文字', { docPath: 'item.nope' }), '模式中没有字段 item.nope'],
  ])('%# refuses a field the schema does not have', (make, message) => expect(make).toThrowError(message));
});

describe('derivedField', () => {
  it.each([
    ['change', '变化', '数字', '调整后减调整前。', '元/月', { key: 'change', label: '变化', type: '数字', description: '调整后减调整前。', unit: '元/月', numeric: true, digits: 2 }],
    ['inPlan', '方案要求', '是/否', '是否方案要求。', undefined, { key: 'inPlan', label: '方案要求', type: '是/否', description: '是否方案要求。' }],
    ['month', '月份', '文字', '月份。', '', { key: 'month', label: '月份', type: '文字', description: '月份。' }],
  ] as const)('derivedField(%s)', (key, label, type, description, unit, want) => expect(derivedField(key, label, type, description, unit)).toEqual(want));
});
