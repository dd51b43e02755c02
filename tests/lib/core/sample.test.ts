import { describe, expect, it } from 'vitest';
import { isSample, needsSampleBanner, type Shown } from '../../../src/lib/core/sample.ts';

describe('isSample', () => {
  it.each([
    [undefined, false],
    [null, false],
    [false, false],
    [true, true],
    [{}, false],
    [{ sample: false }, false],
    [{ sample: true }, true],
    [{ data: { sample: false }, street: { sample: false }, type: { sample: false } }, false],
    [{ data: { sample: true } }, true],
    [{ data: { sample: false }, street: { sample: true } }, true],
    [{ data: { sample: false }, type: { sample: true } }, true],
  ] as [Shown, boolean][])('%j → %s', (x, want) => expect(isSample(x)).toBe(want));
});

describe('needsSampleBanner', () => {
  it.each([
    [{ sample: false }, [], false],
    [{ sample: true }, [], true],
    [{}, [{ sample: false }, undefined], false],
    [{ sample: false }, [{ sample: false }, { data: { sample: true } }], true],
  ] as [{ sample?: boolean }, Shown[], boolean][])('site %j, shown %j → %s', (site, shown, want) => expect(needsSampleBanner(site, shown)).toBe(want));
});
