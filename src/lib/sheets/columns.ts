/**
 * The column kinds of the staff spreadsheets (text, date, number, 是/否, list): each reads its value out of a raw
 * content record and writes a cell back into a copy of it. Pure.
 */
import { blank, cellBool, cellDate, cellList, cellNumber, cellText, fieldKey, getAt, isBlank, LIST_SEPARATOR, setAt, type Column } from './cells.ts';

function ownsPrefix(field: string): (path: string) => boolean {
  return (path) => {
    const k = fieldKey(path);
    return k === field || k.startsWith(`${field}.`);
  };
}

interface ColumnOptions {
  choices?: readonly string[];
  required?: boolean;
  readOnly?: boolean;
  hint?: string;
}

/** Columns for the usual field kinds, at `path` in the record. */
export const col = {
  /**
   * Text. Required text: a blank cell is an error. Optional text (schema default ''): a blank cell keeps an
   * absent key absent and empties a present one.
   */
  text(header: string, path: string[], o: ColumnOptions = {}): Column {
    return {
      header, field: path.join('.'), ...o, owns: ownsPrefix(path.join('.')),
      read: (raw) => {
        const v = getAt(raw, path);
        return typeof v === 'string' ? v : v === undefined ? '' : String(v);
      },
      write: (draft, cell) => {
        const t = cellText(cell);
        if (t === '' && o.required) return blank(header);
        if (t === '' && getAt(draft, path) === undefined) return undefined;
        setAt(draft, path, t);
        return undefined;
      },
    };
  },
  /** Text that the schema wants absent when empty (optional dates). */
  optionalText(header: string, path: string[], o: ColumnOptions = {}): Column {
    return {
      header, field: path.join('.'), ...o, owns: ownsPrefix(path.join('.')),
      read: (raw) => (getAt(raw, path) as string | undefined) ?? '',
      write: (draft, cell) => {
        const t = cellText(cell);
        setAt(draft, path, t === '' ? undefined : t);
        return undefined;
      },
    };
  },
  /** A date (年-月-日): Excel's date cells and date texts are written as yyyy-mm-dd; blank deletes an optional date. */
  date(header: string, path: string[], o: ColumnOptions = {}): Column {
    return {
      header, field: path.join('.'), ...o, owns: ownsPrefix(path.join('.')),
      read: (raw) => (getAt(raw, path) as string | undefined) ?? '',
      write: (draft, cell) => {
        if (isBlank(cell)) {
          if (o.required) return blank(header);
          setAt(draft, path, undefined);
          return undefined;
        }
        const d = cellDate(cell);
        if (typeof d === 'object') return d;
        setAt(draft, path, d);
        return undefined;
      },
    };
  },
  /** A number (integer when `integer`); blank deletes an optional number, and is an error when required. */
  number(header: string, path: string[], integer: boolean, o: ColumnOptions = {}): Column {
    return {
      header, field: path.join('.'), ...o, numeric: true, owns: ownsPrefix(path.join('.')),
      read: (raw) => {
        const v = getAt(raw, path);
        return typeof v === 'number' ? v : v === undefined ? '' : String(v);
      },
      write: (draft, cell) => {
        const n = cellNumber(cell, integer);
        if (typeof n === 'object') return n;
        if (n === undefined && o.required) return blank(header);
        setAt(draft, path, n);
        return undefined;
      },
    };
  },
  /** true/false shown as 是/否; blank or 否 keeps an absent key absent (the schema's default is false). */
  bool(header: string, path: string[], o: ColumnOptions = {}): Column {
    return {
      header, field: path.join('.'), choices: ['是', '否'], ...o, owns: ownsPrefix(path.join('.')),
      read: (raw) => (getAt(raw, path) === true ? '是' : '否'),
      write: (draft, cell) => {
        const b = cellBool(cell);
        if (typeof b === 'object') return b;
        if (!b && getAt(draft, path) === undefined) return undefined;
        setAt(draft, path, b ?? false);
        return undefined;
      },
    };
  },
  /** A list of texts written 甲、乙; blank keeps an absent key absent. */
  list(header: string, path: string[], o: ColumnOptions = {}): Column {
    return {
      header, field: path.join('.'), ...o, owns: ownsPrefix(path.join('.')),
      read: (raw) => {
        const v = getAt(raw, path);
        return Array.isArray(v) ? v.join(LIST_SEPARATOR) : '';
      },
      write: (draft, cell) => {
        const l = cellList(cell);
        if (!l.length && o.required) return blank(header);
        if (!l.length && getAt(draft, path) === undefined) return undefined;
        setAt(draft, path, l);
        return undefined;
      },
    };
  },
};
