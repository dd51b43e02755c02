import { describe, expect, it } from 'vitest';
import { qrMatrix, qrSvg } from '../../../src/lib/core/qr.ts';
import { decodeSvg } from '../../helpers/qr-decode.ts';

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
