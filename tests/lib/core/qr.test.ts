import { describe, expect, it } from 'vitest';
import { QR_PNG_SCALE, qrMatrix, qrPng, qrSvg } from '../../../src/lib/core/qr.ts';
import { decodePng, decodePngQr, decodeSvg } from '../../helpers/qr-decode.ts';

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

describe('qrPng', () => {
  it.each([
    'https://jyj.example.gov.cn/xqjy/kindergartens/baogang-17/',
    'http://127.0.0.1:4321/kindergartens/sample-jiaoban-01/',
    'https://example.cn/',
  ])('decodes back to %s', async (url) => expect(decodePngQr((await qrPng(url)).src)).toBe(url));

  it('is a small black-on-white PNG data: URI, 4 px a module with the same quiet zone as the SVG', async () => {
    const url = 'https://jyj.example.gov.cn/xqjy/kindergartens/some-long-kindergarten-id-2024/';
    const { src, size } = await qrPng(url);
    expect(src).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    expect(size).toBe((qrMatrix(url).length + 8) * QR_PNG_SCALE);
    const png = decodePng(Buffer.from(src.split(',')[1]!, 'base64'));
    expect([png.width, png.height]).toEqual([size, size]);
    // The quiet zone is white, the top-left finder pattern's corner black.
    const at = (x: number, y: number) => Array.from(png.rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4));
    expect(at(0, 0)).toEqual([255, 255, 255, 255]);
    expect(at(4 * QR_PNG_SCALE, 4 * QR_PNG_SCALE)).toEqual([0, 0, 0, 255]);
    // What a page pays for it: under 2.5 KB of HTML.
    expect(src.length).toBeLessThan(2500);
  });
});
