/**
 * `npm run new-report -- 2024-07`: writes content/reports/2024-07.json listing every target with last
 * month's cumulative values, ready for staff to update. Refuses to overwrite an existing file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './load-content.ts';
import { scaffoldReport, type PreviousReport } from '../src/lib/report-scaffold.ts';

const month = process.argv[2] ?? '';
const root = contentDir();
const file = join(root, 'reports', `${month}.json`);
try {
  if (existsSync(file)) throw new Error(`${file} 已存在，不会覆盖。要修改请直接编辑它。`);
  // A county without targets yet still gets an (empty) report; without reports/ the folder is created.
  const targets = (existsSync(join(root, 'targets')) ? readdirSync(join(root, 'targets')) : [])
    .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    .sort()
    .map((f) => {
      const data = JSON.parse(readFileSync(join(root, 'targets', f), 'utf8')) as { target?: { kind?: string } };
      return { id: f.slice(0, -5), qualitative: data.target?.kind === 'qualitative' };
    });
  const reports = existsSync(join(root, 'reports'))
    ? readdirSync(join(root, 'reports')).filter((f) => /^\d{4}-\d{2}\.json$/.test(f)).sort()
    : [];
  const latest = reports.at(-1);
  const previous = latest ? (JSON.parse(readFileSync(join(root, 'reports', latest), 'utf8')) as PreviousReport) : undefined;
  const report = scaffoldReport(month, targets, previous);
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  const from = !previous ? '0（没有更早的月报）' : previous.sample ? `0（${previous.month} 月报是示例数据，不沿用）` : `${previous.month} 月报`;
  console.log(`已生成 ${file}：${targets.length} 项目标，数值沿用 ${from}。`);
  console.log(`请改成截至 ${report.asOf} 的累计完成数，写上本月说明，然后运行 npm run validate 检查。`);
} catch (e) {
  console.error(`✖ ${(e as Error).message}`);
  process.exit(1);
}
