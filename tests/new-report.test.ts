// `npm run new-report` writes a report that passes validation and lists every target; it never overwrites.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../scripts/load-content.ts';

const run = (content: string, month: string) =>
  spawnSync(process.execPath, ['scripts/new-report.ts', month], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });

describe('new-report script', () => {
  it('scaffolds a valid report with every target, then refuses to overwrite it', () => {
    const content = mkdtempSync(join(tmpdir(), 'xqjy-report-'));
    cpSync(join(import.meta.dirname, '..', 'content'), content, { recursive: true });
    const r = run(content, '2024-07');
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(content, 'reports', '2024-07.json'), 'utf8')) as { values: Record<string, unknown>; asOf: string };
    const targets = readdirSync(join(content, 'targets')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
    expect(Object.keys(report.values).sort()).toEqual(targets.sort());
    expect(report.asOf).toBe('2024-07-31');
    expect(checkContent(content).errors.map((e) => e.message)).toEqual([]);
    const again = run(content, '2024-07');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('已存在，不会覆盖');
  });
  it('creates content/reports/ when a county has no report yet', () => {
    const content = mkdtempSync(join(tmpdir(), 'xqjy-report-'));
    cpSync(join(import.meta.dirname, 'fixtures', 'sites', 'county-towns'), content, { recursive: true });
    expect(existsSync(join(content, 'reports'))).toBe(false);
    const r = run(content, '2025-03');
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(content, 'reports', '2025-03.json'))).toBe(true);
    expect(checkContent(content).errors.map((e) => e.message)).toEqual([]);
  });
  it('refuses a malformed month with a Chinese message', () => {
    const r = run(join(import.meta.dirname, '..', 'content'), '2024/7');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('月份格式不对');
  });
});
