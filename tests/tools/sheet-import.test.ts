// Excel/CSV import and export against temporary copies of a fixture site (never content/: a county replaces
// it): exact Chinese messages with row and column, nothing written on any error, byte-identical round trips,
// templates that import.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/load-content.ts';
import { decodeCsv, exportContent, exportTemplate, importSheet, csvSheet, readSheetFile, SheetFileError } from '../../scripts/sheet-io.ts';
import { SHEET_KIND_NAMES, SHEET_KINDS } from '../../src/lib/sheets/kinds.ts';
import { childEnv } from '../helpers/child-env.ts';

const CONTENT = join(import.meta.dirname, '..', 'fixtures', 'sites', 'district-streets');

function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xqjy-sheet-'));
  cpSync(CONTENT, dir, { recursive: true });
  return dir;
}

/** Every file under `dir` with its bytes, to prove nothing changed. */
function snapshot(dir: string, base = dir, out: Record<string, string> = {}): Record<string, string> {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) snapshot(p, base, out);
    else out[p.slice(base.length)] = readFileSync(p, 'base64');
  }
  return out;
}

const tmpFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'xqjy-xlsx-')), name);

async function xlsx(rows: unknown[][], sheetName = 'Sheet1'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  const file = tmpFile('in.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

function csv(lines: string[], encoding: 'utf8' | 'gbk' = 'utf8'): string {
  const file = tmpFile('in.csv');
  const text = `${lines.join('\r\n')}\r\n`;
  writeFileSync(file, encoding === 'gbk' ? iconv.encode(text, 'gbk') : text);
  return file;
}

const FEE_HEADERS = ['网址名（文件名）', '全称（仅供查看）', '类型（仅供查看）', '保教费（元/月）', '保教费·小班（元/月）', '保教费·中班（元/月）', '保教费·大班（元/月）', '保教费·混龄（元/月）', '伙食费·金额（元）', '伙食费·单位（元/天 或 元/月）', '收费依据·文号', '收费依据·执行日期（年-月-日）', '核定收费上限（元/月）', '示例数据标记（是/否）'];
const PUHUI_01 = ['nanmen-puhui', '南门向阳幼儿园', '普惠性民办', 550, '', '', '', '', 15, '元/天', '东教备〔2024〕1号', '2024-03-01', '', '是'];

/** Imports and asserts the errors exactly, and that no content file changed. */
async function refused(file: string, errors: string[]) {
  const root = copyContent();
  const before = snapshot(root);
  const r = await importSheet(file, root);
  expect(r.errors).toEqual(errors);
  expect(r.ok).toBe(false);
  expect(r.written).toEqual([]);
  expect(snapshot(root)).toEqual(before);
}

describe('round trip: export then import changes nothing', () => {
  it.each(SHEET_KIND_NAMES.map((k) => [k]))('%s', async (kind) => {
    const root = copyContent();
    const before = snapshot(root);
    const file = tmpFile(`${kind}.xlsx`);
    await exportContent(kind, file, root);
    const r = await importSheet(file, root);
    expect(r.errors).toEqual([]);
    expect(r.written).toEqual([]);
    expect(r.changes.length).toBeGreaterThan(0);
    expect(r.changes.every((c) => c.startsWith('未变 '))).toBe(true);
    expect(snapshot(root)).toEqual(before);
  });

  it('an older report month round-trips too', async () => {
    const root = copyContent();
    const before = snapshot(root);
    const file = tmpFile('r.xlsx');
    await exportContent('report', file, root, '2025-01');
    expect((await importSheet(file, root)).written).toEqual([]);
    expect(snapshot(root)).toEqual(before);
  });

  it('row 1 carries the Chinese headers with units', async () => {
    const file = tmpFile('kg.xlsx');
    await exportContent('kindergartens', file, CONTENT);
    const sheet = await readSheetFile(file);
    expect(sheet.name).toBe('幼儿园');
    expect(sheet.rows[0]!.cells.slice(0, 6)).toEqual(['网址名（文件名）', '全称', '简称（用“；”分隔）', '类型', '街道/乡镇', '地址']);
    expect(sheet.rows[0]!.cells).toContain('保教费（元/月）');
    expect(sheet.rows.find((r) => r.cells[0] === 'donghu-1')!.cells.slice(0, 5)).toEqual(['donghu-1', '东湖第一幼儿园', '东湖一幼', '区属公办', '东湖街道']);
  });
});

describe('a changed sheet', () => {
  it('writes only the changed file, keeps fields the sheet does not carry, and lists the change', async () => {
    const root = copyContent();
    const before = readFileSync(join(root, 'kindergartens', 'nanmen-puhui.json'), 'utf8');
    const file = tmpFile('fees.xlsx');
    await exportContent('fees', file, root);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'nanmen-puhui') row.getCell(4).value = 520;
    });
    await wb.xlsx.writeFile(file);
    const r = await importSheet(file, root);
    expect(r.errors).toEqual([]);
    expect(r.written).toEqual(['kindergartens/nanmen-puhui.json']);
    expect(r.changes).toContain('修改 kindergartens/nanmen-puhui.json：保教费（元/月）：550 → 520');
    const after = readFileSync(join(root, 'kindergartens', 'nanmen-puhui.json'), 'utf8');
    expect(after).toBe(before.replace('"amount": 550', '"amount": 520'));
  });

  it('a GBK CSV from Excel on Chinese Windows is decoded', async () => {
    const root = copyContent();
    const file = csv([FEE_HEADERS.join(','), PUHUI_01.map(String).join(',').replace(',550,', ',500,')], 'gbk');
    expect(decodeCsv(readFileSync(file)).encoding).toBe('GBK');
    const r = await importSheet(file, root);
    expect(r.errors).toEqual([]);
    expect(r.changes).toEqual(['修改 kindergartens/nanmen-puhui.json：保教费（元/月）：550 → 500']);
    expect(checkContent(root).errors).toEqual([]);
  });

  it('a UTF-8 CSV with BOM is decoded', () => {
    expect(decodeCsv(Buffer.from('\uFEFF园所,类型\r\n', 'utf8'))).toEqual({ text: '园所,类型\r\n', encoding: 'UTF-8' });
  });
  it('a CSV with a quote never closed is refused in Chinese, naming the line', () =>
    expect(() => csvSheet('园所,类型\r\n"示例幼儿园,公办\r\n', 'in.csv')).toThrow(new SheetFileError('in.csv：第 2 行有一个单元格以英文引号 " 开头，但到文件末尾也没有配对的引号。修改方法：用 Excel 或 WPS 打开后重新“另存为” CSV 或 .xlsx；手工编辑的请补上引号。')));
  it('CSV cells are kept as typed (no formula-guard undo), tab-separated text is read', () =>
    expect(csvSheet("园所\t类型\r\n'=a\t公办\r\n").rows).toEqual([{ row: 1, cells: ['园所', '类型'] }, { row: 2, cells: ["'=a", '公办'] }]));
});

describe('refused sheets write nothing and name row and column', () => {
  it('malformed rows (xlsx)', async () => {
    const file = await xlsx([
      FEE_HEADERS,
      ['donghu-1', '', '', '450元', '', '', '', '', 14, '元/天', '东发改〔2024〕5号', '2024-09-01', 300, '是'],
      ['donghu-2', '', '', 300, '', '', '', '', 14, '元/周', '东发改〔2024〕5号', '2019-02-30', 300, '是'],
      ['nope', '', '', 300, '', '', '', '', 14, '元/天', '东发改〔2024〕5号', '2024-09-01', 300, '是'],
      ['nanmen-puhui', '', '', '', '', '', '', '', '', '元/月', '东教备〔2024〕1号', '2024-03-01', '', '是'],
    ]);
    await refused(file, [
      '第 2 行，“保教费（元/月）”列：应为数字，收到“450元”。修改方法：只写数字，不写单位、逗号或文字，例如 450。',
      '第 3 行，“伙食费·单位（元/天 或 元/月）”列：伙食费·单位（fees.meals.unit） 伙食费单位不对：收到 文字“元/周”。修改方法：是不是要写“元/天”？只能写 元/天 或 元/月。',
      '第 3 行，“收费依据·执行日期（年-月-日）”列：收费依据·执行日期（fees.basis.effectiveOn） 日期格式不对或不是真实存在的日期：收到 文字“2019-02-30”。修改方法：写成“年-月-日”，四位年份、两位月份、两位日期，例如 2023-12-18。',
      '第 4 行，“网址名（文件名）”列：“nope”没有对应的文件 content/kindergartens/nope.json。修改方法：核对网址名；新的幼儿园请用幼儿园表（npm run export -- kindergartens）添加。',
      '第 5 行，“伙食费·金额（元）”列：写了伙食费单位，没有金额。修改方法：填写伙食费金额（只写数字）；伙食费未公布时金额和单位两列都留空。',
    ]);
  });

  it('a cross-file rule (fee above the cap) is reported at its row and column', async () => {
    const file = await xlsx([FEE_HEADERS, ['bei-an-1', '', '', 400, '', '', '', '', 14, '元/天', '东发改〔2024〕5号', '2024-09-01', 300, '是']]);
    await refused(file, [
      '第 2 行，“保教费（元/月）”列：保教费·金额（fees.tuition[0].amount） 全部保教费 400 元/月 高于核定收费上限（fees.cap）300 元/月。修改方法：按收费文件改正保教费；上限确已调整时，改 fees.cap 并在 fees.history 中记录这次调整（调整前、调整后、执行日期、文号）。',
    ]);
  });

  it('a GBK CSV with a bad cell shows the Chinese value', async () => {
    const file = csv([FEE_HEADERS.join(','), PUHUI_01.map(String).join(',').replace(',元/天,', ',元每天,')], 'gbk');
    await refused(file, ['第 2 行，“伙食费·单位（元/天 或 元/月）”列：伙食费·单位（fees.meals.unit） 伙食费单位不对：收到 文字“元每天”。修改方法：是不是要写“元/天”？只能写 元/天 或 元/月。']);
  });

  it('an empty sheet', async () => {
    await refused(await xlsx([]), ['第 1 行（表头）：表格是空的：第 1 行没有表头。修改方法：用 npm run export 导出的表格或空白模板填写，第 1 行保留表头。']);
  });

  it('a sheet of unknown headers', async () => {
    await refused(csv(['姓名,年龄', '张三,5']), ['第 1 行（表头）：认不出这是哪一种表格（幼儿园、收费、月报或目标）：第 1 行的表头一个也不认识。修改方法：用 npm run export 导出的表格或空白模板填写，不要改第 1 行的表头。']);
  });

  it('an extra column', async () => {
    const file = await xlsx([[...FEE_HEADERS, '备注'], [...PUHUI_01, '无']], '收费');
    await refused(file, ['第 1 行（表头），“备注”列：收费表没有这一列。修改方法：表头要和导出的表格一致；多余的列请删除。']);
  });

  it('a misspelt column gets a suggestion', async () => {
    const headers = FEE_HEADERS.map((h) => (h === '收费依据·文号' ? '收费依据·文件号' : h));
    await refused(await xlsx([headers, PUHUI_01], '收费'), [
      '第 1 行（表头），“收费依据·文件号”列：收费表没有这一列。修改方法：是不是要写“收费依据·文号”？表头要和导出的表格一致；多余的列请删除。',
    ]);
  });

  it('a missing required column', async () => {
    const drop = FEE_HEADERS.indexOf('网址名（文件名）');
    const file = await xlsx([FEE_HEADERS.filter((_, i) => i !== drop), PUHUI_01.filter((_, i) => i !== drop)], '收费');
    await refused(file, ['第 1 行（表头），“网址名（文件名）”列：缺少这一列。修改方法：在第 1 行加上“网址名（文件名）”列并填写；最简单的办法是用 npm run export 导出的表格或空白模板修改。']);
  });

  it('half a fee pair is refused; empty fee cells are 未公布 (left out, never 0)', async () => {
    const file = await xlsx([FEE_HEADERS, ['nanmen-puhui', '', '', '', '', '', '', '', '', '', '', '2023-09-01', '', '是']]);
    await refused(file, ['第 2 行，“收费依据·文号”列：写了收费依据的执行日期，没有文号。修改方法：填写收费依据的文号；收费依据未公布时文号和执行日期两列都留空。']);
  });

  it('a duplicated row', async () => {
    await refused(await xlsx([FEE_HEADERS, PUHUI_01, PUHUI_01]), ['第 3 行，“网址名（文件名）”列：与第 2 行重复。修改方法：每条记录只写一行：删除或合并重复的行。']);
  });

  it('an old .xls file', async () => {
    const file = tmpFile('old.xls');
    writeFileSync(file, 'x');
    await refused(file, [`${file} 是旧版 Excel（或 WPS）格式。修改方法：在 Excel/WPS 中“另存为”“Excel 工作簿（*.xlsx）”后再导入。`]);
  });
});

describe('templates', () => {
  it.each(SHEET_KIND_NAMES.map((k) => [k]))('an empty %s template is refused with a clear message', async (kind) => {
    const file = tmpFile(`${kind}.xlsx`);
    await exportTemplate(kind, file);
    await refused(file, [`第 2 行：${SHEET_KINDS[kind].title}表只有表头，没有数据行。修改方法：从第 2 行起每行填写一条记录；什么都不想改就不必导入。`]);
  });

  /** Fills a template's row 2 by header and imports it. */
  async function fill(kind: (typeof SHEET_KIND_NAMES)[number], values: Record<string, unknown>) {
    const file = tmpFile(`${kind}.xlsx`);
    await exportTemplate(kind, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    for (const [h, v] of Object.entries(values)) {
      const i = headers.indexOf(h);
      expect(i, h).toBeGreaterThanOrEqual(0);
      ws.getRow(2).getCell(i + 1).value = v as ExcelJS.CellValue;
    }
    await wb.xlsx.writeFile(file);
    const root = copyContent();
    return { root, r: await importSheet(file, root) };
  }

  it('kindergartens: one row adds a valid kindergarten', async () => {
    const { root, r } = await fill('kindergartens', {
      '网址名（文件名）': 'sample-new-01', 全称: '示例新建幼儿园', 类型: '普惠性民办', '街道/乡镇': '东湖街道',
      '班级数·小班（个）': 1, '核定学位数（个）': 25, '在园幼儿数（人）': 20, '保教费（元/月）': 600,
      '伙食费·金额（元）': 15, '伙食费·单位（元/天 或 元/月）': '元/天', 收费依据·文号: '东教备〔2024〕1号',
      '收费依据·执行日期（年-月-日）': '2024-03-01', '办园许可证（已取得、办理中、无证）': '已取得',
      '信息核对日期（年-月-日）': '2024-09-01', '示例数据标记（是/否）': '是',
    });
    expect(r.errors).toEqual([]);
    expect(r.changes).toEqual(['新增 kindergartens/sample-new-01.json']);
    expect(checkContent(root).errors).toEqual([]);
    const written = JSON.parse(readFileSync(join(root, 'kindergartens', 'sample-new-01.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    expect(Object.keys(written)).toEqual(['name', 'type', 'street', 'classes', 'capacity', 'enrolled', 'fees', 'licence', 'asOf', 'sample']);
    expect(Object.keys(written.fees!)).toEqual(['tuition', 'meals', 'basis']);
    expect(written).toEqual({
      name: '示例新建幼儿园', fees: { tuition: [{ level: '全部', amount: 600 }], meals: { amount: 15, unit: '元/天' }, basis: { docNumber: '东教备〔2024〕1号', effectiveOn: '2024-03-01' } },
      type: '普惠性民办', street: '东湖街道', classes: { 小班: 1 }, capacity: 25, enrolled: 20, licence: '已取得', asOf: '2024-09-01', sample: true,
    });
  });

  it('fees: one row updates an existing kindergarten', async () => {
    const { root, r } = await fill('fees', Object.fromEntries(FEE_HEADERS.map((h, i) => [h, PUHUI_01[i] === '' ? null : PUHUI_01[i]])));
    expect(r.errors).toEqual([]);
    expect(r.changes).toEqual(['未变 kindergartens/nanmen-puhui.json']);
    expect(checkContent(root).errors).toEqual([]);
  });

  it('report: one row starts a new month', async () => {
    const { root, r } = await fill('report', { '月份（年-月）': '2025-03', '统计截止日期（年-月-日）': '2025-03-31', 目标编号: 'carers', '完成数（累计数；定性目标写 是/否）': 15, '示例数据标记（是/否）': '是' });
    expect(r.errors).toEqual([]);
    expect(r.changes).toEqual(['新增 reports/2025-03.json']);
    expect(checkContent(root).errors).toEqual([]);
    expect(readFileSync(join(root, 'reports', '2025-03.json'), 'utf8')).toBe('{\n  "month": "2025-03",\n  "asOf": "2025-03-31",\n  "values": {\n    "carers": 15\n  },\n  "sample": true\n}\n');
  });

  it('targets: one row adds a target', async () => {
    const { root, r } = await fill('targets', {
      '目标编号（文件名）': 'new-target', 所属任务: 'seats', 名称: '新增示例目标', 单位: '个', '目标类型（数字/区间/定性）': '数字', 目标数值: 3,
      '责任单位（用“；”分隔）': '教育局', 来源文件: 'donghu-plan-2025', 来源章节: '一、', 原文: '示例原文', '示例数据标记（是/否）': '是',
    });
    expect(r.errors).toEqual([]);
    expect(r.changes).toEqual(['新增 targets/new-target.json']);
    expect(checkContent(root).errors).toEqual([]);
  });
});

/** The fixture site plus a target counted in per cent (what a county's 普惠率 target looks like). */
function withPercentTarget(): string {
  const root = copyContent();
  const carers = JSON.parse(readFileSync(join(root, 'targets', 'carers.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(root, 'targets', 'puhui-rate.json'), `${JSON.stringify({ ...carers, title: '普惠性幼儿园覆盖率', unit: '%', target: { kind: 'number', value: 85 }, order: 9 }, null, 2)}\n`);
  return root;
}

/** An .xlsx whose cells carry number formats, as a spreadsheet program saves them. */
async function formatted(rows: { value: unknown; numFmt?: string }[][], sheetName = 'Sheet1'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  rows.forEach((r, i) => r.forEach((c, j) => {
    const cell = ws.getRow(i + 1).getCell(j + 1);
    cell.value = c.value as ExcelJS.CellValue;
    if (c.numFmt) cell.numFmt = c.numFmt;
  }));
  const file = tmpFile('in.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

const REPORT_HEADERS = ['月份（年-月）', '统计截止日期（年-月-日）', '目标编号', '完成数（累计数；定性目标写 是/否）', '示例数据标记（是/否）'];
const v = (value: unknown, numFmt?: string) => ({ value, numFmt });

describe("Excel's own cells", () => {
  it('a percent cell (stored as 0.85) is read as 85 where the target is counted in %', async () => {
    const root = withPercentTarget();
    const file = await formatted([
      REPORT_HEADERS.map((h) => v(h)),
      [v(new Date(Date.UTC(2025, 2, 1)), 'yyyy-mm'), v(new Date(Date.UTC(2025, 2, 31)), 'yyyy/m/d'), v('puhui-rate'), v(0.85, '0%'), v('是')],
      [v('2025-03'), v(''), v('carers'), v('１５'), v('')],
    ]);
    const r = await importSheet(file, root);
    expect(r.errors).toEqual([]);
    const report = JSON.parse(readFileSync(join(root, 'reports', '2025-03.json'), 'utf8')) as Record<string, unknown>;
    expect(report).toEqual({ month: '2025-03', asOf: '2025-03-31', values: { 'puhui-rate': 85, carers: 15 }, sample: true });
    expect(checkContent(root).errors).toEqual([]);
  });

  it('a CSV saved by Excel (dates 2025/3/31, 85%, a full-width number) imports', async () => {
    const root = withPercentTarget();
    const file = csv([REPORT_HEADERS.join(','), '2025/3,2025/3/31,puhui-rate,85%,是', '2025/3,2025/3/31,carers,"1,5",是'.replace('"1,5"', '１６')], 'gbk');
    const r = await importSheet(file, root);
    expect(r.errors).toEqual([]);
    expect(JSON.parse(readFileSync(join(root, 'reports', '2025-03.json'), 'utf8'))).toEqual({ month: '2025-03', asOf: '2025-03-31', values: { 'puhui-rate': 85, carers: 16 }, sample: true });
  });

  it('a percentage where the target is not counted in % is refused, naming row, column and value', async () => {
    const file = await formatted([
      REPORT_HEADERS.map((h) => v(h)),
      [v('2025-03'), v('2025-03-31'), v('carers'), v(0.5, '0.0%'), v('是')],
      [v('2025-03'), v('2025-03-31'), v('activity-rooms'), v('85%'), v('否')],
    ]);
    await refused(file, [
      '第 2 行，“完成数（累计数；定性目标写 是/否）”列：收到百分数“50%”，但目标“carers”的单位是“名”，不是 %。修改方法：写以“名”计的累计数：把单元格格式改为“常规”后重新输入数字；目标本身以 % 计时，先把目标的单位改为 %。',
      '第 3 行，“示例数据标记（是/否）”列：与第 2 行不一致（“是”和“否”）：同一条记录的行要写同一个值。修改方法：改成和第 2 行一样，或留空。',
    ]);
  });

  it('fee dates as Excel writes them (date cells, 2024/3/1, 2024年3月1日) change nothing', async () => {
    const row = (date: unknown, numFmt?: string) => FEE_HEADERS.map((_, i) => (i === 11 ? v(date, numFmt) : v(PUHUI_01[i])));
    for (const date of [[new Date(Date.UTC(2024, 2, 1)), 'yyyy/m/d'], ['2024/3/1'], ['2024年3月1日'], ['2024-3-1']] as const) {
      const root = copyContent();
      const before = snapshot(root);
      const r = await importSheet(await formatted([FEE_HEADERS.map((h) => v(h)), row(date[0], date[1])]), root);
      expect(r.errors, String(date[0])).toEqual([]);
      expect(r.changes).toEqual(['未变 kindergartens/nanmen-puhui.json']);
      expect(snapshot(root)).toEqual(before);
    }
  });

  it('an ambiguous date and a fee written as a percentage are refused', async () => {
    const row = PUHUI_01.map((c, i) => (i === 11 ? '3/1/2024' : i === 3 ? '55%' : c));
    await refused(await xlsx([FEE_HEADERS, row]), [
      '第 2 行，“保教费（元/月）”列：收到百分数“55%”，但这一列不是以 % 为单位的数。修改方法：写成普通数字：把单元格格式改为“常规”或“数值”后重新输入，例如 450；目标的单位是 % 时才能写百分数。',
      '第 2 行，“收费依据·执行日期（年-月-日）”列：看不出“3/1/2024”是哪年哪月哪日。修改方法：写成“年-月-日”，四位年份在前，例如 2024-09-01（Excel 中写 2024/9/1 也可以）。',
    ]);
  });

  it('numbers stored as text, with thousands separators, are numbers', async () => {
    const root = copyContent();
    const r = await importSheet(await xlsx([FEE_HEADERS, PUHUI_01.map((c, i) => (i === 3 ? '1,050' : i === 8 ? '１５' : c))]), root);
    expect(r.errors).toEqual([]);
    expect(r.changes).toEqual(['修改 kindergartens/nanmen-puhui.json：保教费（元/月）：550 → 1050']);
  });
});

describe('what staff see is what is imported', () => {
  it('only the active visible worksheet is read: a hidden first sheet is not', async () => {
    const wb = new ExcelJS.Workbook();
    const hidden = wb.addWorksheet('旧数据', { state: 'hidden' });
    hidden.addRow(FEE_HEADERS);
    hidden.addRow(PUHUI_01.map((c, i) => (i === 3 ? 300 : c)));
    const shown = wb.addWorksheet('收费');
    shown.addRow(FEE_HEADERS);
    shown.addRow(PUHUI_01.map((c, i) => (i === 3 ? 370 : c)));
    const other = wb.addWorksheet('草稿');
    other.addRow(['随便写写']);
    wb.views = [{ activeTab: 1 } as ExcelJS.WorkbookView];
    const file = tmpFile('in.xlsx');
    await wb.xlsx.writeFile(file);
    const root = copyContent();
    const r = await importSheet(file, root);
    expect(r.errors).toEqual([]);
    expect(r.changes).toEqual(['修改 kindergartens/nanmen-puhui.json：保教费（元/月）：550 → 370']);
    expect(r.warnings).toContain('只导入了当前工作表“收费”；其他工作表 “草稿” 没有读取。');
  });

  it('hidden rows, hidden columns with data and merged data cells are refused', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('收费');
    ws.addRow(FEE_HEADERS);
    ws.addRow(PUHUI_01);
    ws.addRow(['donghu-1', '', '', 300, '', '', '', '', 14, '元/天', '东发改〔2024〕5号', '2024-09-01', 300, '是']);
    ws.addRow(['donghu-2', '', '', 300, '', '', '', '', 14, '元/天', '东发改〔2024〕5号', '2024-09-01', 300, '是']);
    ws.getRow(2).hidden = true;
    ws.mergeCells('I3:I4');
    ws.getColumn(2).hidden = true;
    const file = tmpFile('in.xlsx');
    await wb.xlsx.writeFile(file);
    await refused(file, [
      '第 2 行：这一行被隐藏（或被筛选掉）了，导入时看不见的数据不会被导入。修改方法：取消隐藏或清除筛选，确认这一行要导入后重新导入；不要的行请删除。',
      '第 2 行，“全称（仅供查看）”列：这一列被隐藏了，但有数据。修改方法：取消隐藏（选中两侧的列，右键“取消隐藏”），确认数据后重新导入；不需要的列请删除。',
      '第 3 行，“伙食费·金额（元）”列：是合并单元格（I3 起的合并区域）。修改方法：取消合并（“合并后居中”再点一次），在每一行都填上自己的值后重新导入。',
      '第 4 行，“伙食费·金额（元）”列：是合并单元格（I3 起的合并区域）。修改方法：取消合并（“合并后居中”再点一次），在每一行都填上自己的值后重新导入。',
    ]);
  });
});

describe('files written by LibreOffice (tests/fixtures/sheets/README.md)', () => {
  const SHEETS = join(import.meta.dirname, '..', 'fixtures', 'sheets');

  it('a report with a percent cell and date cells', async () => {
    const root = withPercentTarget();
    const r = await importSheet(join(SHEETS, 'report-percent.xlsx'), root);
    expect(r.errors).toEqual([]);
    expect(r.changes).toEqual(['新增 reports/2025-03.json']);
    expect(JSON.parse(readFileSync(join(root, 'reports', '2025-03.json'), 'utf8'))).toEqual({ month: '2025-03', asOf: '2025-03-31', values: { 'puhui-rate': 85, carers: 16 }, sample: true });
    expect(checkContent(root).errors).toEqual([]);
  });

  it('without the % target the row is refused as an unknown target', async () => {
    await refused(join(SHEETS, 'report-percent.xlsx'), [
      '第 2 行，“完成数（累计数；定性目标写 是/否）”列：完成数（values）中的目标编号“puhui-rate”不存在。修改方法：目标编号是 content/targets/ 中的文件名（不含 .json）；拼错的请改正，已删除的目标请把这一行也删除。',
    ]);
  });

  it('fees with date cells, a thousands separator and numbers stored as text', async () => {
    const root = copyContent();
    const r = await importSheet(join(SHEETS, 'fees-excel.xlsx'), root);
    expect(r.errors).toEqual([]);
    expect(r.changes).toEqual([
      '修改 kindergartens/nanmen-puhui.json：保教费（元/月）：550 → 520',
      '修改 kindergartens/bei-an-1.json：保教费（元/月）：280 → 1050；核定收费上限（元/月）：300 → 1100',
    ]);
  });

  it('the sheet saved back as CSV writes dates as 03/01/24: refused as ambiguous, naming row, column and value', async () => {
    await refused(join(SHEETS, 'fees-saved-as-csv.csv'), [
      '第 2 行，“收费依据·执行日期（年-月-日）”列：看不出“03/01/24”是哪年哪月哪日。修改方法：写成“年-月-日”，四位年份在前，例如 2024-09-01（Excel 中写 2024/9/1 也可以）。',
      '第 3 行，“收费依据·执行日期（年-月-日）”列：看不出“09/01/24”是哪年哪月哪日。修改方法：写成“年-月-日”，四位年份在前，例如 2024-09-01（Excel 中写 2024/9/1 也可以）。',
    ]);
  });
});

describe('phones', () => {
  async function withPhone(phone: string) {
    const root = copyContent();
    const file = tmpFile('kg.xlsx');
    await exportContent('kindergartens', file, root);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    const col = (ws.getRow(1).values as unknown[]).indexOf('联系电话');
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'nanmen-puhui') row.getCell(col).value = phone;
    });
    await wb.xlsx.writeFile(file);
    return { root, file };
  }

  it('spaces, full-width digits and dashes are written in the documented form', async () => {
    const { root, file } = await withPhone('０４７９ 521—3366、138 0013 8000');
    const r = await importSheet(file, root);
    expect(r.errors).toEqual([]);
    expect(r.changes).toContain('修改 kindergartens/nanmen-puhui.json：联系电话：（空） → 0479-5213366、13800138000');
    expect(JSON.parse(readFileSync(join(root, 'kindergartens', 'nanmen-puhui.json'), 'utf8')).phone).toBe('0479-5213366、13800138000');
  });

  it('a number that cannot be normalised is refused with the fix', async () => {
    const { root, file } = await withPhone('0479-521、园长手机');
    const before = snapshot(root);
    const r = await importSheet(file, root);
    expect(r.errors).toEqual(['第 6 行，“联系电话”列：“0479-521”不是常见的电话号码格式。修改方法：座机写区号-号码，例如 0472-1234567；手机写 11 位，例如 13800138000；也可写 400-123-4567 或 12345。多个号码用“、”隔开。']);
    expect(snapshot(root)).toEqual(before);
  });
});

/** The kindergarten sheet of the fixture site with row edits applied (by 网址名), as an .xlsx. */
async function kgSheet(root: string, edit: (id: string, set: (header: string, v: unknown) => void) => void, extra: Record<string, unknown>[] = []): Promise<string> {
  const file = tmpFile('kg.xlsx');
  await exportContent('kindergartens', file, root);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  ws.eachRow((row, n) => {
    if (n === 1) return;
    edit(String(row.getCell(1).value), (h, v) => {
      expect(headers, h).toContain(h);
      row.getCell(headers.indexOf(h) + 1).value = v as ExcelJS.CellValue;
    });
  });
  for (const e of extra) ws.addRow(headers.map((h) => (e[h] ?? null) as ExcelJS.CellValue));
  await wb.xlsx.writeFile(file);
  return file;
}

describe('ids from sheets never leave content/<collection>/', () => {
  const NEW_KG = {
    全称: '示例新建幼儿园', 类型: '普惠性民办', '街道/乡镇': '东湖街道', '核定学位数（个）': 25, '在园幼儿数（人）': 20, '保教费（元/月）': 600,
    '伙食费·金额（元）': 15, '伙食费·单位（元/天 或 元/月）': '元/天', 收费依据·文号: '东教备〔2024〕1号', '收费依据·执行日期（年-月-日）': '2024-03-01',
    '办园许可证（已取得、办理中、无证）': '已取得', '信息核对日期（年-月-日）': '2024-09-01', '示例数据标记（是/否）': '是',
  };
  it.each([['../../tsconfig'], ['../../pwned'], ['..'], ['a/b'], ['a\\b'], ['.hidden'], ['Donghu-9'], ['东湖九园'], ['a..b'], ['x'.repeat(101)]])('%s is refused before any path is built', async (id) => {
    // A repository of its own: content/ beside a tsconfig.json the id tries to reach.
    const repo = mkdtempSync(join(tmpdir(), 'xqjy-repo-'));
    const root = join(repo, 'content');
    cpSync(CONTENT, root, { recursive: true });
    writeFileSync(join(repo, 'tsconfig.json'), '{}\n');
    const file = await kgSheet(root, () => undefined, [{ ...NEW_KG, '网址名（文件名）': id }]);
    const before = snapshot(repo);
    const r = await importSheet(file, root);
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([`第 8 行，“网址名（文件名）”列：“${id}”不能用作文件名：只能用小写英文字母、数字和连字符“-”。修改方法：例如 dongcheng-1，不要用中文、空格、点、斜杠或大写字母。`]);
    expect(snapshot(repo)).toEqual(before);
  });
});

describe('a “new” row whose id exists', () => {
  it('is refused when it names another kindergarten', async () => {
    const root = copyContent();
    const before = snapshot(root);
    const file = await kgSheet(root, (id, set) => id === 'donghu-2' && set('全称', '东湖新建幼儿园'));
    const r = await importSheet(file, root);
    expect(r.errors).toEqual([
      '第 4 行，“网址名（文件名）”列：网址名“donghu-2”已经是“东湖第二幼儿园”的（content/kindergartens/donghu-2.json），这一行写的是“东湖新建幼儿园”。修改方法：新的幼儿园请换一个没有用过的网址名；确实是“东湖第二幼儿园”改名了，请把原名“东湖第二幼儿园”写进“简称（用“；”分隔）”，以便还能搜到它。',
    ]);
    expect(snapshot(root)).toEqual(before);
  });
  it('is accepted as a rename when the old name is kept as a short name', async () => {
    const root = copyContent();
    const file = await kgSheet(root, (id, set) => {
      if (id !== 'donghu-2') return;
      set('全称', '东湖新建幼儿园');
      set('简称（用“；”分隔）', '东湖第二幼儿园');
    });
    const r = await importSheet(file, root);
    expect(r.errors).toEqual([]);
    expect(r.written).toEqual(['kindergartens/donghu-2.json']);
  });
});

describe('an import killed half-way is completed or rolled back by the next run', () => {
  const IMPORT = join(import.meta.dirname, '..', '..', 'scripts', 'import.ts');
  const run = (root: string, file: string, kill?: string) =>
    spawnSync(process.execPath, [IMPORT, file], { encoding: 'utf8', env: childEnv({ CONTENT_DIR: root, XQJY_IMPORT_KILL_AFTER: kill }) });
  /** A fees sheet changing three kindergartens' tuition. */
  async function threeChanges(root: string) {
    const file = tmpFile('fees.xlsx');
    await exportContent('fees', file, root);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.worksheets[0]!.eachRow((row) => {
      const id = row.getCell(1).value;
      if (id === 'nanmen-puhui') row.getCell(4).value = 520;
      if (id === 'xishan-puhui') row.getCell(4).value = 510;
      if (id === 'nanmen-minban') row.getCell(9).value = 16;
    });
    await wb.xlsx.writeFile(file);
    return file;
  }
  const amounts = (root: string) => ['nanmen-puhui', 'xishan-puhui'].map((id) => (JSON.parse(readFileSync(join(root, 'kindergartens', `${id}.json`), 'utf8')) as { fees: { tuition: { amount: number }[] } }).fees.tuition[0]!.amount);

  it.each([['1'], ['2'], ['0']])('killed after %s renames: the next run finishes the import', async (n) => {
    const root = copyContent();
    const file = await threeChanges(root);
    const killed = run(root, file, n);
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(join(root, '.import', 'journal.json'))).toBe(true);
    // validate explains the folder instead of failing on it.
    expect(checkContent(root).errors).toEqual([]);
    expect(checkContent(root).warnings).toContain('content/.import/ 是一次被中断的导入留下的。修改方法：再运行一次 npm run import（任何表格，包括同一个），它会先完成或撤销上次的导入；这个文件夹不会发布。');
    const again = run(root, file);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain('⚠ 上次导入在写入文件时被中断：已按它的记录完成写入（共 3 个文件');
    expect(existsSync(join(root, '.import'))).toBe(false);
    expect(amounts(root)).toEqual([520, 510]);
    expect(again.stdout).toContain('导入完成：写入 0 个文件');
    expect(checkContent(root).errors).toEqual([]);
  });

  it('killed while staging (before the commit point): content/ untouched, the next run rolls back and imports', async () => {
    const root = copyContent();
    const before = snapshot(root);
    const file = await threeChanges(root);
    const killed = run(root, file, 'staged');
    expect(killed.signal).toBe('SIGKILL');
    const after = snapshot(root);
    expect(Object.keys(after).filter((k) => !k.startsWith('/.import/')).sort()).toEqual(Object.keys(before).sort());
    for (const k of Object.keys(before)) expect(after[k], k).toBe(before[k]);
    const again = run(root, file);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain('⚠ 上次导入在写入文件之前被中断：content/ 没有被修改，已删除它留下的临时文件夹 content/.import/。');
    expect(amounts(root)).toEqual([520, 510]);
    expect(again.stdout).toContain('导入完成：写入 3 个文件');
  });

  it('old .import-tmp leftovers are removed and explained', async () => {
    const root = copyContent();
    const file = await threeChanges(root);
    writeFileSync(join(root, 'kindergartens', 'donghu-1.json.import-tmp'), '{"half":');
    const r = await importSheet(file, root);
    expect(r.errors).toEqual([]);
    expect(r.warnings[0]).toBe('已删除较早的导入中断后留下的 1 个临时文件（kindergartens/donghu-1.json.import-tmp）；对应的内容文件没有被它们修改。需要这些修改请重新导入表格。');
    expect(existsSync(join(root, 'kindergartens', 'donghu-1.json.import-tmp'))).toBe(false);
  });

  it('a broken content file is reported in Chinese, not thrown', async () => {
    const root = copyContent();
    mkdirSync(join(root, 'kindergartens'), { recursive: true });
    writeFileSync(join(root, 'kindergartens', 'donghu-1.json'), '{"name": ');
    const r = await importSheet(csv([FEE_HEADERS.join(','), PUHUI_01.join(',')]), root);
    expect(r.ok).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^内容错误：.*kindergartens\/donghu-1\.json\n/);
    expect(r.errors[0]).toContain('先改正这个文件（npm run validate 列出 content/ 中的全部错误），再导入表格。');
  });
});
