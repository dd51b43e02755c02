/**
 * `npm run templates`: writes the blank template sheets shipped in templates/ (one per sheet kind), so staff
 * can start from a file in the repository. tests/tools/templates.test.ts fails when a shipped template's headers
 * no longer match the current columns; then run this again.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHEET_KIND_NAMES } from '../src/lib/sheets/kinds.ts';
import { exportTemplate } from './sheet-io.ts';

const dir = join(import.meta.dirname, '..', 'templates');
mkdirSync(dir, { recursive: true });
for (const kind of SHEET_KIND_NAMES) console.log(await exportTemplate(kind, join(dir, `${kind}.xlsx`)));
