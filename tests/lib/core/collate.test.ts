import { describe, expect, it } from 'vitest';
import { compareZh } from '../../../src/lib/core/collate.ts';

describe('compareZh', () => {
  it.each([
    ['示例甲幼儿园', '示例乙幼儿园', -1],
    ['包钢第十七幼儿园', '示例第一幼儿园', -1],
    ['阿福幼儿园', '博爱幼儿园', -1], // pinyin order (a < b), not code-point order (阿 U+963F > 博 U+535A)
    ['示例', '示例', 0],
    ['政策文件', '月报', 1],
  ])('compareZh(%s, %s) has sign %d', (a, b, sign) => expect(Math.sign(compareZh(a, b))).toBe(sign));
  it('sorts as the zh-Hans-CN collation the directory used before (same pinyin order)', () => {
    const names = ['第一幼儿园', '阿福幼儿园', '包钢第十七幼儿园', '示例乙幼儿园', '示例甲幼儿园', '博爱幼儿园', 'A座幼儿园', '1号幼儿园'];
    expect([...names].sort(compareZh)).toEqual([...names].sort(new Intl.Collator('zh-Hans-CN').compare));
  });
});
