// Broken input (issue 9): every way a careless edit can break a file — encoding, BOM, empty, misplaced,
// duplicate keys, impossible dates, unsafe links, phones, oversized fields, MDX that is code or not MDX,
// supersededBy. Each case puts one fixture into a copy of the shipped content, runs the loader, and asserts
// the exact file, field and Chinese problem (the full message with its fix is snapshotted), and that no
// content file changed.
import { describe, expect, it } from 'vitest';
import { CASES, KG, run, UTF8 } from '../helpers/broken-input.ts';

for (const [group, cases] of Object.entries(CASES)) {
  describe(`broken input: ${group}`, () => {
    it.each(cases)('%s as %s is refused', (from, to, expected) => {
      const r = run(from, to);
      expect(r.issues).toEqual(expected);
      expect(r.messages.join('\n\n')).toMatchSnapshot();
    });
  });
}

describe('encoding errors give the exact editor step', () => {
  it.each([['site/gbk.json', 'site.json'], ['site/utf16.json', 'site.json'], ['policies/gbk.mdx', 'policies/gbk.mdx']])('%s', (from, to) => {
    expect(run(from, to).messages[0]).toContain(`修改方法：${UTF8}`);
  });
});

describe('accepted with a warning, or accepted', () => {
  const BOM = '文件开头有 BOM（“带签名的 UTF-8”），已忽略。以后保存时选“UTF-8”（不带 BOM）即可。';
  it.each([
    ['site/bom.json', 'site.json', [`content/site.json：${BOM}`]],
    ['kindergartens/bom.json', KG, [`content/${KG}：${BOM}`]],
    ['policies/bom.mdx', 'policies/bom.mdx', [`content/policies/bom.mdx：${BOM}`]],
    ['site/good-contacts.json', 'site.json', []],
    ['policies/mdx-comment-ok.mdx', 'policies/mdx-comment-ok.mdx', []],
  ])('%s as %s', (from, to, warnings) => {
    const r = run(from, to);
    expect(r.issues).toEqual([]);
    expect(r.warnings).toEqual(warnings);
  });
});
