import { describe, expect, it } from 'vitest';
import { byMonth, byOrder, targetOrder } from '../../../src/lib/progress/order.ts';

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('page order', () => {
  it.each([
    [{ order: 1, id: 'b' }, { order: 2, id: 'a' }, -1],
    [{ order: 2, id: 'a' }, { order: 1, id: 'b' }, 1],
    [{ order: 0, id: 'a' }, { order: 0, id: 'b' }, -1],
    [{ order: 0, id: 'a-1' }, { order: 0, id: 'a1' }, -1],
    [{ order: 0, id: 'a' }, { order: 0, id: 'a' }, 0],
  ])('byOrder(%j, %j) has sign %d', (a, b, sign) => expect(Math.sign(byOrder(a, b))).toBe(sign));

  it('targets: by their task’s place (order, then id), then their own order and id; an unknown task last', () => {
    const tasks = [{ id: 'z', order: 1 }, { id: 'b', order: 2 }, { id: 'a', order: 2 }];
    const targets = [
      { id: 't5', task: 'nowhere', order: 0 },
      { id: 't4', task: 'b', order: 0 },
      { id: 't3', task: 'a', order: 0 },
      { id: 't2', task: 'z', order: 3 },
      { id: 't1', task: 'z', order: 3 },
      { id: 't0', task: 'z', order: 9 },
    ];
    expect(ids([...targets].sort(targetOrder(tasks)))).toEqual(['t1', 't2', 't0', 't3', 't4', 't5']);
  });

  it('reports oldest month first', () => expect([{ month: '2024-10' }, { month: '2023-12' }, { month: '2024-02' }].sort(byMonth).map((r) => r.month)).toEqual(['2023-12', '2024-02', '2024-10']));
});
