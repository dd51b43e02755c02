import { describe, expect, it } from 'vitest';
import { complaintLine, mapKeyword, mapSearchUrl, phoneLinks } from '../../../src/lib/core/contact.ts';

describe('phoneLinks: one tel: link per number, built by telHref', () => {
  it.each([
    ['', []],
    ['0472-1234567', [['0472-1234567', 'tel:0472-1234567']]],
    ['13800138000、0472-7654321', [['13800138000', 'tel:13800138000'], ['0472-7654321', 'tel:0472-7654321']]],
    ['0472-1234567-8001', [['0472-1234567-8001', 'tel:0472-1234567;ext=8001']]],
    ['12345、400-123-4567', [['12345', 'tel:12345'], ['400-123-4567', 'tel:400-123-4567']]],
    ['not a phone', []],
  ] as const)('%s', (phone, want) => {
    expect(phoneLinks(phone).map((p) => [p.text, p.href])).toEqual(want);
  });
});

describe('mapKeyword: what the map app searches for', () => {
  it.each([
    ['address without the district gets it in front', '某某省某某市东城区', '东湖街道示例路 8 号', '示例幼儿园', '某某省某某市东城区东湖街道示例路 8 号'],
    ['address naming the district stays as written', '某某省某某市东城区', '东城区示例路 8 号', '示例幼儿园', '东城区示例路 8 号'],
    ['a 县 and a 旗 are districts too', '某某县', '柳河镇示例路 1 号', '示例幼儿园', '某某县柳河镇示例路 1 号'],
    ['no address: the name in the district', '某某省某某市东城区', '', '示例幼儿园', '某某省某某市东城区示例幼儿园'],
    ['no district: the address alone', '', '示例路 8 号', '示例幼儿园', '示例路 8 号'],
  ])('%s', (_n, district, address, name, want) => {
    expect(mapKeyword(district, address, name)).toBe(want);
  });
});

describe('mapSearchUrl: Amap public URI, a plain link', () => {
  it('encodes the keyword and asks for the app', () => {
    const url = new URL(mapSearchUrl('东城区示例路 8 号'));
    expect(url.origin + url.pathname).toBe('https://uri.amap.com/search');
    expect(url.searchParams.get('keyword')).toBe('东城区示例路 8 号');
    expect(url.searchParams.get('callnative')).toBe('1');
  });
});

describe('complaintLine: the fee-complaint line pages and posters print', () => {
  it.each([
    ['the complaint line wins', { complaintPhone: '0472-1234567', hotline: '12345' }, ['收费投诉电话', '0472-1234567']],
    ['else the general line the content names', { complaintPhone: '', hotline: '12345' }, ['服务热线', '12345']],
    ['neither: nothing to print', { complaintPhone: '', hotline: '' }, undefined],
    ['content written before the hotline field', { complaintPhone: '' }, undefined],
  ] as const)('%s', (_n, contact, want) => {
    const line = complaintLine(contact);
    expect(line && [line.label, line.phone]).toEqual(want);
  });
});
