import { describe, expect, it } from 'vitest';
import {
  byKind, changeDates, chinaDate, feedLinks, feeChangeDetail, groupByDate, latestDates, parseGitLog, sinceDistrict, updateAnchor, updatedOn, updateItems,
  type HistoryInput, type UpdateItem, UPDATE_KIND_LISTS, UPDATE_KINDS,
} from '../../../src/lib/history/history.ts';
import type { FeeChange } from '../../../src/schemas/kindergarten.ts';

describe('chinaDate: the day in China time (UTC+8)', () => {
  it.each([
    ['2024-03-05T07:00:00+08:00', '2024-03-05'], // 07:00 in Beijing is 23:00 UTC the day before
    ['2024-03-04T23:00:00Z', '2024-03-05'],
    ['2024-03-04T15:59:59Z', '2024-03-04'],
    ['2024-03-04T16:00:00Z', '2024-03-05'],
    ['2024-03-05T00:30:00+09:00', '2024-03-04'],
    ['2024-12-31T20:00:00-05:00', '2025-01-01'],
    ['2024-02-28T23:59:59+08:00', '2024-02-28'],
  ])('%s → %s', (iso, day) => expect(chinaDate(iso)).toBe(day));
  it.each(['', 'yesterday', '2024-03-05', '2024-13-45T00:00:00Z'])('refuses %j', (iso) => {
    expect(() => chinaDate(iso)).toThrow(`不是 ISO 8601 时间：${iso}`);
  });
});

const LOG = [
  '\x1eaaa\x1f2024-03-05T07:00:00+08:00', '', 'M\tpolicies/plan.mdx', 'D\tkindergartens/old.json', 'A\tkindergartens/new.json',
  '\x1ebbb\x1f2024-03-04T10:00:00+08:00', '',
  '\x1eccc\x1f2024-03-01T09:00:00+08:00', '', 'A\tpolicies/plan.mdx', 'A\tkindergartens/old.json', 'A\t报告/说明.json', 'A\treports/2024-02.json',
  '',
].join('\n');

const commits = parseGitLog(LOG);

describe('parseGitLog', () => {
  it('reads commits newest first with their China dates and file changes (merges have none)', () => {
    expect(commits).toEqual([
      { hash: 'aaa', date: '2024-03-05', changes: [
        { status: 'M', path: 'policies/plan.mdx' }, { status: 'D', path: 'kindergartens/old.json' }, { status: 'A', path: 'kindergartens/new.json' },
      ] },
      { hash: 'bbb', date: '2024-03-04', changes: [] },
      { hash: 'ccc', date: '2024-03-01', changes: [
        { status: 'A', path: 'policies/plan.mdx' }, { status: 'A', path: 'kindergartens/old.json' },
        { status: 'A', path: '报告/说明.json' }, { status: 'A', path: 'reports/2024-02.json' },
      ] },
    ]);
  });
  it('empty output is no commits', () => expect(parseGitLog('')).toEqual([]));
});

describe('latestDates and updatedOn: the 更新于 of a page', () => {
  const dates = latestDates(changeDates(commits));
  it.each([
    [['policies/plan.mdx'], '2024-03-05'],
    [['reports/2024-02.json'], '2024-03-01'],
    [['reports/'], '2024-03-01'],
    [['kindergartens/'], '2024-03-05'], // a deletion changes the list
    [['报告/说明.json'], '2024-03-01'],
    [['reports/', 'policies/plan.mdx'], '2024-03-05'],
    [[''], '2024-03-05'],
    [['targets/'], undefined],
    [[], undefined],
  ])('%j → %s', (sources, want) => expect(updatedOn(sources, dates)).toBe(want));
  it('the later date wins whatever the order', () => {
    const d = latestDates([{ path: 'a/b/c.json', date: '2024-01-02' }, { path: 'a/b/c.json', date: '2024-05-01' }, { path: 'a/x.json', date: '2024-03-01' }]);
    expect(Object.fromEntries(d)).toEqual({ 'a/b/c.json': '2024-05-01', 'a/b/': '2024-05-01', 'a/': '2024-05-01', '': '2024-05-01', 'a/x.json': '2024-03-01' });
  });
});

const fee = (effectiveOn: string, before: number, after: number): FeeChange => ({
  effectiveOn, docNumber: '某价字〔2024〕1号', before: [{ level: '全部', amount: before }], after: [{ level: '全部', amount: after }], note: '',
});

const input: HistoryInput = {
  policies: [{ slug: 'plan', title: '某县实施方案', date: '2023-12-18', sample: false }],
  reports: [{ id: '2024-02', month: '2024-02', asOf: '2024-02-29', sample: true }],
  kindergartens: [
    { id: 'new', name: '新园', history: [fee('2024-03-01', 500, 450)], sample: false },
  ],
  notes: [{ id: 'fix', date: '2024-03-04', title: '更正二月数据', text: '二月在园人数有误，已更正。', link: '/progress/', sample: false }],
};

describe('updateItems', () => {
  it('with git: policies and reports on the day they were added, kindergartens added and removed, fees and notes on their dates', () => {
    const items = updateItems({ ...input, commits, removedNames: new Map([['kindergartens/old.json', '旧园']]) });
    expect(items.map((i) => [i.date, i.kind, i.title, i.link])).toEqual([
      ['2024-03-05', 'kindergarten-added', '新园', '/kindergartens/new/'],
      ['2024-03-05', 'kindergarten-removed', '旧园', undefined],
      ['2024-03-04', 'note', '更正二月数据', '/progress/'],
      ['2024-03-01', 'policy', '《某县实施方案》', '/policies/plan/'],
      ['2024-03-01', 'report', '2024年2月', '/progress/'],
      ['2024-03-01', 'fee', '新园保教费', '/kindergartens/new/'],
      // old.json was added in the first commit; its name now comes from the deleted file.
      ['2024-03-01', 'kindergarten-added', '旧园', undefined],
    ]);
    expect(items.find((i) => i.kind === 'report')?.sample).toBe(true);
  });
  it('without git: the content’s own dates, and no kindergartens added or removed', () => {
    expect(updateItems(input).map((i) => [i.date, i.kind])).toEqual([
      ['2024-03-04', 'note'], ['2024-03-01', 'fee'], ['2024-02-29', 'report'], ['2023-12-18', 'policy'],
    ]);
  });
  it('a removed kindergarten whose name git could not read keeps its id', () => {
    expect(updateItems({ ...input, commits }).find((i) => i.kind === 'kindergarten-removed')?.title).toBe('old');
  });
  it('a kindergarten file deleted without a commit is not listed as added', () => {
    const uncommitted = parseGitLog('\x1eddd\x1f2024-03-06T09:00:00+08:00\n\nA\tkindergartens/gone.json\n');
    const items = updateItems({ ...input, commits: [...uncommitted, ...commits] });
    expect(items.some((i) => i.id.startsWith('kg-added:gone:'))).toBe(false);
    expect(items.some((i) => i.id.startsWith('kg-added:new:'))).toBe(true);
  });
  it('a removal is listed only for a file added within the commits given (a fork’s start removes another district’s content)', () => {
    // Newest first: fff deletes a kindergarten the window added (eee) and one from before the window (upstream);
    // eee is the commit where site.json took the county's district: it deletes the forked district's files.
    const fork = parseGitLog([
      '\x1efff\x1f2024-05-02T09:00:00+08:00', '', 'D\tkindergartens/ours-gone.json', 'D\tkindergartens/upstream-kept.json',
      '\x1eeee\x1f2024-05-01T09:00:00+08:00', '', 'M\tsite.json', 'D\tkindergartens/upstream-1.json', 'D\tkindergartens/upstream-2.json',
      'A\tkindergartens/new.json', 'A\tkindergartens/ours-gone.json', '',
    ].join('\n'));
    const names = new Map([['kindergartens/ours-gone.json', '本县停办园'], ['kindergartens/upstream-1.json', '上游一园'], ['kindergartens/upstream-kept.json', '上游留园']]);
    const items = updateItems({ ...input, commits: fork, removedNames: names }).filter((i) => i.kind.startsWith('kindergarten'));
    expect(items.map((i) => [i.date, i.kind, i.title])).toEqual([
      ['2024-05-02', 'kindergarten-removed', '本县停办园'],
      ['2024-05-01', 'kindergarten-added', '本县停办园'],
      ['2024-05-01', 'kindergarten-added', '新园'],
    ]);
  });
  it('a policy title already in 《》 is not wrapped again', () => {
    const items = updateItems({ ...input, policies: [
      { slug: 'notice', title: '关于印发《某县实施方案》的通知', date: '2024-01-02', sample: false },
      { slug: 'marked', title: '《某县行动计划》', date: '2024-01-01', sample: false },
    ] });
    expect(items.filter((i) => i.kind === 'policy').map((i) => i.title)).toEqual(['关于印发《某县实施方案》的通知', '《某县行动计划》']);
  });
  it('a file not committed yet uses its own date', () => {
    const items = updateItems({ ...input, commits, policies: [...input.policies, { slug: 'draft', title: '新文件', date: '2024-02-02', sample: false }] });
    expect(items.find((i) => i.link === '/policies/draft/')?.date).toBe('2024-02-02');
  });
  it('ids are stable and unique', () => {
    const ids = updateItems({ ...input, commits }).map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('fee:new:2024-03-01:某价字〔2024〕1号');
  });
});

describe('feeChangeDetail', () => {
  it('old → new with the 文号 and the effective date', () => {
    expect(feeChangeDetail(fee('2024-09-01', 520, 450))).toBe('520 元/月 → 450 元/月（某价字〔2024〕1号，2024年9月1日起执行）');
  });
});

const item = (date: string, kind: UpdateItem['kind'], title: string, link?: string): UpdateItem => ({ date, kind, title, detail: '', link, id: `${kind}:${title}`, sample: false });

describe('groupByDate and byKind', () => {
  const items = [item('2024-03-05', 'policy', 'a'), item('2024-03-05', 'kindergarten-added', 'b'), item('2024-03-05', 'kindergarten-added', 'c'), item('2024-03-01', 'note', 'd')];
  it('groups consecutive days', () => {
    expect(groupByDate(items).map((g) => [g.date, g.items.length])).toEqual([['2024-03-05', 3], ['2024-03-01', 1]]);
    expect(groupByDate([])).toEqual([]);
  });
  it.each([
    [1, [['policy', 1, 0], ['kindergarten-added', 1, 1]]],
    [10, [['policy', 1, 0], ['kindergarten-added', 2, 0]]],
  ])('at most %i per kind', (max, want) => {
    expect(byKind(items.slice(0, 3), max).map((g) => [g.kind, g.items.length, g.more])).toEqual(want);
  });
});

describe('updateAnchor and feedLinks', () => {
  it('anchors are stable, id-safe and differ for different items', () => {
    expect(updateAnchor({ id: 'report:2024-02' })).toBe(updateAnchor({ id: 'report:2024-02' }));
    expect(updateAnchor({ id: 'report:2024-02' })).toBe('u-47052f30'); // published: FNV-1a of the id's UTF-8 bytes
    expect(updateAnchor({ id: 'report:2024-02' })).not.toBe(updateAnchor({ id: 'report:2024-03' }));
  });
  it('an item links to its own page unless another item does too', () => {
    const items = [item('2024-03-05', 'policy', 'p', '/policies/p/'), item('2024-03-05', 'report', '3', '/progress/'), item('2024-03-01', 'report', '2', '/progress/'), item('2024-03-01', 'kindergarten-removed', 'x')];
    const links = feedLinks(items);
    expect(links[0]).toBe('/policies/p/');
    expect(links.slice(1)).toEqual(items.slice(1).map((i) => `/updates/#${updateAnchor(i)}`));
    expect(new Set(links).size).toBe(links.length);
  });
});

describe('sinceDistrict: a fork’s history starts when site.json took its district', () => {
  const log = (...cs: [string, string[]][]) => cs.map(([hash, paths]) => ({ hash, date: '2024-01-01', changes: paths.map((p) => ({ status: 'M', path: p })) }));
  // Newest first: c4 edits a kindergarten, c3 makes the site 某某县's, c2 and c1 are the forked district's.
  const commits = log(['c4', ['kindergartens/a.json']], ['c3', ['site.json', 'kindergartens/a.json']], ['c2', ['site.json']], ['c1', ['site.json', 'kindergartens/b.json']]);
  const at = new Map([['c3', '某某县'], ['c2', '某某区'], ['c1', '某某区']]);
  it.each([
    ['某某县', ['c4', 'c3']],
    ['某某区', []], // the current site.json names a district git last had before c3: not committed as such
    ['另一个县', []], // new content, not committed yet
  ])('current district %s → %j', (current, hashes) => {
    expect(sinceDistrict(commits, at, current).map((c) => c.hash)).toEqual(hashes);
  });
  it('a district that never changed keeps the whole history', () => {
    expect(sinceDistrict(commits, new Map([['c3', '某某区'], ['c2', '某某区'], ['c1', '某某区']]), '某某区').map((c) => c.hash)).toEqual(['c4', 'c3', 'c2', 'c1']);
  });
  it('without a committed site.json there is no history of this site', () => {
    expect(sinceDistrict(log(['c1', ['kindergartens/a.json']]), new Map(), '某某县')).toEqual([]);
  });
});

describe('UPDATE_KIND_LISTS: the list page of each kind', () => {
  it.each([
    ['note', undefined],
    ['policy', '/policies/'],
    ['report', '/progress/'],
    ['fee', '/fees/'],
    ['kindergarten-added', '/kindergartens/'],
    ['kindergarten-removed', undefined],
  ] as const)('%s → %s', (kind, want) => expect(UPDATE_KIND_LISTS[kind]).toBe(want));
  it('names every kind', () => expect(Object.keys(UPDATE_KIND_LISTS).sort()).toEqual([...UPDATE_KINDS].sort()));
});
