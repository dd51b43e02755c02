import { describe, expect, it } from 'vitest';
import { boundedNumber, email, fileLink, isAsciiId, isChinesePhone, siteAddressProblem, isFileLink, isWebAddress, limitedText, LIMITS, optionalText, phone, webAddress } from '../../src/schemas/common.ts';

describe('phone: normalised to the documented form', () => {
  it.each([
    ['0479 521 3366', '0479-5213366'], ['（0472）１２３４５６７', '0472-1234567'], ['138 0013 8000、0472—1234567', '13800138000、0472-1234567'], ['', ''],
  ])('%j → %j', (s, out) => expect(phone.parse(s)).toBe(out));
});

describe('isChinesePhone', () => {
  it.each([
    ['0472-1234567', true], ['0472 1234567', true], ['(0472)1234567', true], ['（0472）1234567', true], ['010-12345678', true],
    ['04721234567', true], ['0472-1234567-801', true], ['0472-1234567转801', true], ['13800138000', true], ['138 0013 8000', true],
    ['+86 13800138000', true], ['400-123-4567', true], ['8001234567', true], ['12345', true], ['12315', true], ['110', true], ['95588', true],
    ['0472-1234567、13800138000', true], ['0472-1234567，0472-7654321', true],
    ['12345678901234', false], ['0472-12345', false], ['1234567', false], ['电话待定', false], ['23800138000', false], ['0472-1234567、abc', false], ['', false],
  ])('%s → %s', (s, ok) => expect(isChinesePhone(s)).toBe(ok));
});

describe('isWebAddress (siteUrl)', () => {
  it.each([
    ['https://jyj.example.gov.cn/xqjy/', true], ['http://jyj.example.gov.cn/', true], ['http://localhost:4321/', true], ['http://127.0.0.1:4410/', true],
    ['javascript:alert(1)', false], ['ftp://a.cn/', false], ['http:/x', false], ['https://', false], ['https://nodot/', false], ['jyj.example.gov.cn', false], ['https:// a.cn', false],
  ])('%s → %s', (s, ok) => expect(isWebAddress(s)).toBe(ok));
});

describe('isFileLink (attachments)', () => {
  it.each([
    ['https://www.example.gov.cn/a.pdf', true], ['/files/a.pdf', true], ['files/a.pdf', true],
    ['http://www.example.gov.cn/a.pdf', false], ['javascript:alert(1)', false], ['//evil.cn/a.pdf', false], ['file:///C:/a.pdf', false], ['C:\\文件\\a.pdf', false], ['/\\evil.example/a.pdf', false], ['java&#9;script:alert(1)', false], ['\u0001javascript:alert(1)', false],
  ])('%s → %s', (s, ok) => expect(isFileLink(s)).toBe(ok));
});

const msgOf = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe('field schemas', () => {
  it('empty values mean “not known” and pass', () => {
    for (const s of [phone, email, webAddress, fileLink, optionalText()]) expect(s.parse(undefined)).toBe('');
  });
  it.each([
    [phone, '123', '不是常见的电话号码格式。修改方法：座机写区号-号码，例如 0472-1234567；手机写 11 位，例如 13800138000；也可写 400-123-4567 或 12345。多个号码用“、”隔开。'],
    [email, 'a@b', '不是电子邮箱地址。修改方法：写成 名称@域名，例如 xqjy@example.gov.cn，或留空。'],
    [webAddress, 'ftp://a.cn', '不是完整的网址。修改方法：写成 https:// 开头、带域名的完整网址，例如 https://jyj.example.gov.cn/xqjy/，或留空。'],
    [fileLink, 'http://a.cn/a.pdf', '链接不对。修改方法：写 https:// 开头的网址，或本站文件的路径（文件放在 public/files/ 下，写 /files/文件名.pdf）；没有就留空。'],
    [limitedText(LIMITS.title), 'a'.repeat(201), '太长，不能超过 200 个字。修改方法：精简到 200 个字以内；长篇内容请写在政策正文中。'],
    [optionalText(LIMITS.summary), 'a'.repeat(501), '太长，不能超过 500 个字。修改方法：精简到 500 个字以内；长篇内容请写在政策正文中。'],
    [limitedText(), 'a'.repeat(2001), '太长，不能超过 2000 个字。修改方法：精简到 2000 个字以内；长篇内容请写在政策正文中。'],
  ])('%#: refuses with its message', (schema, value, message) => expect(msgOf(schema.safeParse(value))).toBe(message));
  it('limits are stated for the field reference', () => expect(LIMITS).toEqual({ title: 200, summary: 500, text: 2000, url: 500, contact: 100, anyString: 10000 }));
});

describe('format descriptions for the generated field reference', () => {
  it.each([
    [phone, '电话：座机 0472-1234567（可加 -分机）、手机 13800138000、400-123-4567、12345 等；多个用“、”隔开；空格、全角数字和各种横线自动改成这种写法；不超过 100 个字；可留空'],
    [email, '电子邮箱：名称@域名，例如 xqjy@example.gov.cn；不超过 100 个字；可留空'],
    [webAddress, '网址：https:// 或 http:// 开头、带域名，例如 https://jyj.example.gov.cn/xqjy/；不超过 500 个字；可留空'],
    [fileLink, '链接：https:// 开头的网址，或本站路径如 /files/a.pdf；不超过 500 个字；可留空'],
  ])('%#', (schema, description) => expect(schema.description).toBe(description));
});

describe('isAsciiId: the one id rule before any path is built', () => {
  it.each([
    ['dongcheng-1', true], ['2024-07', true], ['a', true], ['a'.repeat(100), true],
    ['a'.repeat(101), false], ['../../tsconfig', false], ['..', false], ['a/b', false], ['a\\b', false], ['a.json', false], ['Dongcheng', false],
    ['东城', false], ['a--b', false], ['-a', false], ['a-', false], ['', false], [' a', false], ['a\u200b', false], [42, false], [undefined, false],
  ])('%j → %s', (s, ok) => expect(isAsciiId(s)).toBe(ok));
});

describe('boundedNumber: numbers a person can mean', () => {
  const money = boundedNumber('money');
  const count = boundedNumber('count');
  const figure = boundedNumber('figure', {}, true);
  const first = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? 'ok' : r.error!.issues.map((i) => i.message.split('修改方法')[0]).join(' | '));
  it.each([
    [money, 450, 'ok'], [money, 380.25, 'ok'], [money, 0, 'ok'], [money, 100000, 'ok'],
    [money, 380.123456, '最多两位小数（精确到分）。'], [money, 1e308, '超过 100000，不像真实的数字。'], [money, 100000.01, '超过 100000，不像真实的数字。'], [money, -1, '不能是负数。'],
    [count, 6, 'ok'], [count, 6.5, '必须是整数。'], [count, 1_000_001, '超过 1000000，不像真实的数字。'],
    [figure, 92.45, 'ok'], [figure, -3.5, 'ok'], [figure, 0.12345, '最多 4 位小数。'], [figure, -1e10, '小于 -1000000000，不像真实的数字。'],
  ] as const)('%#: %s', (schema, value, out) => expect(first(schema.safeParse(value))).toBe(out));
});

describe('siteAddressProblem: the site’s own address', () => {
  it.each([
    ['https://jyj.example.gov.cn/xqjy/', undefined], ['http://127.0.0.1:4410/', undefined], ['', undefined], ['https://jyj.example.gov.cn/a_b.c~d/', undefined],
    ['https://user:pw@jyj.example.gov.cn/', '网址里不能有用户名或密码'], ['https://user@jyj.example.gov.cn/', '网址里不能有用户名或密码'],
    ['https://jyj.example.gov.cn/学前教育/', '网址的路径只能用英文字母'], ['https://jyj.example.gov.cn/%E5%AD%A6/', '网址的路径只能用英文字母'], ['https://jyj.example.gov.cn/a b/', '网址的路径只能用英文字母'],
    ['https://jyj.example.gov.cn/xqjy/?a=1', '网址不能带 ? 或 #'], ['https://jyj.example.gov.cn/#x', '网址不能带 ? 或 #'],
  ])('%j', (s, start) => {
    const p = siteAddressProblem(s);
    if (start === undefined) expect(p).toBeUndefined();
    else expect(p?.startsWith(start)).toBe(true);
  });
});
