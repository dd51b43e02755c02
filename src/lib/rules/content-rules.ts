/**
 * The rule engine: every cross-file rule of the content model, in the order they run, each with an id.
 * `npm run validate`, `npm run build` (which runs validate's checks before Astro) and every other reader
 * of content/ run exactly this list, so nothing the build rejects gets past validate. Pure.
 */
import type { PolicyData } from '../../schemas/policy.ts';
import { Findings, runCrossChecks, type AllEntries, type CrossCheck, type CrossResult } from './cross-checks.ts';
import { checkDirectoryFiles, checkKindergartens, checkKindergartenStates, publishingChecks } from './kindergartens.ts';
import { checkEnrollment } from './enrollment.ts';
import { checkPlanReferences, checkReports, warnDecreasingValues } from './progress.ts';
import type { ValidEntry } from '../content/validate.ts';
import { didYouMean } from '../content/errors.ts';

/** One named rule. */
export interface ContentRule {
  /** Stable id, used in docs and tests. */
  id: string;
  /** What it checks, in Chinese (for the generated field reference). */
  label: string;
  check: CrossCheck;
}

/** Policies: supersededBy names another policy of this site (the policy page links to it). */
export const checkPolicies: CrossCheck = (entries) => {
  const f = new Findings();
  const policies = (entries.policies ?? []) as ValidEntry<PolicyData>[];
  const slugs = policies.map((p) => p.id);
  for (const p of policies) {
    const to = p.data.supersededBy;
    if (!to) continue;
    if (to === p.id) {
      f.add(p.path, 'supersededBy', '被替代文件', `不能是本文件自己（“${to}”）。`, '写替代它的那份新文件的文件名（不含 .mdx）；没有新文件就删除这一行。');
    } else if (!slugs.includes(to)) {
      f.add(p.path, 'supersededBy', '被替代文件', `“${to}”不是本站的政策文件。`, `${didYouMean(to, slugs)}写 content/policies/ 中已有文件的文件名（不含 .mdx），现有：${slugs.join('、') || '（无）'}；新文件还没上传时先删除这一行。`);
    }
  }
  return f.result();
};

/** Every rule, in order. `siteUrlOverride` is SITE_URL, which replaces site.json's siteUrl in the build. */
export function contentRules(siteUrlOverride?: string): ContentRule[] {
  return [
    { id: 'policies', label: '政策文件：被替代文件（supersededBy）必须是本站已有的政策文件', check: checkPolicies },
    { id: 'plan-references', label: '任务、目标、指标和时间节点引用的政策文件和任务必须存在', check: checkPlanReferences },
    { id: 'reports', label: '月报：文件名与月份一致、每月一份、截止日期在当月、目标编号和分类存在、数值类型与目标一致', check: checkReports },
    { id: 'reports-decreasing', label: '月报：累计完成数减少时提示（警告）', check: warnDecreasingValues },
    { id: 'directory-files', label: '街道、幼儿园类型、收费依据文件：编号和名称不重复，引用的政策文件存在', check: checkDirectoryFiles },
    { id: 'kindergartens', label: '幼儿园：类型和街道已登记、收费不超上限、调整记录一致、名称唯一、学位与班额', check: checkKindergartens },
    { id: 'kindergarten-states', label: '幼儿园办园状态：停办日期、暂停招生、新建未开园和计划开园日期彼此一致，并与信息核对日期相符', check: checkKindergartenStates },
    { id: 'enrollment', label: '招生：报名时间和适龄范围的日期先后、招生政策文件存在、报名网址为 https、各园招生计划不超过核定学位', check: checkEnrollment },
    { id: 'publishing', label: '发布：网站网址、收费投诉电话未填时提示（警告）', check: publishingChecks(siteUrlOverride) },
  ];
}

/** Runs every rule on entries that are each valid on their own. */
export function runContentRules(entries: AllEntries, siteUrlOverride?: string): CrossResult {
  return runCrossChecks(contentRules(siteUrlOverride).map((r) => r.check), entries);
}

