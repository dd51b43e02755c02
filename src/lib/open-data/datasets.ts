/**
 * Open data (/data/): the site's datasets as flat tables — targets, monthly reports (long format),
 * kindergartens with fees and seats, fee adjustments, indicators — each served as CSV and JSON with the same
 * rows. This file holds what every dataset shares (the types, the CSV and JSON files); each dataset is built in
 * its own file (targets.ts, reports.ts, kindergartens.ts, fee-adjustments.ts, indicators.ts) from fields taken
 * from the schemas' Chinese labels (fields.ts). Pure: queries hand in the records.
 *
 * Cell model, shared by both formats so that a CSV row equals its JSON row cell for cell: a cell is a string,
 * a number or null (no value). Yes/no fields are the strings 是 and 否; lists are joined with 、; empty text is
 * null. JSON rows are objects keyed by the fields' ASCII keys; the CSV header row is the fields' Chinese
 * labels (unit in brackets, as figure CSVs). The CSV writer is the figures' `toCsv` (BOM, CRLF, formula guard).
 */
import { columnHeader, toCsv, type Cell, type Column } from '../core/figure.ts';
import { datasetPaths } from '../core/urls.ts';

/** How a field's cells read: numbers, text, dates (YYYY-MM-DD text) or 是/否. */
export type FieldType = '数字' | '文字' | '日期' | '是/否';

/** A column of a dataset: a figure column plus its type and what it means. */
export interface DatasetField extends Column {
  type: FieldType;
  /** One Chinese sentence: where the value comes from (the content field and its label) and its limits. */
  description: string;
}

/** The datasets of /data/, by URL name (/data/sets/<id>.csv and .json). */
export const DATASET_IDS = ['targets', 'reports', 'kindergartens', 'fee-adjustments', 'indicators'] as const;
/** A dataset URL name. */
export type DatasetId = (typeof DATASET_IDS)[number];

/** One dataset: metadata and rows. */
export interface Dataset {
  id: DatasetId;
  title: string;
  description: string;
  fields: DatasetField[];
  rows: Record<string, Cell>[];
  /** Latest date the data is true for (YYYY-MM-DD); null when the rows carry none. */
  asOf: string | null;
  source: string;
  /** True when any row comes from a record marked sample. */
  sample: boolean;
}

/** True when the dataset has rows: an empty dataset gets no files, the /data/ page says so instead. */
export function hasData(ds: Pick<Dataset, 'rows'>): boolean {
  return ds.rows.length > 0;
}

/** The CSV file: the rows under Chinese headers, UTF-8 with BOM, CRLF, formula-like text neutralised. */
export function datasetCsv(ds: Dataset): string {
  return toCsv({ columns: ds.fields, rows: ds.rows });
}

/** The JSON document: metadata (fields with labels and descriptions, as-of date, source, sample) and the rows. */
export interface DatasetDocument {
  id: string;
  title: string;
  description: string;
  asOf: string | null;
  source: string;
  sample: boolean;
  /** Site-relative path of the CSV with the same rows. */
  csv: string;
  rowCount: number;
  fields: { key: string; label: string; header: string; unit: string | null; type: FieldType; description: string }[];
  rows: Record<string, Cell>[];
}

/** The JSON document of a dataset; rows list every field key in field order (null for no value). */
export function datasetDocument(ds: Dataset): DatasetDocument {
  return {
    id: ds.id,
    title: ds.title,
    description: ds.description,
    asOf: ds.asOf,
    source: ds.source,
    sample: ds.sample,
    csv: datasetPaths(ds.id).csv,
    rowCount: ds.rows.length,
    fields: ds.fields.map((f) => ({ key: f.key, label: f.label, header: columnHeader(f), unit: f.unit ?? null, type: f.type, description: f.description })),
    rows: ds.rows.map((r) => Object.fromEntries(ds.fields.map((f) => [f.key, r[f.key] ?? null]))),
  };
}

/** The JSON file's text (UTF-8, no BOM, one line plus a newline). */
export function datasetJson(ds: Dataset): string {
  return `${JSON.stringify(datasetDocument(ds))}\n`;
}

/** Size in bytes of a file's UTF-8 text (the BOM counts three). */
export function byteSize(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** “820 字节”, “12.3 KB”, “1.2 MB”. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} 字节`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
