import { describe, expect, it } from 'vitest';
import { fees } from '../../../src/lib/sheets/fees.ts';
import { ID_HEADER, VIEW } from '../../../src/lib/sheets/kind.ts';
import { FEE_COLUMNS, finishTuition, kgRows, kindergartens } from '../../../src/lib/sheets/kindergartens.ts';

describe('the 收费 sheet', () => {
  it('edits the kindergarten files and creates none', () => {
    expect(fees).toMatchObject({ name: 'fees', title: '收费', collection: 'kindergartens', idHeader: ID_HEADER, creates: false });
    expect(fees.exportRows).toBe(kgRows);
    expect(fees.finish).toBe(finishTuition);
    expect(fees.blank('x', new Map())).toEqual({});
  });
  it('shows name and type for reading only, then every fee column of the 幼儿园 sheet, then the sample flag', () => {
    const headers = fees.columns.map((c) => c.header);
    expect(headers.slice(0, 3)).toEqual([ID_HEADER, `全称（${VIEW}）`, `类型（${VIEW}）`]);
    expect(fees.columns.slice(1, 3).every((c) => c.readOnly)).toBe(true);
    expect(fees.columns.slice(3, 3 + FEE_COLUMNS.length)).toEqual(FEE_COLUMNS);
    expect(headers.at(-1)).toBe('示例数据标记（是/否）');
  });
  it('its sample column is the 幼儿园 sheet’s (same header, same field)', () => {
    const own = fees.columns.at(-1)!;
    const kg = kindergartens.columns.find((c) => c.header === own.header);
    expect(kg?.field).toBe(own.field);
  });
});
