/**
 * Cross-file rules for targets, tasks, monthly reports, milestones and indicators: references between
 * files, one report per month, values that fit their target. Each error names the file, the field and the fix.
 */
import { didYouMean, type FriendlyIssue } from '../content/errors.ts';
import { checkPolicyRef, policySlugs, type AllEntries, type CrossCheck } from './cross-checks.ts';
import { expectedValue, valueFits } from '../progress/engine.ts';
import { byMonth } from '../progress/order.ts';
import type { ValidEntry } from '../content/validate.ts';
import type { MilestoneData } from '../../schemas/milestone.ts';
import type { ReportData } from '../../schemas/report.ts';
import type { TargetData } from '../../schemas/target.ts';
import type { TaskData } from '../../schemas/task.ts';

function list<T>(entries: AllEntries, key: string): ValidEntry<T>[] {
  return (entries[key] ?? []) as ValidEntry<T>[];
}

/** Targets name an existing task and policy; tasks and milestones name existing policies. */
export const checkPlanReferences: CrossCheck = (entries, f) => {
  const policies = policySlugs(entries);
  const taskIds = list<TaskData>(entries, 'tasks').map((e) => e.id);
  for (const t of list<TaskData>(entries, 'tasks')) checkPolicyRef(f, policies, t.path, 'source.policy', '来源文件', t.data.source.policy);
  for (const t of list<TargetData>(entries, 'targets')) {
    if (!taskIds.includes(t.data.task)) {
      f.push(t.path, {
        field: 'task',
        label: '所属任务',
        problem: `所属任务（task）“${t.data.task}”不存在。`,
        fix: `${didYouMean(t.data.task, taskIds)}写 content/tasks/ 中已有文件的文件名（不含 .json）：${taskIds.join('、') || '（还没有任务文件）'}。`,
      });
    }
    checkPolicyRef(f, policies, t.path, 'source.policy', '来源文件', t.data.source.policy);
  }
  for (const m of list<MilestoneData>(entries, 'milestones')) {
    checkPolicyRef(f, policies, m.path, 'source.policy', '来源文件', m.data.source.policy);
    checkPolicyRef(f, policies, m.path, 'document.policy', '依据文件网址名', m.data.document?.policy ?? '');
  }
};

/** The YYYY-MM of a YYYY-MM-DD date. */
function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** Reports in month order; the file named exactly after its month first, so a duplicate is reported on the other. */
function orderedReports(entries: AllEntries): ValidEntry<ReportData>[] {
  return [...list<ReportData>(entries, 'reports')].sort(
    (a, b) => byMonth(a.data, b.data) || Number(a.id !== a.data.month) - Number(b.id !== b.data.month) || a.path.localeCompare(b.path),
  );
}

/** Monthly reports: the file name starts with its month; one report per month; 统计截止日期 within the month. */
export const checkReportMonths: CrossCheck = (entries, f) => {
  const months = new Map<string, string>();
  for (const r of orderedReports(entries)) {
    const { month, asOf } = r.data;
    const add = (issue: FriendlyIssue) => f.push(r.path, issue);
    if (!r.id.startsWith(month)) {
      add({ field: 'month', label: '月份', problem: `月份（month）是 ${month}，文件名却是 ${r.id}.json。`, fix: `文件名以月份开头，改名为 ${month}.json，或改正 month。` });
    }
    const other = months.get(month);
    if (other) {
      add({ field: 'month', label: '月份', problem: `月份（month）${month} 与 ${other} 重复，同一个月只能有一份月报。`, fix: '把两份月报合并为一份，或改正其中一份的月份。' });
    } else {
      months.set(month, r.path);
    }
    if (monthOf(asOf) !== month) {
      add({ field: 'asOf', label: '统计截止日期', problem: `统计截止日期（asOf）${asOf} 不在月份 ${month} 之内。`, fix: `写 ${month} 中的日期，通常是该月最后一天；是别的月份的数据就改正 month。` });
    }
  }
};

/**
 * Monthly reports' figures: every target id known; every value of the type its target expects; breakdowns
 * only with declared categories.
 */
export const checkReportValues: CrossCheck = (entries, f) => {
  const targets = new Map(list<TargetData>(entries, 'targets').map((t) => [t.id, t.data]));
  const ids = [...targets.keys()];
  const unknownId = (field: string, label: string, id: string): FriendlyIssue => ({
    field: `${field}.${id}`,
    label,
    problem: `${label}（${field}）中的目标编号“${id}”不存在。`,
    fix: `${didYouMean(id, ids)}目标编号是 content/targets/ 中的文件名（不含 .json）；拼错的请改正，已删除的目标请把这一行也删除。`,
  });
  for (const r of orderedReports(entries)) {
    const add = (issue: FriendlyIssue) => f.push(r.path, issue);
    for (const [id, value] of Object.entries(r.data.values)) {
      const t = targets.get(id);
      if (!t) add(unknownId('values', '完成数', id));
      else if (!valueFits(t.target, value)) {
        add({
          field: `values.${id}`,
          label: '完成数',
          problem: `完成数（values.${id}）是 ${typeof value === 'boolean' ? `true/false（${String(value)}）` : `数字 ${value}`}，但目标“${t.title}”要求${expectedValue(t.target)}。`,
          fix: t.target.kind === 'qualitative' ? '定性目标写 true（已完成）或 false（未完成）。' : '写累计完成数（数字，不加引号和单位）。',
        });
      }
    }
    for (const id of Object.keys(r.data.notes)) if (!targets.has(id)) add(unknownId('notes', '分项说明', id));
    for (const [id, counts] of Object.entries(r.data.breakdown)) {
      const t = targets.get(id);
      if (!t) {
        add(unknownId('breakdown', '分类统计', id));
        continue;
      }
      if (t.breakdown.length === 0) {
        add({ field: `breakdown.${id}`, label: '分类统计', problem: `目标“${t.title}”没有分类统计项，不能填写分类统计（breakdown.${id}）。`, fix: `删除 breakdown 中的 "${id}"，或在 content/targets/${id}.json 中加上 "breakdown"。` });
        continue;
      }
      for (const c of Object.keys(counts)) {
        if (!t.breakdown.includes(c)) {
          add({ field: `breakdown.${id}.${c}`, label: '分类统计', problem: `分类统计（breakdown.${id}）中的“${c}”不是该目标的分类。`, fix: `${didYouMean(c, t.breakdown)}只能写：${t.breakdown.join('、')}。` });
        }
      }
    }
  }
};

/** Cumulative values that go down from one month to the next: printed as warnings (a correction is allowed). */
export const warnDecreasingValues: CrossCheck = (entries, f) => {
  const reports = [...list<ReportData>(entries, 'reports')].sort((a, b) => byMonth(a.data, b.data));
  const last = new Map<string, { value: number; path: string }>();
  for (const r of reports) {
    for (const [id, v] of Object.entries(r.data.values)) {
      if (typeof v !== 'number') continue;
      const prev = last.get(id);
      if (prev && v < prev.value) {
        f.warn(r.path, `目标“${id}”的累计完成数从 ${prev.value}（${prev.path}）减少到 ${v}。完成数是累计数，一般不会减少；如是更正，请在 notes 中说明原因。`);
      }
      last.set(id, { value: v, path: r.path });
    }
  }
};
