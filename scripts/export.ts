/**
 * `npm run export -- kindergartens|fees|targets <file.xlsx>`, `npm run export -- report [2024-06] <file.xlsx>`
 * (latest month by default), `npm run export -- template <kind> <file.xlsx>` (blank sheet with header notes).
 */
import { contentDir } from './load-content.ts';
import { exportContent, exportTemplate, SheetFileError } from './sheet-io.ts';
import { SHEET_KIND_NAMES, type SheetKindName } from '../src/lib/sheets/kinds.ts';

const USAGE = `用法：
  npm run export -- kindergartens 幼儿园.xlsx
  npm run export -- fees 收费.xlsx
  npm run export -- targets 目标.xlsx
  npm run export -- report 月报.xlsx            （最近一个月）
  npm run export -- report 2024-07 月报.xlsx    （指定月份；还没有该月月报时按上月数字生成）
  npm run export -- template kindergartens 幼儿园模板.xlsx   （空白模板：${SHEET_KIND_NAMES.join('、')}）`;

const args = process.argv.slice(2);
const isKind = (s: string | undefined): s is SheetKindName => SHEET_KIND_NAMES.includes(s as SheetKindName);
try {
  let message: string;
  const [what, second, third] = args;
  if (what === 'template' && isKind(second) && third) message = await exportTemplate(second, third);
  else if (what === 'report' && second && third && args.length === 3) message = await exportContent('report', third, contentDir(), second);
  else if (isKind(what) && second && args.length === 2) message = await exportContent(what, second, contentDir());
  else throw new SheetFileError(USAGE);
  console.log(message);
} catch (e) {
  if (!(e instanceof SheetFileError)) throw e;
  console.error(`✖ ${e.message}`);
  process.exit(1);
}
