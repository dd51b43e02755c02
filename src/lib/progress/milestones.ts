/** The campaign's timeline (印发方案 → 申报 → 自治区评估 → 国家认定). Pure. */
import { formatDateZh } from '../core/format.ts';
import type { MilestoneRecord } from '../../schemas/milestone.ts';

/** A milestone ready to show: its date line says what is known and nothing more. */
export interface TimelineItem extends MilestoneRecord {
  /** “2023年12月18日”, “计划2024年”, or “时间待定”. */
  when: string;
  /** True once reached. */
  reached: boolean;
}

/** Milestones in timeline order (order, then date), each with its date line. */
export function timeline(list: readonly MilestoneRecord[]): TimelineItem[] {
  return [...list]
    .sort((a, b) => a.order - b.order || (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id))
    .map((m) => ({
      ...m,
      reached: m.status === '已完成',
      when: m.date ? formatDateZh(m.date) : m.planned ? `计划${m.planned}` : '时间待定',
    }));
}
