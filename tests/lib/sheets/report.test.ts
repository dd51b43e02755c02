import { describe, expect, it } from 'vitest';
import { formatBreakdown, parseBreakdown } from '../../../src/lib/sheets/report.ts';

describe('breakdown cells', () => {
  it.each([
    ['准入 4；整改 7；取缔 5', { 准入: 4, 整改: 7, 取缔: 5 }], ['准入：4、整改:7', { 准入: 4, 整改: 7 }],
    ['准入四', { problem: '“准入四”看不懂。', fix: '写成“类别 数字”，多项用“；”分隔，例如 准入 4；整改 7；取缔 5。' }],
  ])('parseBreakdown(%j)', (t, out) => expect(parseBreakdown(t)).toEqual(out));
  it('formats back', () => expect(formatBreakdown({ 准入: 4, 整改: 7 })).toBe('准入 4；整改 7'));
});
