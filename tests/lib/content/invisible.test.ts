import { describe, expect, it } from 'vitest';
import { firstInvisible, invisibleStrings, nameKey } from '../../../src/lib/content/invisible.ts';

describe('firstInvisible', () => {
  it.each([
    ['包钢第十八幼儿园', undefined],
    ['第一行\n第二行\t制表', undefined],
    ['包钢第十八\u200b幼儿园', { position: 6, code: 'U+200B' }],
    ['\u202e园儿幼', { position: 1, code: 'U+202E' }],
    ['a\u0000b', { position: 2, code: 'U+0000' }],
    ['a\u2066b\u2069', { position: 2, code: 'U+2066' }],
    ['\ud83d\ude00a\u00ad', { position: 3, code: 'U+00AD' }],
    ['a\u0085', { position: 2, code: 'U+0085' }],
  ])('%j → %j', (s, out) => expect(firstInvisible(s)).toEqual(out));
});

describe('invisibleStrings walks every field', () => {
  it('names the path', () => expect(invisibleStrings({ a: 'x', fees: { tuition: [{ level: '全\u200d部' }] } })).toEqual([{ path: 'fees.tuition[0].level', position: 2, code: 'U+200D' }]));
  it('numbers and booleans are fine', () => expect(invisibleStrings({ a: 1, b: true, c: null })).toEqual([]));
});

describe('nameKey: names compared as readers see them', () => {
  it.each([
    ['包钢第十八幼儿园', '包钢第十八 幼儿园'],
    ['包钢第十八幼儿园', '包钢第十八\u200b幼儿园'],
    ['ＡＢＣ幼儿园１', 'ABC幼儿园1'],
    ['示例 幼儿园', '示例\u3000幼儿园'],
  ])('%j = %j', (a, b) => expect(nameKey(a)).toBe(nameKey(b)));
  it('different names stay different', () => expect(nameKey('第一幼儿园')).not.toBe(nameKey('第二幼儿园')));
});
