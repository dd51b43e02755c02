/** `npm run validate`: checks every content file and prints Chinese errors naming file, field and fix. */
import { checkContent } from './load-content.ts';

const { entries, errors, warnings } = checkContent();
for (const w of warnings) console.warn(`⚠ ${w}`);
if (errors.length) {
  for (const e of errors) console.error(`${e.message}\n`);
  console.error(`内容检查未通过：${errors.length} 个文件有错误。改正后再运行 npm run validate；有错误时网站不会生成。`);
  process.exit(1);
}
const counts = Object.entries(entries).map(([k, v]) => `${k} ${v.length}`).join('，');
console.log(`内容检查通过（${counts}）。`);
