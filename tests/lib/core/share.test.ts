import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../../src/lib/core/qr.ts';
import { shareQrLabel, shareTarget } from '../../../src/lib/core/share.ts';
import { decodeSvg } from '../../helpers/qr-decode.ts';

describe('shareTarget', () => {
  it.each([
    [undefined, '/', '/policies/x/'],
    ['', '/xqjy/', '/fees/'],
  ])('nothing without a public address (%s, %s, %s)', (site, base, path) => {
    expect(shareTarget(site, base, path, '收费标准')).toBeUndefined();
  });

  it.each([
    ['https://jyj.example.gov.cn/', '/', '/policies/some-plan-2023/', 'https://jyj.example.gov.cn/policies/some-plan-2023/'],
    ['https://jyj.example.gov.cn/xqjy/', '/xqjy/', '/policies/x/', 'https://jyj.example.gov.cn/xqjy/policies/x/'],
    ['https://jyj.example.gov.cn/xqjy', '/xqjy', '/seats', 'https://jyj.example.gov.cn/xqjy/seats/'],
    ['http://127.0.0.1:4701/xqjy/', '/xqjy/', '/progress/facilities/', 'http://127.0.0.1:4701/xqjy/progress/facilities/'],
    ['https://jyj.example.gov.cn/', '/', '/kindergartens/dongcheng-1/', 'https://jyj.example.gov.cn/kindergartens/dongcheng-1/'],
  ])('%s + %s + %s: the QR code decodes to %s', (site, base, path, url) => {
    const t = shareTarget(site, base, path, '收费标准')!;
    expect(t.url).toBe(url);
    expect(decodeSvg(t.svg)).toBe(url);
    expect(t.svg).toBe(qrSvg(url, t.label));
  });

  it('names the code in Chinese after the page, escaped in the SVG', () => {
    expect(shareQrLabel('幼儿园收费标准')).toBe('“幼儿园收费标准”页面的二维码，扫码打开本页');
    const t = shareTarget('https://jyj.example.gov.cn/', '/', '/fees/', '收费 <标准> & 投诉')!;
    expect(t.label).toBe('“收费 <标准> & 投诉”页面的二维码，扫码打开本页');
    expect(t.svg).toContain('aria-label="“收费 &lt;标准&gt; &amp; 投诉”页面的二维码，扫码打开本页"');
    expect(t.svg).toContain('role="img"');
  });
});
