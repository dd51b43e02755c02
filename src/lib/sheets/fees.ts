/**
 * The 收费 spreadsheet: fees of existing kindergartens. Pure.
 */
import { col } from './columns.ts';
import { unit, kl, VIEW, ID_HEADER, idColumn, type SheetKind } from './kind.ts';
import { FEE_COLUMNS, kgRows, finishTuition } from './kindergartens.ts';

/** The 收费 sheet: the fee columns of the 幼儿园 sheet alone, for existing kindergartens. */
export const fees: SheetKind = {
  name: 'fees',
  title: '收费',
  collection: 'kindergartens',
  idHeader: ID_HEADER,
  creates: false,
  columns: [
    idColumn('幼儿园文件名（不含 .json），新的幼儿园请用幼儿园表添加。'),
    { ...col.text(unit(kl('name'), VIEW), ['name']), readOnly: true },
    { ...col.text(unit(kl('type'), VIEW), ['type']), readOnly: true },
    ...FEE_COLUMNS,
    col.bool(unit(kl('sample'), '是/否'), ['sample'], { hint: '这所幼儿园的任何一项信息不是官方数据时写“是”（与幼儿园表的同一列相同）。' }),
  ],
  exportRows: kgRows,
  finish: finishTuition,
  blank: () => ({}),
};
