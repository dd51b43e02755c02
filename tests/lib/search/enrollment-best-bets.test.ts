// Parents' words for enrolment name the /enrollment/ page alone; words that merely contain them do not.
import { describe, expect, it } from 'vitest';
import { pinnedEntry, type NameEntry } from '../../../src/lib/search/names.ts';
import { nameIndexVariants, synonymsIn } from '../../../src/lib/search/terms.ts';
import { ENROLLMENT_SEARCH_NAMES } from '../../../src/lib/kindergartens/enrollment.ts';

const entry = (u: string, k: string, names: readonly string[]): NameEntry => ({ u, t: names[0]!, k, n: nameIndexVariants(names), m: {} });
// The names the shipped pages give themselves (src/pages/*: search={{ names }}).
const ENTRIES = [
  entry('/enrollment/', '招生', ENROLLMENT_SEARCH_NAMES),
  entry('/seats/', '学位', ['幼儿园学位', '新增学位']),
  entry('/indicators/', '指标', ['评估指标', '三率三比']),
  entry('/fees/', '收费', ['幼儿园收费标准', '收费投诉']),
  entry('/kindergartens/', '幼儿园', ['幼儿园名录']),
  entry('/kindergartens/baogang-17/', '幼儿园', ['包钢第十七幼儿园', '包钢十七园']),
];

describe('enrolment best bets', () => {
  it.each([
    ['报名', '/enrollment/'],
    ['招生', '/enrollment/'],
    ['怎么报名', '/enrollment/'],
    ['怎么 报名？', '/enrollment/'],
    ['入园', '/enrollment/'],
    ['入园报名', '/enrollment/'],
    ['幼儿园招生', '/enrollment/'],
    ['zhaosheng', '/enrollment/'],
    ['baoming', '/enrollment/'],
    // A kindergarten's own name is longer than the enrolment words: its page wins.
    ['包钢十七园报名', '/kindergartens/baogang-17/'],
    ['学位', '/seats/'],
    ['收费标准', '/fees/'],
  ])('%s → %s', (q, url) => expect(pinnedEntry(q, ENTRIES)?.u).toBe(url));

  it.each([['毛入园率'], ['毛入园率是多少']])('%s does not pin the enrolment page', (q) => {
    expect(pinnedEntry(q, ENTRIES)?.u).not.toBe('/enrollment/');
  });

  it.each([
    ['招生通知', ['怎么报名', '报名', '招生简章']],
    ['网上报名', ['招生', '怎么报名']],
  ])('a page mentioning %s is found by %j', (text, words) => {
    const found = synonymsIn(text);
    for (const w of words) expect(found).toContain(w);
  });
});
