import { describe, expect, it } from 'vitest';
import { timeline } from '../../../src/lib/progress/milestones.ts';
import type { MilestoneRecord } from '../../../src/schemas/milestone.ts';

function m(id: string, extra: Partial<MilestoneRecord> = {}): MilestoneRecord {
  return { id, title: id, planned: '', status: '未到', source: { policy: 'p', section: 's', quote: 'q' }, note: '', order: 0, sample: false, sampleNote: '', ...extra };
}

describe('timeline', () => {
  it('orders by order, then date, then id, and says only what is known about the date', () => {
    const items = timeline([
      m('national', { order: 4, planned: '2024年' }),
      m('issued', { order: 1, status: '已完成', date: '2023-12-18', document: { title: '通知' } }),
      m('b-undated', { order: 2 }),
      m('a-undated', { order: 2 }),
      m('dated', { order: 2, status: '已完成', date: '2024-01-05', document: { title: 'x' } }),
    ]);
    expect(items.map((i) => [i.id, i.when, i.reached])).toEqual([
      ['issued', '2023年12月18日', true],
      ['dated', '2024年1月5日', true],
      ['a-undated', '时间待定', false],
      ['b-undated', '时间待定', false],
      ['national', '计划2024年', false],
    ]);
  });
});
