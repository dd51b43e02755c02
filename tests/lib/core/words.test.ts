import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  citedPolicy, deriveWords, FALLBACK_PLAN_NAME, FALLBACK_REGION_WORD, FALLBACK_SUBDIVISION_WORD, planName, programmeName, regionLevel, regionWord,
  subdivisionKind, subdivisionListWord,
} from '../../../src/lib/core/words.ts';

describe('region word from the district name', () => {
  it.each([
    ['某某市某某区', '区', '全区'],
    ['某某省某某县', '县', '全县'],
    ['某某盟某某旗', '旗', '全旗'],
    ['某某市', '市', '全市'],
    ['某某自治县', '县', '全县'],
    ['某某林区 ', '区', '全区'],
    ['某某特别行政单元', undefined, FALLBACK_REGION_WORD],
    ['', undefined, FALLBACK_REGION_WORD],
  ])('%s → %s, %s', (district, level, word) => {
    expect(regionLevel(district)).toBe(level);
    expect(regionWord(district)).toBe(word);
  });
  it('an override wins', () => expect(regionWord('某某县', ' 全域 ')).toBe('全域'));
  it('fallback is the neutral word', () => expect(FALLBACK_REGION_WORD).toBe('本地'));
});

describe('the national programme’s name from the district name', () => {
  it.each([
    ['某某市某某区', '全国学前教育普及普惠区'],
    ['某某省某某县', '全国学前教育普及普惠县'],
    ['某某盟某某旗', '全国学前教育普及普惠旗'],
    ['某某省某某市', '全国学前教育普及普惠市'],
    ['某某特别行政单元', '全国学前教育普及普惠县'], // the programme is named for 县 when the level is not known
  ])('%s → %s', (district, name) => expect(programmeName(district)).toBe(name));
  it('an override wins', () => expect(programmeName('某某区', ' 全国学前教育普及普惠县（区） ')).toBe('全国学前教育普及普惠县（区）'));
});

describe('subdivision word from the name suffix', () => {
  it.each([
    ['东城街道', undefined],
    ['青山镇', undefined],
    ['石门乡', undefined],
    ['某某民族乡', undefined],
    ['某某苏木', undefined],
    ['经济开发区', undefined],
    ['某某地区', '街道'],
  ])('%s (override %s)', (name, override) => {
    const want = { 东城街道: '街道', 青山镇: '镇', 石门乡: '乡', 某某民族乡: '乡', 某某苏木: '苏木', 经济开发区: undefined, 某某地区: '街道' }[name];
    expect(subdivisionKind(name, override)).toBe(want);
  });
});

describe('word for the whole list', () => {
  it.each([
    [['街道', '街道'], '', '街道'],
    [['镇', '乡', '镇'], '', '镇（乡）'],
    [['乡', '镇'], '', '镇（乡）'],
    [['镇', '街道'], '', '街道（镇）'],
    [['街道', '镇', '乡'], '', '街道（镇、乡）'],
    [['苏木', '镇'], '', '镇（苏木）'],
    [['镇', '农场'], '', '镇（农场）'],
    [[undefined, undefined], '', FALLBACK_SUBDIVISION_WORD],
    [[], '', FALLBACK_SUBDIVISION_WORD],
    [['镇', '乡'], '乡镇', '乡镇'],
  ] as [(string | undefined)[], string, string][])('%j (override “%s”) → %s', (kinds, override, want) => {
    expect(subdivisionListWord(kinds, override)).toBe(want);
  });
  it('fallback is the neutral word', () => expect(FALLBACK_SUBDIVISION_WORD).toBe('区域'));
});

describe('plan name from the policy title', () => {
  it.each([
    ['关于印发《某某区关于进一步推进创建全国学前教育普及普惠县（区）工作实施方案》的通知', '实施方案'],
    ['某某县学前教育普及普惠创建行动计划', '行动计划'],
    ['某某县关于学前教育发展的实施意见', '实施意见'],
    ['某某旗学前教育工作方案', '工作方案'],
    ['某某县学前教育普及普惠三年方案', '方案'],
    ['某某县关于学前教育的通知', FALLBACK_PLAN_NAME],
    [undefined, FALLBACK_PLAN_NAME],
  ])('%s → %s', (title, want) => expect(planName(title)).toBe(want));
  it('an override wins', () => expect(planName('某某实施方案', '创建方案')).toBe('创建方案'));
});

describe('the policy the targets cite', () => {
  it.each([
    [['a', 'b', 'b'], 'b'],
    [['a', 'b'], 'a'],
    [[], undefined],
  ])('%j → %s', (sources, want) => expect(citedPolicy(sources)).toBe(want));
});

describe('deriveWords', () => {
  it('a 县 with 镇 and 乡', () => {
    expect(deriveWords({
      site: { district: '某某市某某县' },
      streets: [{ id: 'qingshan', name: '青山镇' }, { id: 'shimen', name: '石门乡' }, { id: 'kfq', name: '经济开发区' }],
      planTitle: '某某县学前教育普及普惠行动计划',
    })).toEqual({
      region: '全县',
      subdivision: '镇（乡）',
      subdivisionById: { qingshan: '镇', shimen: '乡', kfq: '镇（乡）' },
      plan: '行动计划',
      programme: '全国学前教育普及普惠县',
    });
  });
  it('overrides from site.json and streets.json', () => {
    expect(deriveWords({
      site: { district: '某某区', regionWord: '全域', planName: '方案', programmeName: '全国学前教育普及普惠县（区）' },
      streets: [{ id: 'a', name: '甲地区', kind: '街道' }],
      streetsWord: '街道（地区）',
    })).toEqual({ region: '全域', subdivision: '街道（地区）', subdivisionById: { a: '街道' }, plan: '方案', programme: '全国学前教育普及普惠县（区）' });
  });
});

describe('deriveWords on the fixture sites', () => {
  const read = (site: string) => {
    const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'sites', site);
    const json = (p: string) => JSON.parse(readFileSync(join(dir, p), 'utf8'));
    const targets = readdirSync(join(dir, 'targets')).map((f) => json(`targets/${f}`).source.policy as string);
    const slug = citedPolicy(targets)!;
    const title = /^title: (.+)$/m.exec(readFileSync(join(dir, 'policies', `${slug}.mdx`), 'utf8'))![1]!;
    const streets = json('streets.json');
    return deriveWords({ site: json('site.json'), streets: streets.streets, streetsWord: streets.word, planTitle: title });
  };
  it('a 区 with 街道', () => {
    expect(read('district-streets')).toMatchObject({ region: '全区', subdivision: '街道', plan: '行动计划', programme: '全国学前教育普及普惠区' });
  });
  it('a 县 with 镇 and 乡', () => {
    const w = read('county-towns');
    expect(w).toMatchObject({ region: '全县', subdivision: '镇（乡）', plan: '工作方案', programme: '全国学前教育普及普惠县' });
    expect(w.subdivisionById).toEqual({ qinghe: '镇', liuhe: '镇', shuangxi: '镇', shimen: '乡', baiyun: '乡' });
  });
  it('a 旗 with 镇 and 苏木', () => {
    const w = read('banner-qi');
    expect(w).toMatchObject({ region: '全旗', subdivision: '镇（苏木）', plan: '工作方案' });
    expect(w.subdivisionById).toEqual({ chagan: '镇', tala: '镇', alatan: '苏木', wulan: '苏木' });
  });
});
