import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../../src/lib/core/hash.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('fnv1a', () => {
  // The published FNV-1a 32-bit test vectors, and pinned values: shard numbers and /updates/ anchors are public.
  it.each([
    ['', 0x811c9dc5], ['a', 0xe40c292c], ['foobar', 0xbf9cf968], ['十七幼儿园', 0x4ae9ddeb],
  ])('code units of %j → %i', (s, h) => expect(fnv1a(s)).toBe(h));
  it.each([
    ['', 0x811c9dc5], ['a', 0xe40c292c], ['foobar', 0xbf9cf968], ['十七幼儿园', 0x36b0e9de],
  ])('UTF-8 bytes of %j → %i', (s, h) => expect(fnv1a(bytes(s))).toBe(h));
});
