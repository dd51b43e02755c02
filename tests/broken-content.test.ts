// Broken-content fixtures: every validation rule has a broken file here, and the build refuses it
// with a Chinese message naming the file and the field, writing nothing to the output folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../scripts/load-content.ts';

const FIX = join(import.meta.dirname, 'fixtures', 'broken');
const SITE = join(import.meta.dirname, '..', 'content', 'site.json');

/** A content folder with the real site config and the given files (path under content/ → fixture file). */
function contentWith(files: Record<string, string>, site = SITE): string {
  const dir = mkdtempSync(join(tmpdir(), 'xqjy-content-'));
  cpSync(site, join(dir, 'site.json'));
  for (const [to, from] of Object.entries(files)) {
    mkdirSync(join(dir, to, '..'), { recursive: true });
    cpSync(from, join(dir, to));
  }
  return dir;
}

function messages(dir: string): string {
  return checkContent(dir).errors.map((e) => e.message).join('\n');
}

describe('policy fixtures', () => {
  it.each([
    ['missing-title.mdx', ['policies/missing-title.mdx', '缺少必填字段 标题（title）', '修改方法：在文件中加上 title: ……']],
    ['bad-date.mdx', ['policies/bad-date.mdx', '成文日期（writtenOn）', '收到 文字“2023年12月18日”', '例如 2023-12-18']],
    ['unknown-status.mdx', ['policies/unknown-status.mdx', '效力状态（status）', '是不是要写“现行有效”']],
    ['bad-yaml.mdx', ['policies/bad-yaml.mdx', 'YAML 格式错误，在第 7 行附近（也检查它的上一行）', '冒号用英文“:”且后面要有空格']],
    ['no-frontmatter.mdx', ['policies/no-frontmatter.mdx', '没有 frontmatter']],
    ['中文文件名.mdx', ['中文文件名.mdx', '只能用小写英文字母、数字和连字符']],
  ])('%s is refused with file, field and fix', (name, expected) => {
    const msg = messages(contentWith({ [`policies/${name}`]: join(FIX, 'policies', name) }));
    for (const part of expected) expect(msg).toContain(part);
  });

  it('the shipped content passes', () => {
    expect(checkContent(join(import.meta.dirname, '..', 'content')).errors.map((e) => e.message)).toEqual([]);
  });
});

describe('site config fixtures', () => {
  it.each([
    ['trailing-comma.json', ['site.json', 'JSON 格式错误，在第 18 行第 1 列附近', '最后一项后面多了逗号']],
    ['missing-name.json', ['site.json', '缺少必填字段 网站名称（name）', '"name": ……']],
  ])('%s is refused', (name, expected) => {
    const msg = messages(contentWith({}, join(FIX, 'site', name)));
    for (const part of expected) expect(msg).toContain(part);
  });
});

/** Runs the real build on a content folder, with a previous good build in place. */
function build(content: string) {
  const out = mkdtempSync(join(tmpdir(), 'xqjy-out-'));
  const dist = join(out, 'dist');
  // A previous good build is in place: a failed build must leave it exactly as it was.
  mkdirSync(dist);
  writeFileSync(join(dist, 'previous.txt'), 'ok');
  const before = readdirSync('.').filter((f) => f.startsWith('.build-'));
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist },
  });
  const leftovers = readdirSync('.').filter((f) => f.startsWith('.build-') && !before.includes(f));
  return { r, dist, leftovers };
}

/** The shipped content plus the given fixtures (path under content/ → fixture file): cross-file rules need real targets. */
function realContentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'xqjy-content-'));
  cpSync(join(import.meta.dirname, '..', 'content'), dir, { recursive: true });
  for (const [to, from] of Object.entries(files)) cpSync(from, join(dir, to));
  return dir;
}

describe('progress fixtures (targets, monthly reports, milestones, indicators)', () => {
  it.each([
    ['reports/unknown-target.json', 'reports/2024-07.json', ['reports/2024-07.json', '完成数（values）中的目标编号“outdoor-hardning”不存在', '是不是要写“outdoor-hardening”？']],
    ['reports/negative-value.json', 'reports/2024-07.json', ['reports/2024-07.json', 'values.outdoor-hardening 完成数不能是负数：收到 数字 -500', '没有进展就写 0']],
    ['reports/bad-date.json', 'reports/2024-07.json', ['reports/2024-07.json', '统计截止日期（asOf）', '收到 文字“2024/07/31”', '例如 2023-12-18']],
    ['reports/duplicate-month.json', 'reports/2024-06-b.json', ['reports/2024-06-b.json', '月份（month）2024-06 与', 'reports/2024-06.json 重复', '把两份月报合并为一份']],
    ['reports/wrong-kind.json', 'reports/2024-07.json', ['reports/2024-07.json', '完成数（values.unified-meal-fee）是 数字 1', '定性目标写 true（已完成）或 false（未完成）']],
    ['reports/as-of-outside-month.json', 'reports/2024-07.json', ['reports/2024-07.json', '统计截止日期（asOf）2024-08-05 不在月份 2024-07 之内']],
    ['reports/bad-breakdown.json', 'reports/2024-07.json', ['reports/2024-07.json', '“准人”不是该目标的分类', '是不是要写“准入”？']],
    ['targets/unknown-task.json', 'targets/researchers-parttime.json', ['targets/researchers-parttime.json', '所属任务（task）“staffng”不存在', '是不是要写“staffing”？']],
    ['targets/range-reversed.json', 'targets/researchers-parttime.json', ['targets/researchers-parttime.json', '区间上限（target.max） 区间上限小于下限', '"min": 3, "max": 5']],
    ['milestones/reached-without-date.json', 'milestones/application.json', ['milestones/application.json', '缺少必填字段 完成日期（date）', '缺少必填字段 依据文件（document）']],
    ['indicators/bad-threshold.json', 'indicators/gross-enrolment-rate.json', ['indicators/gross-enrolment-rate.json', '比较方式（threshold.op）', '只能写 >=、<= 或 =', '当前值（value） 当前值必须是数字', '不加 % 或引号']],
  ])('%s is refused with file, field and fix', (fixture, to, expected) => {
    const msg = messages(realContentWith({ [to]: join(FIX, fixture) }));
    for (const part of expected) expect(msg).toContain(part);
  });

  it('a build with an unknown target id in a report stops and publishes nothing', () => {
    const { r, dist } = build(realContentWith({ 'reports/2024-07.json': join(FIX, 'reports', 'unknown-target.json') }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('reports/2024-07.json');
    expect(r.stderr).toContain('outdoor-hardning');
    expect(readdirSync(dist)).toEqual(['previous.txt']);
  });
});

describe('a failed build publishes nothing', () => {

  it('stops on a content error before Astro runs', () => {
    const { r, dist, leftovers } = build(contentWith({ 'policies/missing-title.mdx': join(FIX, 'policies', 'missing-title.mdx') }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('policies/missing-title.mdx');
    expect(r.stderr).toContain('标题（title）');
    expect(r.stderr).toContain('网站没有生成');
    expect(readdirSync(dist)).toEqual(['previous.txt']);
    expect(leftovers).toEqual([]);
  });

  it('stops on an MDX error inside Astro and removes the half-built output', () => {
    const { r, dist, leftovers } = build(contentWith({ 'policies/mdx-body-error.mdx': join(FIX, 'mdx-body-error.mdx') }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Astro 构建失败');
    expect(readdirSync(dist)).toEqual(['previous.txt']);
    expect(leftovers).toEqual([]);
    expect(existsSync(join(dist, 'index.html'))).toBe(false);
  });
});
