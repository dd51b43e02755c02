/**
 * `npm run import -- <file.xlsx|file.csv>`: reads an exported (or template) sheet, validates every row
 * with the content validator and the cross-file rules, and writes the content files only when all is valid.
 */
import { contentDir } from './load-content.ts';
import { importSheet } from './sheet-io.ts';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error('✖ 用法：npm run import -- 幼儿园.xlsx（或 .csv）。一次导入一个文件。');
  process.exit(1);
}
const r = await importSheet(file, contentDir());
for (const w of r.warnings) console.warn(`⚠ ${w}`);
if (!r.ok) {
  for (const e of r.errors) console.error(`✖ ${e}`);
  console.error(`\n导入未完成：${r.errors.length} 处错误，没有修改任何文件。改正表格后重新导入。`);
  process.exit(1);
}
for (const c of r.changes) console.log(c);
console.log(`\n导入完成：写入 ${r.written.length} 个文件，${r.changes.length - r.written.length} 条未变。运行 npm run dev 预览，确认后提交（git commit）。`);
