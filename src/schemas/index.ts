import type { z } from 'astro/zod';
import { kindergartenTypesLabels, kindergartenTypesSchema, streetsLabels, streetsSchema } from './directory.ts';
import { enrollmentLabels, enrollmentSchema } from './enrollment.ts';
import { feeConfigLabels, feeConfigSchema } from './fees.ts';
import { indicatorLabels, indicatorSchema } from './indicator.ts';
import { kindergartenLabels, kindergartenSchema } from './kindergarten.ts';
import { milestoneLabels, milestoneSchema } from './milestone.ts';
import { policyLabels, policySchema } from './policy.ts';
import { reportLabels, reportSchema } from './report.ts';
import { siteLabels, siteSchema } from './site.ts';
import { taskLabels, taskSchema } from './task.ts';
import { updateNoteLabels, updateNoteSchema } from './update.ts';
import { targetLabels, targetSchema } from './target.ts';

/** How a collection is stored in `content/`: one file per entry, the file name (ASCII) being its id. */
export interface CollectionSpec {
  /** Folder under content/. */
  dir: string;
  /** File extension of its entries. */
  ext: '.mdx' | '.json';
  /** Chinese name used in messages. */
  label: string;
  /** The zod schema of one entry (MDX: its frontmatter). */
  schema: z.ZodType;
  /** Chinese field labels for error messages. */
  labels: Record<string, string>;
  /** True for a collection most counties leave empty (no build hint when it is). */
  optional?: boolean;
}

/** Every collection of the content model: src/content.config.ts makes one Astro collection of each (fields: docs/内容字段说明.md). */
export const COLLECTIONS = {
  policies: { dir: 'policies', ext: '.mdx', label: '政策文件', schema: policySchema, labels: policyLabels },
  targets: { dir: 'targets', ext: '.json', label: '目标任务', schema: targetSchema, labels: targetLabels },
  reports: { dir: 'reports', ext: '.json', label: '月报', schema: reportSchema, labels: reportLabels },
  kindergartens: { dir: 'kindergartens', ext: '.json', label: '幼儿园', schema: kindergartenSchema, labels: kindergartenLabels },
  indicators: { dir: 'indicators', ext: '.json', label: '评估指标', schema: indicatorSchema, labels: indicatorLabels },
  tasks: { dir: 'tasks', ext: '.json', label: '工作任务', schema: taskSchema, labels: taskLabels },
  milestones: { dir: 'milestones', ext: '.json', label: '时间节点', schema: milestoneSchema, labels: milestoneLabels },
  updates: { dir: 'updates', ext: '.json', label: '更新说明', schema: updateNoteSchema, labels: updateNoteLabels, optional: true },
} as const satisfies Record<string, CollectionSpec>;

/** The single-file site config. */
export const SITE_CONFIG = { file: 'site.json', label: '站点配置', schema: siteSchema, labels: siteLabels } as const;

/** A single JSON file of content/ other than site.json; optional: when missing, its collection is empty. */
export interface DataFileSpec {
  /** File name under content/. */
  file: string;
  /** Chinese name used in messages. */
  label: string;
  schema: z.ZodType;
  labels: Record<string, string>;
}

/** Single-file lists and settings (keys are collection names). */
export const DATA_FILES = {
  streets: { file: 'streets.json', label: '街道/乡镇列表', schema: streetsSchema, labels: streetsLabels },
  kindergartenTypes: { file: 'kindergarten-types.json', label: '幼儿园类型', schema: kindergartenTypesSchema, labels: kindergartenTypesLabels },
  feeConfig: { file: 'fees.json', label: '收费规定', schema: feeConfigSchema, labels: feeConfigLabels },
  enrollment: { file: 'enrollment.json', label: '招生', schema: enrollmentSchema, labels: enrollmentLabels },
} as const satisfies Record<string, DataFileSpec>;

export { enrollmentSchema, feeConfigSchema, kindergartenTypesSchema, streetsSchema };
export { indicatorSchema, kindergartenSchema, milestoneSchema, policySchema, reportSchema, siteSchema, targetSchema, taskSchema, updateNoteSchema };
