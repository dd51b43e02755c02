import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrMatrix, qrSvg } from '../../src/lib/qr.ts';

/** Rasterises the SVG this module writes (runs `M x y h w v1 h-w z`) and decodes it with jsQR. */
function decodeSvg(svg: string): string | undefined {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const d = /<path[^>]* d="([^"]*)"/.exec(svg)?.[1] ?? '';
  const dark = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, w, back] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    expect(back).toBe(w);
    for (let i = 0; i < w; i++) dark[y]![x + i] = true;
  }
  const scale = 4;
  const px = size * scale;
  const rgba = new Uint8ClampedArray(px * px * 4);
  for (let y = 0; y < px; y++) {
    for (let x = 0; x < px; x++) {
      const v = dark[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      rgba.set([v, v, v, 255], (y * px + x) * 4);
    }
  }
  return jsQR(rgba, px, px)?.data;
}

describe('qrSvg', () => {
  it.each([
    'https://jyj.example.gov.cn/xqjy/kindergartens/baogang-17/',
    'http://127.0.0.1:4321/kindergartens/sample-jiaoban-01/',
    'https://example.cn/',
  ])('decodes back to %s', (url) => expect(decodeSvg(qrSvg(url, '二维码'))).toBe(url));

  it('has a quiet zone of 4 modules, an accessible name and no script or style', () => {
    const url = 'https://example.cn/a/';
    const svg = qrSvg(url, '示例“园” <二维码> & 网址');
    expect(svg).toMatch(new RegExp(`viewBox="0 0 ${qrMatrix(url).length + 8} ${qrMatrix(url).length + 8}"`));
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="示例“园” &lt;二维码&gt; &amp; 网址"');
    expect(svg).not.toMatch(/<script|style=/);
  });

  it('matrix is square with the three finder patterns', () => {
    const m = qrMatrix('https://example.cn/');
    const n = m.length;
    expect(m.every((r) => r.length === n)).toBe(true);
    for (const [x, y] of [[0, 0], [n - 7, 0], [0, n - 7]] as const) {
      expect(m[y]?.slice(x, x + 7)).toEqual([true, true, true, true, true, true, true]);
      expect(m[y + 1]?.slice(x, x + 7)).toEqual([true, false, false, false, false, false, true]);
    }
  });
});
