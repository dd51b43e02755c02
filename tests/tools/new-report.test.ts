// `npm run new-report` writes a report that passes validation and lists every target; it never overwrites.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/load-content.ts';
import { childEnv } from '../helpers/child-env.ts';

/** A fixture site (never content/: a county replaces it); its latest report, 2025-02, is sample data. */
const SITE = join(import.meta.dirname, '..', 'fixtures', 'sites', 'district-streets');

const run = (content: string, month: string) =>
  spawnSync(process.execPath, ['scripts/new-report.ts', month], { encoding: 'utf8', env: childEnv({ CONTENT_DIR: content }) });

describe('new-report script', () => {
  it('scaffolds a valid report with every target, then refuses to overwrite it', () => {
    const content = mkdtempSync(join(tmpdir(), 'xqjy-report-'));
    cpSync(SITE, content, { recursive: true });
    const r = run(content, '2025-03');
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(content, 'reports', '2025-03.json'), 'utf8')) as { values: Record<string, unknown>; asOf: string };
    const targets = readdirSync(join(content, 'targets')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
    expect(Object.keys(report.values).sort()).toEqual(targets.sort());
    expect(report.asOf).toBe('2025-03-31');
    expect(checkContent(content).errors.map((e) => e.message)).toEqual([]);
    const again = run(content, '2025-03');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('已存在，不会覆盖');
  });
  it('creates content/reports/ when a county has no report yet', () => {
    const content = mkdtempSync(join(tmpdir(), 'xqjy-report-'));
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'sites', 'county-towns'), content, { recursive: true });
    expect(existsSync(join(content, 'reports'))).toBe(false);
    const r = run(content, '2025-03');
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(content, 'reports', '2025-03.json'))).toBe(true);
    expect(checkContent(content).errors.map((e) => e.message)).toEqual([]);
  });
  it('refuses a malformed month with a Chinese message', () => {
    const r = run(SITE, '2024/7');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('月份格式不对');
  });
  it('refuses a month that would leave content/reports/ before building any path (issue 19)', () => {
    const content = mkdtempSync(join(tmpdir(), 'xqjy-report-'));
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'sites', 'county-towns'), content, { recursive: true });
    const r = run(join(content, 'inner'), '../../pwned');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('月份格式不对：“../../pwned”');
    expect(existsSync(join(content, 'pwned.json'))).toBe(false);
    expect(existsSync(join(content, 'inner'))).toBe(false);
  });
});

describe('new-report goes through the loader', () => {
  const copy = () => {
    const content = mkdtempSync(join(tmpdir(), 'xqjy-report-'));
    cpSync(SITE, content, { recursive: true });
    return content;
  };
  it('carries a sample month forward as sample data, with its figures and a note, and says so', () => {
    const content = copy();
    const r = run(content, '2025-03');
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(content, 'reports', '2025-03.json'), 'utf8')) as Record<string, unknown>;
    const previous = JSON.parse(readFileSync(join(content, 'reports', '2025-02.json'), 'utf8')) as Record<string, unknown>;
    expect(report.values).toEqual(previous.values);
    expect(report.breakdown).toEqual(previous.breakdown);
    expect(report.sample).toBe(true);
    expect(report.sampleNote).toBe('数值沿用 2025-02 月报的示例数据，不是本月的官方数据。');
    expect(r.stdout).toContain('数值沿用 2025-02 月报。');
    expect(r.stdout).toContain('注意：2025-02 月报是示例数据，新月报沿用了它的数字，所以也标为示例数据');
    expect(checkContent(content).errors.map((e) => e.message)).toEqual([]);
  });
  it('a real month scaffolds a real one', () => {
    const content = copy();
    const file = join(content, 'reports', '2025-02.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"sample": true', '"sample": false'));
    const r = run(content, '2025-03');
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(content, 'reports', '2025-03.json'), 'utf8')) as Record<string, unknown>;
    expect(report.sample).toBe(false);
    expect(report.sampleNote).toBeUndefined();
    expect(r.stdout).not.toContain('示例数据');
  });
  it('creates content/reports/ when it is missing', () => {
    const content = copy();
    rmSync(join(content, 'reports'), { recursive: true });
    const r = run(content, '2024-01');
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(content, 'reports', '2024-01.json'))).toBe(true);
    expect(r.stdout).toContain('数值沿用 0（没有更早的月报）');
  });
  it('refuses a month that already has a report under another file name', () => {
    const content = copy();
    cpSync(join(content, 'reports', '2025-02.json'), join(content, 'reports', '2025-02-final.json'));
    rmSync(join(content, 'reports', '2025-02.json'));
    const before = readFileSync(join(content, 'reports', '2025-02-final.json'), 'utf8');
    const r = run(content, '2025-02');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('2025-02 已有月报 content/reports/2025-02-final.json，不会覆盖');
    expect(existsSync(join(content, 'reports', '2025-02.json'))).toBe(false);
    expect(readFileSync(join(content, 'reports', '2025-02-final.json'), 'utf8')).toBe(before);
  });
  it('refuses broken content, naming the file, and writes nothing', () => {
    const content = copy();
    writeFileSync(join(content, 'targets', 'walls.json'), '{"task": "seats", "task": "conduct"}');
    const r = run(content, '2025-09');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('targets/walls.json');
    expect(r.stderr).toContain('第 1 行：字段 task 写了两次');
    expect(existsSync(join(content, 'reports', '2025-09.json'))).toBe(false);
  });
});
