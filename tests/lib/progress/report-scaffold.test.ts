import { describe, expect, it } from 'vitest';
import { lastDayOfMonth, scaffoldReport } from '../../../src/lib/progress/report-scaffold.ts';

describe('lastDayOfMonth', () => {
  it.each([
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2024-06', '2024-06-30'],
    ['2024-12', '2024-12-31'],
  ])('%s → %s', (m, d) => expect(lastDayOfMonth(m)).toBe(d));
  it.each([['2024-13'], ['2024/07'], ['']])('refuses %j', (m) => {
    expect(() => lastDayOfMonth(m)).toThrow('月份格式不对');
  });
});

describe('scaffoldReport', () => {
  const targets = [
    { id: 'outdoor-hardening', qualitative: false },
    { id: 'outdoor-play-equipment', qualitative: true },
    { id: 'washrooms', qualitative: false },
  ];
  it('carries last month forward and starts new targets at 0 or false', () => {
    const r = scaffoldReport('2024-07', targets, { month: '2024-06', values: { 'outdoor-hardening': 7200, 'outdoor-play-equipment': true }, breakdown: { x: { 准入: 2 } } });
    expect(r).toEqual({
      month: '2024-07',
      asOf: '2024-07-31',
      note: '',
      values: { 'outdoor-hardening': 7200, 'outdoor-play-equipment': true, washrooms: 0 },
      notes: {},
      breakdown: { x: { 准入: 2 } },
      sample: false,
    });
  });
  it('without an earlier report every target starts empty', () => {
    expect(scaffoldReport('2024-01', targets).values).toEqual({ 'outdoor-hardening': 0, 'outdoor-play-equipment': false, washrooms: 0 });
  });
  it('carries the figures of a sample report with its sample flag and a note saying so (never passed off as real, never restarted at 0)', () => {
    const r = scaffoldReport('2024-07', targets, { month: '2024-06', sample: true, values: { 'outdoor-hardening': 7200 }, breakdown: { x: { 准入: 2 } } });
    expect(r.values['outdoor-hardening']).toBe(7200);
    expect(r.breakdown).toEqual({ x: { 准入: 2 } });
    expect(r.sample).toBe(true);
    expect(r.sampleNote).toBe('数值沿用 2024-06 月报的示例数据，不是本月的官方数据。');
  });
  it('a real report scaffolds a real one, without a sample note', () => {
    const r = scaffoldReport('2024-07', targets, { month: '2024-06', sample: false, values: {} });
    expect(r.sample).toBe(false);
    expect('sampleNote' in r).toBe(false);
  });
  it('drops values of targets that no longer exist', () => {
    expect(Object.keys(scaffoldReport('2024-07', targets, { month: '2024-06', values: { gone: 1 } }).values)).not.toContain('gone');
  });
  it('refuses a month that is not after the latest report', () => {
    expect(() => scaffoldReport('2024-06', targets, { month: '2024-06', values: {} })).toThrowErrorMatchingInlineSnapshot(`[Error: 2024-06 不晚于已有的最新月报 2024-06：新月报应是最新一个月。]`);
  });
});
