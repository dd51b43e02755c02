/**
 * The site's share-card image (`og:image`): the favicon's mark (a white school roof on the site's red) as a
 * square PNG drawn at build time, so that a chat card that shows an image shows this one, from the site's own
 * origin. No font, no image library: the mark is four strokes, drawn by distance to their segments. Pure.
 */
import { crc32, deflateSync } from 'node:zlib';

/** Side of the image in px: WeChat and most chat cards ask for at least 300 × 300. */
export const SITE_IMAGE_SIZE = 300;

// public/favicon.svg, in its 32-unit box: background #a61b1b; strokes 2.5 wide, white:
// M8 22h16 and M10 22V12l6-4 6 4v10.
const RED = [0xa6, 0x1b, 0x1b] as const;
const SEGMENTS: readonly [number, number, number, number][] = [
  [8, 22, 24, 22],
  [10, 22, 10, 12],
  [10, 12, 16, 8],
  [16, 8, 22, 12],
  [22, 12, 22, 22],
];
const STROKE = 2.5;

function distanceToSegment(px: number, py: number, [x1, y1, x2, y2]: readonly [number, number, number, number]): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** The share-card image as PNG bytes (8-bit RGB, `size` × `size`, the edges of the strokes smoothed). */
export function siteImagePng(size = SITE_IMAGE_SIZE): Buffer {
  const scale = size / 32;
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const d = Math.min(...SEGMENTS.map((s) => distanceToSegment((x + 0.5) / scale, (y + 0.5) / scale, s)));
      // Coverage of the stroke over this pixel, one pixel of smoothing at the edge.
      const cover = Math.max(0, Math.min(1, (STROKE / 2 - d) * scale + 0.5));
      for (let c = 0; c < 3; c++) raw[row + 1 + x * 3 + c] = Math.round(RED[c]! + (255 - RED[c]!) * cover);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
