import { describe, expect, it } from 'vitest';
import { qrPng } from '../../../src/lib/core/qr.ts';
import { shareQrLabel, shareTarget } from '../../../src/lib/core/share.ts';
import { decodePngQr } from '../../helpers/qr-decode.ts';

describe('shareTarget', () => {
  it.each([
    [undefined, '/', '/policies/x/'],
    ['', '/xqjy/', '/fees/'],
  ])('nothing without a public address (%s, %s, %s)', async (site, base, path) => {
    expect(await shareTarget(site, base, path, '收费标准')).toBeUndefined();
  });

  it.each([
    ['https://jyj.example.gov.cn/', '/', '/policies/some-plan-2023/', 'https://jyj.example.gov.cn/policies/some-plan-2023/'],
    ['https://jyj.example.gov.cn/xqjy/', '/xqjy/', '/policies/x/', 'https://jyj.example.gov.cn/xqjy/policies/x/'],
    ['https://jyj.example.gov.cn/xqjy', '/xqjy', '/seats', 'https://jyj.example.gov.cn/xqjy/seats/'],
    ['http://127.0.0.1:4701/xqjy/', '/xqjy/', '/progress/facilities/', 'http://127.0.0.1:4701/xqjy/progress/facilities/'],
    ['https://jyj.example.gov.cn/', '/', '/kindergartens/dongcheng-1/', 'https://jyj.example.gov.cn/kindergartens/dongcheng-1/'],
  ])('%s + %s + %s: the QR code decodes to %s', async (site, base, path, url) => {
    const t = (await shareTarget(site, base, path, '收费标准'))!;
    expect(t.url).toBe(url);
    expect(decodePngQr(t.png.src)).toBe(url);
    expect(t.png).toEqual(await qrPng(url));
  });

  it('names the code in Chinese after the page (the img alt text)', async () => {
    expect(shareQrLabel('幼儿园收费标准')).toBe('“幼儿园收费标准”页面的二维码，扫码打开本页');
    const t = (await shareTarget('https://jyj.example.gov.cn/', '/', '/fees/', '收费 <标准> & 投诉'))!;
    expect(t.label).toBe('“收费 <标准> & 投诉”页面的二维码，扫码打开本页');
  });

  it('a page may name its code in its own words (the kindergarten page); the address is the same', async () => {
    const t = (await shareTarget('https://jyj.example.gov.cn/xqjy/', '/xqjy/', '/kindergartens/a/', '示例幼儿园', '示例幼儿园收费标准页面的二维码'))!;
    expect(t.label).toBe('示例幼儿园收费标准页面的二维码');
    expect(t.url).toBe('https://jyj.example.gov.cn/xqjy/kindergartens/a/');
    expect(decodePngQr(t.png.src)).toBe(t.url);
  });
});
