import { describe, expect, it } from 'vitest';
import { chartData, columnHeader, figureIds, formatCell, hasRows, parseCsv, shortLabel, toCsv, withAsOf, type Figure } from '../../../src/lib/core/figure.ts';

const fig: Figure = {
  id: 'demo',
  caption: '示例',
  summary: '一句话。',
  sample: false,
  table: {
    columns: [
      { key: 'name', label: '项目' },
      { key: 'target', label: '目标', unit: '㎡', numeric: true },
      { key: 'done', label: '完成', unit: '㎡', numeric: true },
    ],
    rows: [
      { name: '室外地面硬化', target: 9900, done: 7200 },
      { name: '软化改造, "A区"', target: 51000, done: null },
    ],
  },
  chart: { kind: 'hbar', labelKey: 'name', series: [{ key: 'target', label: '目标' }, { key: 'done', label: '完成' }], unit: '㎡' },
};

describe('figure tables', () => {
  it.each([
    [{ key: 'a', label: '完成数', unit: '㎡' }, '完成数（㎡）'],
    [{ key: 'a', label: '项目' }, '项目'],
  ])('columnHeader %j', (c, want) => expect(columnHeader(c)).toBe(want));

  it.each([
    [{ key: 'a', label: '', numeric: true }, 55100, '55,100'],
    [{ key: 'a', label: '', numeric: true }, 72.73, '72.7'],
    [{ key: 'a', label: '', numeric: true, digits: 0 }, 72.73, '73'],
    [{ key: 'a', label: '', numeric: false }, 2024, '2024'],
    [{ key: 'a', label: '' }, null, '—'],
    [{ key: 'a', label: '' }, undefined, '—'],
    [{ key: 'a', label: '' }, '', '—'],
    [{ key: 'a', label: '' }, '区教育局', '区教育局'],
  ] as const)('formatCell %j %j', (c, v, want) => expect(formatCell(c, v)).toBe(want));
});

describe('toCsv / parseCsv', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+86 0472', "'+86 0472"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['a=b', 'a=b'],
    [-5, '-5'],
    [3.5, '3.5'],
  ] as const)('text starting like a formula is neutralised, numbers are not: %j', (value, cell) => {
    const csv = toCsv({ columns: [{ key: 'a', label: 'a' }], rows: [{ a: value }] });
    expect(csv).toBe(`\uFEFFa\r\n${cell}\r\n`);
    // Read back, the cell is what the page shows.
    expect(parseCsv(csv)[1]).toEqual([String(value)]);
  });

  it('writes BOM, CRLF, units in the header, raw numbers, quotes where needed', () => {
    expect(toCsv(fig.table)).toBe('\uFEFF项目,目标（㎡）,完成（㎡）\r\n室外地面硬化,9900,7200\r\n"软化改造, ""A区""",51000,\r\n');
  });
  it('round-trips through parseCsv', () => {
    expect(parseCsv(toCsv(fig.table))).toEqual([
      ['项目', '目标（㎡）', '完成（㎡）'],
      ['室外地面硬化', '9900', '7200'],
      ['软化改造, "A区"', '51000', ''],
    ]);
  });
  it.each([
    ['a,b\nc,d', [['a', 'b'], ['c', 'd']]],
    ['"x\ny",z\r\n', [['x\ny', 'z']]],
    ['', []],
    [' lead,trail ', [[' lead', 'trail ']]],
  ])('parseCsv(%j)', (text, rows) => expect(parseCsv(text)).toEqual(rows));
  it.each([
    ['a\tb\nc,d', { delimiter: '\t' }, [['a', 'b'], ['c,d']]],
    ["'=1,'+2,'x", {}, [['=1', '+2', "'x"]]],
    ["'=1,'+2", { unguard: false }, [["'=1", "'+2"]]],
    ['他说"好",b', {}, [['他说"好"', 'b']]], // a quote inside a cell is text
    ['"a"b,c', {}, [['"a"b', 'c']]], // text after the closing quote: the cell reads as written
    ['""', {}, [['']]],
    ['"a""b"', {}, [['a"b']]],
  ] as const)('parseCsv(%j, %j)', (text, opts, rows) => expect(parseCsv(text, opts)).toEqual(rows));
  it('an unclosed quote is an error naming its line', () =>
    expect(() => parseCsv('a,b\n"c,d\ne')).toThrow('第 2 行有一个单元格以英文引号 " 开头，但到文件末尾也没有配对的引号。'));
  it('quotes cells with surrounding spaces so spreadsheets keep them', () => {
    expect(toCsv({ columns: [{ key: 'a', label: 'a' }], rows: [{ a: ' x' }] })).toBe('\uFEFFa\r\n" x"\r\n');
  });
});

describe('chartData', () => {
  it('takes labels and series from the table rows', () => {
    expect(chartData(fig)).toEqual({
      kind: 'hbar',
      labels: ['室外地面硬化', '软化改造, "A区"'],
      datasets: [{ label: '目标', data: [9900, 51000] }, { label: '完成', data: [7200, null] }],
      unit: '㎡',
      stacked: false,
    });
  });
  it('no chart spec, no chart', () => {
    const { chart: _c, ...noChart } = fig;
    expect(chartData(noChart)).toBeUndefined();
  });
  it('a series naming a missing column is an error', () => {
    expect(() => chartData({ ...fig, chart: { ...fig.chart!, series: [{ key: 'nope', label: 'x' }] } })).toThrowErrorMatchingInlineSnapshot(`[Error: 图表 demo 引用了表格中不存在的列 nope]`);
  });
});

describe('no chart without data points', () => {
  const line = (values: (number | null)[]): Figure => ({
    id: 't', caption: 'c', summary: 's', sample: false,
    table: { columns: [{ key: 'm', label: '月份' }, { key: 'p', label: '完成率', numeric: true }], rows: values.map((p, i) => ({ m: `${i + 1}月`, p })) },
    chart: { kind: 'line', labelKey: 'm', series: [{ key: 'p', label: '完成率' }] },
  });
  const bar = (values: (number | null)[]): Figure => ({ ...line(values), chart: { kind: 'hbar', labelKey: 'm', series: [{ key: 'p', label: '完成率' }] } });
  it.each([
    [[], false],
    [[40], false],
    [[40, null], false],
    [[0, 0], true],
    [[40, 50], true],
  ] as [(number | null)[], boolean][])('trend %j → chart %s (2 points needed)', (values, want) => expect(chartData(line(values)) !== undefined).toBe(want));
  it.each([
    [[], false],
    [[0, 0, null], false],
    [[null], false],
    [[0, 5], true],
  ] as [(number | null)[], boolean][])('bars %j → chart %s (all-zero bars are no chart)', (values, want) => expect(chartData(bar(values)) !== undefined).toBe(want));
  it.each([
    [[], false],
    [[0], true],
  ] as [(number | null)[], boolean][])('rows %j → hasRows %s', (values, want) => expect(hasRows(line(values))).toBe(want));
});

describe('shortLabel', () => {
  it.each([
    ['室外地面硬化', 9, '室外地面硬化'],
    ['包钢幼教处幼儿园消防设施系统改造', 9, '包钢幼教处幼儿园…'],
    ['一二三', 3, '一二三'],
    ['一二三四', 3, '一二…'],
    ['', 5, ''],
    ['abc', 1, 'a…'],
  ])('shortLabel(%s, %d) = %s', (l, n, want) => expect(shortLabel(l, n)).toBe(want));
});

describe('withAsOf', () => {
  it.each([
    ['2024-06-30', { asOf: '2024-06-30' }],
    [undefined, {}],
    ['', {}],
  ])('%s → %j', (d, want) => {
    expect(withAsOf(d)).toStrictEqual(want);
    expect('asOf' in withAsOf(d)).toBe(d ? true : false);
  });
});

// Figure ids are public anchors and CSV file names (/data/<id>.csv): once published they never change.
describe('figureIds', () => {
  it.each([
    [figureIds.tasks, 'progress-tasks'],
    [figureIds.trend, 'progress-trend'],
    [figureIds.task('staffing'), 'progress-task-staffing'],
    [figureIds.taskTrend('staffing'), 'progress-task-staffing-trend'],
    [figureIds.breakdown('unlicensed'), 'progress-target-unlicensed'],
    [figureIds.indicators, 'indicators'],
    [figureIds.seatsByStreet, 'seats-by-street'],
    [figureIds.seatsByType, 'seats-by-type'],
    [figureIds.seatsShares, 'seats-shares'],
    [figureIds.seatProjectsByStreet, 'seat-projects-by-street'],
    [figureIds.kindergartenFees, 'kindergarten-fees'],
    [figureIds.feeAdjustments, 'fee-adjustments'],
    [figureIds.feeAdjustmentsByStreet, 'fee-adjustments-by-street'],
  ])('%s', (id, want) => expect(id).toBe(want));

  it('every fixed id is in the table above', () => {
    expect(Object.values(figureIds).filter((v) => typeof v === 'string')).toHaveLength(10);
  });
});
