import { describe, expect, it } from 'vitest';
import { tuitionHeader } from '../../../src/lib/sheets/kindergartens.ts';

describe('tuitionHeader', () => {
  it('tuition headers per level', () => {
    expect([tuitionHeader('全部'), tuitionHeader('小班')]).toEqual(['保教费（元/月）', '保教费·小班（元/月）']);
  });
});
