// The blank template sheets shipped in templates/ carry exactly the columns the import reads today.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHEET_KINDS, SHEET_KIND_NAMES } from '../../src/lib/sheets/kinds.ts';
import { readSheetFile } from '../../scripts/sheet-io.ts';

describe('shipped templates', () => {
  it.each(SHEET_KIND_NAMES.map((k) => [k]))('templates/%s.xlsx has the current headers and no rows (else run npm run templates)', async (kind) => {
    const sheet = await readSheetFile(join(import.meta.dirname, '..', '..', 'templates', `${kind}.xlsx`));
    expect(sheet.rows[0]?.cells).toEqual(SHEET_KINDS[kind].columns.map((c) => c.header));
    expect(sheet.rows.slice(1).filter((r) => r.cells.some((c) => String(c ?? '').trim() !== ''))).toEqual([]);
  });
});
