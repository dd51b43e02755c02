// The shipped targets against the official plan: every figure of the plan's tasks has a target, every
// target quotes the plan verbatim and carries the plan's own figure. Nothing invented, nothing missing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/load-content.ts';
import type { MilestoneData } from '../../src/schemas/milestone.ts';
import type { ReportData } from '../../src/schemas/report.ts';
import type { TargetData } from '../../src/schemas/target.ts';
import type { TaskData } from '../../src/schemas/task.ts';

const source = readFileSync(join(import.meta.dirname, 'source', 'kundulun-preschool-plan-2023-12-18.txt'), 'utf8');
const flat = source.replace(/\s+/g, '');
const { entries, errors } = checkContent(join(import.meta.dirname, '..', '..', 'content'));
const targets = entries.targets!.map((e) => ({ id: e.id, ...(e.data as TargetData) }));
const tasks = entries.tasks!.map((e) => ({ id: e.id, ...(e.data as TaskData) }));

// 三、工作任务 and 四、保障措施: where the plan's targets are.
const tasksText = flat.slice(flat.indexOf('三、工作任务'), flat.indexOf('附件：'));
const UNITS = '㎡|个|人|名|所|间|樘|m|台|套|本|项';
const figures = [...tasksText.matchAll(new RegExp(`(\\d+)(?:至(\\d+))?(${UNITS})`, 'g'))];
// Figures that describe rather than promise: how many 教办幼儿园 there are, a document number.
const CONTEXT = new Set(['12所']);

describe('the plan’s targets', () => {
  it('the shipped content is valid', () => expect(errors.map((e) => e.message)).toEqual([]));

  it('finds the plan’s figures (guards the regex)', () => {
    expect(figures.length).toBeGreaterThanOrEqual(30);
  });

  it.each(figures.filter((m) => !CONTEXT.has(m[0])).map((m) => [m[0], m.index!]))('“%s” (at %d) is a target', (text, at) => {
    // The target whose quote covers this occurrence of the figure.
    const covering = targets.filter((t) => {
      const q = t.source.quote.replace(/\s+/g, '');
      let from = 0;
      for (let i = tasksText.indexOf(q, from); i >= 0; i = tasksText.indexOf(q, from)) {
        if (i <= at && at < i + q.length) return true;
        from = i + 1;
      }
      return false;
    });
    expect(covering.length, `no target quotes ${text}`).toBeGreaterThan(0);
    const m = new RegExp(`^(\\d+)(?:至(\\d+))?(${UNITS})$`).exec(text)!;
    const [, a, b, unit] = m;
    const carries = covering.some((t) =>
      t.target.kind === 'number' ? t.target.value === Number(a) && t.unit === unit :
      t.target.kind === 'range' ? t.target.min === Number(a) && t.target.max === Number(b) && t.unit === unit : false,
    );
    expect(carries, `${text}: ${covering.map((t) => t.id).join(', ')}`).toBe(true);
  });

  it.each(targets.map((t) => [t.id, t]))('%s quotes the plan verbatim and carries its figure', (_id, t) => {
    expect(flat).toContain(t.source.quote.replace(/\s+/g, ''));
    const q = t.source.quote;
    if (t.target.kind === 'number' && t.unit !== '%') expect(q).toContain(`${t.target.value}${t.unit}`);
    if (t.target.kind === 'range') expect(q).toContain(`${t.target.min}至${t.target.max}${t.unit}`);
    expect(t.source.section.startsWith(tasks.find((k) => k.id === t.task)!.source.section)).toBe(true);
  });

  it.each([
    // The qualitative targets the plan sets without a figure.
    'outdoor-play-equipment', 'unified-meal-fee', 'private-rectification', 'unlicensed-institutions',
    'publicity-video', 'publicity-album', 'publicity-boards',
    // 全员持证上岗 is 100 %.
    'certified-staff',
  ])('%s is there', (id) => expect(targets.map((t) => t.id)).toContain(id));

  it('the 12 教办幼儿园 and the staffing ratios are stated on the teachers target', () => {
    const t = targets.find((x) => x.id === 'teachers-jiaoban')!;
    expect(t.note).toContain('12所');
    expect(t.note).toContain('1:7');
    expect(t.note).toContain('1:9');
  });

  it('responsible and cooperating units are the plan’s, verbatim', () => {
    for (const t of targets) {
      // Every unit named on a target appears in the plan's responsibility lines (or, for 48 项, its sentence).
      for (const u of [...t.responsible, ...t.cooperating]) expect(flat, `${t.id}: ${u}`).toContain(u);
    }
  });

  it('every task of 三、工作任务 has its page', () => {
    const work = tasks.filter((t) => t.source.section.startsWith('三、')).sort((a, b) => a.order - b.order);
    expect(work.map((t) => t.label)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
    for (const t of tasks) expect(flat).toContain(`${t.label.replace(/^保障措施/, '')}${t.title}`);
  });

  it('milestones quote the plan; only the issue date is reached', () => {
    const ms = entries.milestones!.map((e) => ({ id: e.id, ...(e.data as MilestoneData) }));
    for (const m of ms) expect(flat).toContain(m.source.quote);
    expect(ms.filter((m) => m.status === '已完成').map((m) => [m.id, m.date])).toEqual([['plan-issued', '2023-12-18']]);
  });

  it('every monthly report is marked sample (no official report is published yet)', () => {
    for (const r of entries.reports!) expect((r.data as ReportData).sample, r.path).toBe(true);
  });
});
