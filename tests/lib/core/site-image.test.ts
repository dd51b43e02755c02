import { describe, expect, it } from 'vitest';
import { SITE_IMAGE_SIZE, siteImagePng } from '../../../src/lib/core/site-image.ts';
import { decodePng } from '../../helpers/qr-decode.ts';

describe('siteImagePng', () => {
  const png = decodePng(siteImagePng());
  const at = (x: number, y: number) => Array.from(png.rgba.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3));
  const unit = SITE_IMAGE_SIZE / 32;

  it('is a square of the size chat cards ask for, small', () => {
    expect([png.width, png.height]).toEqual([300, 300]);
    expect(siteImagePng().length).toBeLessThan(4000);
  });

  it.each([
    ['a corner', 2, 2, [0xa6, 0x1b, 0x1b]],
    ['inside the house', 16, 16, [0xa6, 0x1b, 0x1b]],
    ['on the ground line', 16, 22, [255, 255, 255]],
    ['on the roof’s top', 16, 8.3, [255, 255, 255]],
    ['on the left wall', 10, 17, [255, 255, 255]],
  ] as const)('%s is the favicon’s colour', (_, x, y, rgb) => expect(at(Math.floor(x * unit), Math.floor(y * unit))).toEqual([...rgb]));

  it('is the same bytes on every build', () => expect(siteImagePng().equals(siteImagePng())).toBe(true));
});
