/**
 * `npm run new-report -- 2024-07`: writes content/reports/2024-07.json listing every target with last
 * month's cumulative values, ready for staff to update. Reads content through the loader (so a broken
 * target or report is named, not half-read), creates content/reports/ when missing, and refuses to
 * overwrite a month that already has a report.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, loadContent } from './load-content.ts';
import { entryPath } from '../src/content-read.ts';
import { byMonth } from '../src/lib/progress/order.ts';
import { scaffoldReport, type PreviousReport } from '../src/lib/progress/report-scaffold.ts';
import type { ReportData } from '../src/schemas/report.ts';
import type { TargetData } from '../src/schemas/target.ts';

const month = process.argv[2] ?? '';
const root = contentDir();
const dir = join(root, 'reports');
try {
  // The month becomes a file name: checked before any path is built from it.
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new Error(`月份格式不对：“${month}”。写成“年-月”，例如 2024-07。`);
  const file = entryPath(dir, month, '.json');
  if (existsSync(file)) throw new Error(`${file} 已存在，不会覆盖。要修改请直接编辑它。`);
  const entries = loadContent(root);
  const reports = (entries.reports ?? []).map((e) => ({ id: e.id, ...(e.data as ReportData) }));
  const other = reports.find((r) => r.month === month);
  if (other) throw new Error(`${month} 已有月报 content/reports/${other.id}.json，不会覆盖。要修改请直接编辑它。`);
  const targets = (entries.targets ?? []).map((e) => ({ id: e.id, qualitative: (e.data as TargetData).target.kind === 'qualitative' }));
  const latest = reports.sort(byMonth).at(-1);
  const previous: PreviousReport | undefined = latest;
  const report = scaffoldReport(month, targets, previous);
  mkdirSync(dir, { recursive: true });
  // 'wx' fails if the file appeared meanwhile: never overwrite a report.
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`, { flag: 'wx' });
  const from = !previous ? '0（没有更早的月报）' : `${previous.month} 月报`;
  console.log(`已生成 ${file}：${targets.length} 项目标，数值沿用 ${from}。`);
  if (report.sample) {
    console.log(`注意：${previous!.month} 月报是示例数据，新月报沿用了它的数字，所以也标为示例数据（"sample": true，网页上显示“示例数据”提示）。`);
    console.log(`填入真实数字后，把 "sample" 改为 false 并删除 "sampleNote"。`);
  }
  console.log(`请改成截至 ${report.asOf} 的累计完成数，写上本月说明，然后运行 npm run validate 检查。`);
} catch (e) {
  console.error(`✖ ${(e as Error).message}`);
  process.exit(1);
}
