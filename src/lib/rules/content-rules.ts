/**
 * The rule engine: every cross-file rule of the content model, in the order they run, each with an id.
 * `npm run validate`, `npm run build` (which runs validate's checks before Astro) and every other reader
 * of content/ run exactly this list, so nothing the build rejects gets past validate. Pure.
 */
import type { PolicyData } from '../../schemas/policy.ts';
import { checkPolicyRef, policySlugs, runCrossChecks, type AllEntries, type CrossCheck, type CrossResult } from './cross-checks.ts';
import {
  checkDeletedKindergartens,
  checkKindergartenCapGiven,
  checkKindergartenClassSize,
  checkKindergartenCurrentFee,
  checkKindergartenEnrolled,
  checkKindergartenFeeDocuments,
  checkKindergartenFeeHistory,
  checkKindergartenIds,
  checkKindergartenNames,
  checkKindergartenOverCap,
  checkKindergartenProject,
  checkKindergartenSampleStreet,
  checkKindergartenClosed,
  checkKindergartenOpening,
  checkKindergartenStatusNote,
  checkKindergartenStreet,
  checkKindergartenTuitionLevels,
  checkKindergartenType,
  publishingChecks,
  type CommittedKindergartens,
} from './kindergartens.ts';
import { checkFeeAdjustmentCount, checkFeeDocuments, checkKindergartenTypes, checkStreets } from './directory.ts';
import { checkEnrollment, checkEnrollmentPlans } from './enrollment.ts';
import { checkPlanReferences, checkReportMonths, checkReportValues, warnDecreasingValues } from './progress.ts';
import type { ValidEntry } from '../content/validate.ts';

/** One named rule. */
export interface ContentRule {
  /** Stable id, used in docs and tests. */
  id: string;
  /** What it checks, in Chinese (for people reading this list). */
  label: string;
  check: CrossCheck;
}

/** Policies: supersededBy names another policy of this site (the policy page links to it). */
export const checkPolicies: CrossCheck = (entries, f) => {
  const policies = (entries.policies ?? []) as ValidEntry<PolicyData>[];
  const slugs = policySlugs(entries);
  for (const p of policies) {
    const to = p.data.supersededBy;
    if (!to) continue;
    if (to === p.id) {
      f.add(p.path, 'supersededBy', '被替代文件', `不能是本文件自己（“${to}”）。`, '写替代它的那份新文件的文件名（不含 .mdx）；没有新文件就删除这一行。');
    } else {
      checkPolicyRef(f, slugs, p.path, 'supersededBy', '被替代文件', to, { meanwhile: '新文件还没上传时先删除这一行' });
    }
  }
};

/** What some rules need besides the entries. */
export interface RuleContext {
  /** SITE_URL, which replaces site.json's siteUrl in the build. */
  siteUrl?: string;
  /** Kindergarten files committed in git (HEAD); absent when there is no git history to compare with. */
  committedKindergartens?: CommittedKindergartens;
}

/** Every rule, in order. */
export function contentRules(context: RuleContext = {}): ContentRule[] {
  return [
    { id: 'policies', label: '政策文件：被替代文件（supersededBy）必须是本站已有的政策文件', check: checkPolicies },
    { id: 'plan-references', label: '任务、目标、指标和时间节点引用的政策文件和任务必须存在', check: checkPlanReferences },
    { id: 'report-months', label: '月报：文件名与月份一致、每月一份、统计截止日期在当月', check: checkReportMonths },
    { id: 'report-values', label: '月报：目标编号和分类存在、数值类型与目标一致', check: checkReportValues },
    { id: 'reports-decreasing', label: '月报：累计完成数减少时提示（警告）', check: warnDecreasingValues },
    { id: 'streets', label: '街道/乡镇列表：编号和名称不重复', check: checkStreets },
    { id: 'kindergarten-types', label: '幼儿园类型列表：编号和名称不重复', check: checkKindergartenTypes },
    { id: 'fee-documents', label: '收费依据文件：编号和文号不重复，引用的政策文件存在，收费调整的文号已登记', check: checkFeeDocuments },
    { id: 'kindergarten-ids', label: '幼儿园：文件名（网址名）不重复', check: checkKindergartenIds },
    { id: 'kindergarten-names', label: '幼儿园：全称和简称不与其他幼儿园重复', check: checkKindergartenNames },
    { id: 'kindergarten-type', label: '幼儿园：类型已在幼儿园类型列表中登记', check: checkKindergartenType },
    { id: 'kindergarten-street', label: '幼儿园：街道/乡镇已在街道列表中登记', check: checkKindergartenStreet },
    { id: 'kindergarten-sample-street', label: '幼儿园：位于示例街道的记录必须标记为示例数据', check: checkKindergartenSampleStreet },
    { id: 'kindergarten-fee-documents', label: '幼儿园：收费依据和调整记录的文号已在收费依据文件中登记，引用示例文件的记录标记为示例数据', check: checkKindergartenFeeDocuments },
    { id: 'kindergarten-cap-given', label: '幼儿园：公办幼儿园没有填写核定收费上限时提示（警告）', check: checkKindergartenCapGiven },
    { id: 'kindergarten-over-cap', label: '幼儿园：保教费不超过核定收费上限', check: checkKindergartenOverCap },
    { id: 'kindergarten-tuition-levels', label: '幼儿园：保教费按“全部”或按班级写，每个班级一项，有班级的都有金额', check: checkKindergartenTuitionLevels },
    { id: 'kindergarten-fee-history', label: '幼儿园：同一执行日期只有一条收费调整记录', check: checkKindergartenFeeHistory },
    { id: 'kindergarten-current-fee', label: '幼儿园：现行保教费和收费依据与最近一次调整一致', check: checkKindergartenCurrentFee },
    { id: 'kindergarten-enrolled', label: '幼儿园：在园幼儿数不超过核定学位数', check: checkKindergartenEnrolled },
    { id: 'kindergarten-class-size', label: '幼儿园：核定学位数超过班额标准时提示（警告）', check: checkKindergartenClassSize },
    { id: 'kindergarten-project', label: '幼儿园：学位项目的出处是本站政策文件，目标编号存在（警告）', check: checkKindergartenProject },
    { id: 'fee-adjustments', label: '收费调整：记录了调整的幼儿园数与应调整园数不一致时提示（警告）', check: checkFeeAdjustmentCount },
    { id: 'kindergarten-closed', label: '幼儿园办园状态：停办日期不与办园状态同写、不晚于信息核对日期，停办说明要有停办日期', check: checkKindergartenClosed },
    { id: 'kindergarten-opening', label: '幼儿园办园状态：计划开园日期只用于新建未开园，晚于信息核对日期，未开园时在园幼儿为 0', check: checkKindergartenOpening },
    { id: 'kindergarten-status-note', label: '幼儿园办园状态：状态说明要有办园状态', check: checkKindergartenStatusNote },
    { id: 'enrollment', label: '招生：报名时间和适龄范围的日期先后、招生政策文件存在、报名网址为 https', check: checkEnrollment },
    { id: 'enrollment-plans', label: '招生：各园招生计划不超过核定学位', check: checkEnrollmentPlans },
    { id: 'publishing', label: '发布：网站网址、收费投诉电话未填时提示（警告）', check: publishingChecks(context.siteUrl) },
    { id: 'kindergartens-deleted', label: '幼儿园：已提交的幼儿园文件被删除时提示（警告，已发布的网址会失效）', check: checkDeletedKindergartens(context.committedKindergartens) },
  ];
}

/** Runs every rule on entries that are each valid on their own. */
export function runContentRules(entries: AllEntries, context: RuleContext = {}): CrossResult {
  return runCrossChecks(contentRules(context).map((r) => r.check), entries);
}
