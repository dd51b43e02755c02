import { describe, expect, it } from 'vitest';
import { decodeEntities, isAllowedLink, linkProblem, normaliseLink } from '../../../src/lib/content/links.ts';

describe('normaliseLink reads a link as a browser does', () => {
  it.each([
    ['java\tscript:alert(1)', 'javascript:alert(1)'],
    ['java\nscript:alert(1)', 'javascript:alert(1)'],
    ['\u0001javascript:alert(1)', 'javascript:alert(1)'],
    ['  https://a.cn/  ', 'https://a.cn/'],
    ['java&#9;script:x', 'javascript:x'],
    ['java&#x09;script:x', 'javascript:x'],
    ['javascript&colon;x', 'javascript:x'],
    ['&#106;avascript:x', 'javascript:x'],
    ['/\\evil.example/', '//evil.example/'],
    ['https:\\\\evil.example', 'https://evil.example'],
    ['/files/a&amp;b.pdf', '/files/a&b.pdf'],
    ['/a?x=1&unknown;', '/a?x=1&unknown;'],
  ])('%j → %j', (raw, out) => expect(normaliseLink(raw)).toBe(out));
});

describe('decodeEntities', () => {
  it.each([
    ['&lt;&gt;&quot;', '<>"'], ['&#0;', '\ufffd'], ['&#xD800;', '\ufffd'], ['&#1114112;', '\ufffd'], ['&colon', '&colon'], ['a&b', 'a&b'],
  ])('%j → %j', (raw, out) => expect(decodeEntities(raw)).toBe(out));
});

describe('linkProblem: the allow-list after normalising', () => {
  it.each([
    // allowed
    ['https://jyj.example.gov.cn/a.pdf', undefined], ['HTTPS://A.CN/', undefined], ['/files/a.pdf', undefined], ['files/a.pdf', undefined],
    ['./a.pdf', undefined], ['../a.pdf', undefined], ['#section-1', undefined], ['?q=1', undefined],
    ['mailto:a@b.cn', undefined], ['tel:0472-1234567', undefined], ['MAILTO:a@b.cn', undefined],
    // refused
    ['', 'empty'], ['  \t', 'empty'],
    ['javascript:alert(1)', 'scheme'], ['JavaScript:alert(1)', 'scheme'], ['java\tscript:alert(1)', 'scheme'], ['java\nscript:alert(1)', 'scheme'],
    ['\u0001javascript:alert(1)', 'scheme'], ['java&#9;script:alert(1)', 'scheme'], ['javascript&colon;alert(1)', 'scheme'],
    ['data:text/html,x', 'scheme'], ['vbscript:x', 'scheme'], ['file:///C:/a.pdf', 'scheme'], ['C:\\文件\\a.pdf', 'scheme'],
    ['//evil.example/', 'protocol-relative'], ['/\\evil.example/', 'protocol-relative'], ['\\\\evil.example', 'protocol-relative'],
    ['http://a.cn/', 'http'], ['https://', 'no-host'], ['https:evil.example', 'no-host'],
    ['/a\u0000b', 'control'], ['/a\u200bb', 'control'], ['https://a.cn/\u202eexe.pdf', 'control'], ['\ufffdjavascript:x', 'control'],
  ])('%j → %s', (raw, problem) => expect(linkProblem(raw)).toBe(problem));

  it('http only where the rules allow it', () => {
    expect(isAllowedLink('http://a.cn/', { http: true })).toBe(true);
    expect(isAllowedLink('http:/a.cn', { http: true })).toBe(false);
    expect(isAllowedLink('http://a.cn/')).toBe(false);
  });
});
