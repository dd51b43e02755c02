import { describe, expect, it } from 'vitest';
import { once } from '../../src/queries/once.ts';

describe('once', () => {
  it('runs the load once and hands every caller the same promise', async () => {
    let runs = 0;
    const get = once(async () => ({ run: ++runs }));
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(b);
    expect(await get()).toBe(a);
    expect(runs).toBe(1);
  });
  it('keeps a failure (the build stops on it; no second load)', async () => {
    let runs = 0;
    const get = once(async () => {
      runs++;
      throw new Error('坏了');
    });
    await expect(get()).rejects.toThrow('坏了');
    await expect(get()).rejects.toThrow('坏了');
    expect(runs).toBe(1);
  });
});
