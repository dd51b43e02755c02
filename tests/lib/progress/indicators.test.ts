import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../src/lib/core/figure.ts';
import {
  compliance, formatIndicatorNumber, indicatorGroups, indicatorsFigure, indicatorsSentence, sortIndicators, thresholdText, valueText,
} from '../../../src/lib/progress/indicators.ts';
import type { IndicatorRecord } from '../../../src/schemas/indicator.ts';

const MOE = '教育部《县域学前教育普及普惠督导评估办法》（2020年）';
function ind(id: string, extra: Partial<IndicatorRecord> = {}): IndicatorRecord {
  return { id, name: id, group: '普及普惠水平', format: 'percent', unit: '', thresholdNote: '', computation: 'c', source: '', order: 0, sample: true, sampleNote: '', ...extra };
}

describe('compliance', () => {
  it.each([
    ['≥ met', { value: 96.3, threshold: { op: '>=', value: 85, source: MOE } }, 'met'],
    ['≥ met at the bound', { value: 85, threshold: { op: '>=', value: 85, source: MOE } }, 'met'],
    ['≥ not met', { value: 84.9, threshold: { op: '>=', value: 85, source: MOE } }, 'not-met'],
    ['ratio ≤ 1:7 met', { value: 6.8, threshold: { op: '<=', value: 7, source: 's' } }, 'met'],
    ['ratio ≤ 1:7 not met', { value: 7.4, threshold: { op: '<=', value: 7, source: 's' } }, 'not-met'],
    ['= 100 % met', { value: 100, threshold: { op: '=', value: 100, source: 's' } }, 'met'],
    ['= 100 % not met', { value: 98.6, threshold: { op: '=', value: 100, source: 's' } }, 'not-met'],
    ['no sourced threshold', { value: 93 }, 'unknown'],
    ['no value', { threshold: { op: '>=', value: 80, source: MOE } }, 'unknown'],
  ] as const)('%s', (_n, i, want) => expect(compliance(i)).toBe(want));
});

describe('formatting', () => {
  it.each([
    [96.3, 'percent', '', '96.3%'],
    [6.8, 'ratio', '', '1:6.8'],
    [600, 'number', '元/生·年', '600元/生·年'],
    [1500, 'number', '元', '1,500元'],
  ] as const)('formatIndicatorNumber(%d, %s)', (n, f, u, want) => expect(formatIndicatorNumber(n, f, u)).toBe(want));
  it.each([
    [{ format: 'percent', unit: '', threshold: { op: '>=', value: 85, source: MOE } }, '≥85%'],
    [{ format: 'ratio', unit: '', threshold: { op: '<=', value: 7, source: 's' } }, '≤1:7'],
    [{ format: 'percent', unit: '', threshold: { op: '=', value: 100, source: 's' } }, '100%'],
    [{ format: 'percent', unit: '' }, null],
  ] as const)('thresholdText %#', (i, want) => expect(thresholdText(i)).toBe(want));
  it.each([
    [{ format: 'percent', unit: '', value: 88.5 }, '88.5%'],
    [{ format: 'percent', unit: '' }, '暂无数据'],
  ] as const)('valueText %#', (i, want) => expect(valueText(i)).toBe(want));
  it('sortIndicators by order, then id', () => {
    expect(sortIndicators([ind('b', { order: 2 }), ind('c', { order: 1 }), ind('a', { order: 2 })]).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('indicatorsSentence', () => {
  const t = (v: number) => ({ op: '>=' as const, value: v, source: MOE });
  it.each([
    ['all met, some unknown', [ind('a', { value: 96, threshold: t(85), asOf: '2024-06-30' }), ind('b', { value: 90, threshold: t(80), asOf: '2024-05-31' }), ind('c', { value: 1 })],
      '截至2024年6月30日，3项评估指标中，可对照达标要求的2项全部达标，1项因达标要求未能核实或暂无数据而无法判断。'],
    ['one not met', [ind('a', { value: 96, threshold: t(85) }), ind('b', { value: 40, threshold: t(50) })],
      '2项评估指标中，可对照达标要求的2项中1项达标、1项未达标。'],
    ['nothing can be judged', [ind('a')], '1项评估指标中，1项因达标要求未能核实或暂无数据而无法判断。'],
    ['no indicators', [], '还没有录入评估指标。'],
  ] as const)('%s', (_n, list, want) => expect(indicatorsSentence(list)).toBe(want));
});

describe('indicatorsFigure', () => {
  it('a table of every indicator; an unsourced threshold says so; CSV equals the table', () => {
    const fig = indicatorsFigure([
      ind('ratio', { name: '教职工与幼儿比', group: '教职工配备', format: 'ratio', value: 6.8, threshold: { op: '<=', value: 7, source: 's' }, asOf: '2024-06-30', order: 2 }),
      ind('gross', { name: '学前三年毛入园率', value: 96.3, threshold: { op: '>=', value: 85, source: MOE }, asOf: '2024-06-30', order: 1 }),
      ind('class', { name: '班额达标率', group: '其他评估指标', order: 3, sample: false }),
    ]);
    expect(fig).toMatchObject({ id: 'indicators', sample: true, asOf: '2024-06-30', source: '各指标说明' });
    expect(fig.chart).toBeUndefined();
    expect(parseCsv(toCsv(fig.table))).toEqual([
      ['指标', '类别', '达标要求', '当前值', '是否达标', '统计日期'],
      ['学前三年毛入园率', '普及普惠水平', '≥85%', '96.3%', '达标', '2024-06-30'],
      ['教职工与幼儿比', '教职工配备', '≤1:7', '1:6.8', '达标', '2024-06-30'],
      ['班额达标率', '其他评估指标', '未能核实', '', '无法判断', ''],
    ]);
  });
  it('the figure names the sources of its rows, once each', () => {
    const fig = indicatorsFigure([ind('a', { source: '区教育局统计' }), ind('b', { source: '区教育局统计' }), ind('c', { source: '区卫健委' })]);
    expect(fig.source).toBe('区教育局统计；区卫健委');
  });
  it('no dates, no as-of', () => {
    const fig = indicatorsFigure([ind('a', { sample: false })]);
    expect(fig.sample).toBe(false);
    expect('asOf' in fig).toBe(false);
  });
});

describe('indicatorGroups: free text, in order of first appearance', () => {
  it('groups by name in page order', () => {
    const list = [
      ind('c', { group: '教职工配备', order: 3 }),
      ind('a', { group: '普及普惠水平', order: 1 }),
      ind('d', { group: '普及普惠水平', order: 4 }),
      ind('b', { group: '其他', order: 2 }),
    ];
    expect(indicatorGroups(list).map((g) => [g.name, g.anchor, g.items.map((i) => i.id)])).toEqual([
      ['普及普惠水平', 'group-1', ['a', 'd']],
      ['其他', 'group-2', ['b']],
      ['教职工配备', 'group-3', ['c']],
    ]);
  });
  it('no indicators, no groups', () => expect(indicatorGroups([])).toEqual([]));
});
