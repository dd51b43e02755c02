import { describe, expect, it } from 'vitest';
import { SHEET_KIND_NAMES, SHEET_KINDS } from '../../../src/lib/sheets/kinds.ts';

describe('SHEET_KINDS', () => {
  it('has one kind per name, each carrying its own name', () => {
    expect(Object.keys(SHEET_KINDS).sort()).toEqual([...SHEET_KIND_NAMES].sort());
    for (const name of SHEET_KIND_NAMES) expect(SHEET_KINDS[name].name).toBe(name);
  });
  it('sheet titles differ (they are worksheet names)', () => {
    const titles = Object.values(SHEET_KINDS).map((k) => k.title);
    expect(new Set(titles).size).toBe(titles.length);
  });
  it.each(SHEET_KIND_NAMES.map((n) => [n]))('%s: headers unique and non-empty, the id column is one of them, multi-row headers exist', (name) => {
    const kind = SHEET_KINDS[name];
    const headers = kind.columns.map((c) => c.header);
    expect(new Set(headers).size).toBe(headers.length);
    expect(headers.filter((h) => h.trim() === '')).toEqual([]);
    expect(headers).toContain(kind.idHeader);
    for (const h of [kind.multiRow?.keyHeader, ...(kind.multiRow?.recordHeaders ?? [])].filter((h) => h !== undefined)) expect(headers).toContain(h);
  });
  it.each(SHEET_KIND_NAMES.map((n) => [n]))('%s: exporting empty content gives no rows', (name) => {
    const empty = { kindergartens: new Map(), reports: new Map(), targets: new Map(), tasks: new Map() };
    expect(SHEET_KINDS[name].exportRows(empty)).toEqual([]);
  });
});
