// Broken-content fixtures: every validation rule has a broken file here, and the build refuses it
// with a Chinese message naming the file and the field, writing nothing to the output folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/load-content.ts';
import { childEnv } from '../helpers/child-env.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'broken');
// A frozen copy of the shipped content (never content/, which a county replaces): the messages name its ids.
const BASE = join(import.meta.dirname, '..', 'fixtures', 'sites', 'shipped-copy');
const SITE = join(BASE, 'site.json');

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

  it('the base content passes', () => {
    expect(checkContent(BASE).errors.map((e) => e.message)).toEqual([]);
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
    env: childEnv({ CONTENT_DIR: content, DIST_DIR: dist }),
  });
  // Temporary folders live beside dist (scripts/publish.ts); old builds used .build-<pid> in the working directory.
  const leftovers = [...readdirSync('.').filter((f) => f.startsWith('.build-') && !before.includes(f)), ...readdirSync(out).filter((f) => f !== 'dist')];
  return { r, dist, leftovers };
}

/** The base content plus the given fixtures (path under content/ → fixture file): cross-file rules need real targets. */
function realContentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'xqjy-content-'));
  cpSync(BASE, dir, { recursive: true });
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
    ['targets/unknown-policy.json', 'targets/researchers-parttime.json', ['targets/researchers-parttime.json', '来源文件（source.policy） “kunqu-puji-puhui-plan-2032”不是本站的政策文件。', '修改方法：是不是要写“kunqu-puji-puhui-plan-2023”？写 content/policies/ 中已有文件的文件名（不含 .mdx），现有：kunqu-puji-puhui-plan-2023。']],
    ['targets/range-reversed.json', 'targets/researchers-parttime.json', ['targets/researchers-parttime.json', '区间上限（target.max） 区间上限小于下限', '"min": 3, "max": 5']],
    ['milestones/reached-without-date.json', 'milestones/application.json', ['milestones/application.json', '缺少必填字段 完成日期（date）', '缺少必填字段 依据文件（document）']],
    ['indicators/bad-threshold.json', 'indicators/gross-enrolment-rate.json', ['indicators/gross-enrolment-rate.json', '比较方式（threshold.op）', '只能写 >=、<= 或 =', '当前值（value） 当前值必须是数字', '不加 % 或引号']],
  ])('%s is refused with file, field and fix', (fixture, to, expected) => {
    const msg = messages(realContentWith({ [to]: join(FIX, fixture) }));
    for (const part of expected) expect(msg).toContain(part);
  });

  it('a cumulative value that goes down is a warning, not an error (reports-decreasing)', () => {
    const r = checkContent(realContentWith({ 'reports/2024-07.json': join(FIX, 'reports', 'decreasing.json') }));
    expect(r.errors).toEqual([]);
    expect(r.warnings.join('\n')).toContain('reports/2024-07.json：目标“outdoor-hardening”的累计完成数从 7200（');
    expect(r.warnings.join('\n')).toContain('reports/2024-06.json）减少到 7000。完成数是累计数，一般不会减少；如是更正，请在 notes 中说明原因。');
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

  it('stops on an MDX body error before Astro runs (validate compiles every body)', () => {
    const { r, dist, leftovers } = build(contentWith({ 'policies/mdx-body-error.mdx': join(FIX, 'mdx-body-error.mdx') }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('policies/mdx-body-error.mdx');
    expect(r.stderr).toContain('正文第 10 行第 12 列有 MDX 语法错误：标签 <div> 没有闭合。');
    expect(r.stderr).toContain('网站没有生成');
    expect(readdirSync(dist)).toEqual(['previous.txt']);
    expect(leftovers).toEqual([]);
    expect(existsSync(join(dist, 'index.html'))).toBe(false);
  });
});

// Kindergarten rules: each fixture is a valid record (tests/fixtures/good/kindergarten.json) with one defect,
// checked beside that record against the base content's streets, types, fee documents and plan.
const CONTENT = BASE;
const GOOD_KG = join(import.meta.dirname, '..', 'fixtures', 'good', 'kindergarten.json');
function kgContentWith(files: Record<string, string>): string {
  return contentWith({
    'streets.json': join(CONTENT, 'streets.json'),
    'kindergarten-types.json': join(CONTENT, 'kindergarten-types.json'),
    'fees.json': join(CONTENT, 'fees.json'),
    'policies/kunqu-puji-puhui-plan-2023.mdx': join(CONTENT, 'policies', 'kunqu-puji-puhui-plan-2023.mdx'),
    'kindergartens/good.json': GOOD_KG,
    ...files,
  });
}
const kgFixture = (name: string) => ({ [`kindergartens/${name}`]: join(FIX, 'kindergartens', name) });

describe('kindergarten fixtures', () => {
  it('the good record passes beside the shipped lists', () => {
    expect(checkContent(kgContentWith({})).errors).toEqual([]);
  });

  it.each([
    ['unknown-type.json', ['kindergartens/unknown-type.json', '类型（type） “教办公立”不在', '是不是要写“教办公办”？']],
    ['unknown-street.json', ['kindergartens/unknown-street.json', '街道/乡镇（street） “示例东街”不在', 'streets.json 中。', '是不是要写“示例东街道”？']],
    ['duplicate-name.json', ['全称（name） “示例测试幼儿园”已被', 'kindergartens/duplicate-name.json', '全称和简称都必须唯一']],
    ['duplicate-short-name.json', ['简称（shortNames[0]） “示例测试园”已被', 'kindergartens/duplicate-short-name.json']],
    ['negative-fee.json', ['kindergartens/negative-fee.json', '保教费·金额（fees.tuition[0].amount） 金额不能是负数：收到 数字 -100', '伙食费·金额（fees.meals.amount） 金额不能是负数', '修改方法：填写 0 或正数']],
    ['bad-meal-unit.json', ['kindergartens/bad-meal-unit.json', '伙食费·单位（fees.meals.unit）', '只能写 元/天 或 元/月']],
    ['over-cap.json', ['kindergartens/over-cap.json', '保教费·金额（fees.tuition[0].amount） 小班保教费 420 元/月 高于核定收费上限（fees.cap）400 元/月', '按收费文件改正保教费']],
    ['change-without-doc-number.json', ['kindergartens/change-without-doc-number.json', '缺少必填字段 调整记录·文号（fees.history[0].docNumber）', '"docNumber": ……']],
    ['change-without-date.json', ['kindergartens/change-without-date.json', '缺少必填字段 调整记录·执行日期（fees.history[0].effectiveOn）', '"effectiveOn": ……']],
    ['history-mismatch.json', ['kindergartens/history-mismatch.json', '保教费（fees.tuition） 现行保教费（380 元/月）与最近一次调整（2024-03-01）后的金额（360 元/月）不一致']],
    ['two-changes-one-date.json', ['kindergartens/two-changes-one-date.json', '调整记录·执行日期（fees.history[1].effectiveOn） 2024-03-01 有两条调整记录']],
    ['basis-older-than-change.json', ['kindergartens/basis-older-than-change.json', '收费依据·执行日期（fees.basis.effectiveOn） 收费依据的执行日期 2019-09-01 早于最近一次调整', '改为最近一次调整的文号']],
    ['unregistered-document.json', ['kindergartens/unregistered-document.json', '收费依据·文号（fees.basis.docNumber） “包发改费字〔2015〕230号”不在收费依据文件列表', '是不是要写“包发改费字〔2015〕203号”？']],
    ['fee-level-missing.json', ['kindergartens/fee-level-missing.json', '保教费（fees.tuition） 本园有混龄，但保教费中没有混龄的金额']],
    ['enrolled-over-capacity.json', ['kindergartens/enrolled-over-capacity.json', '在园幼儿数（enrolled） 95 超过核定学位数（capacity）90', '修改方法：核对两个数字']],
    ['enrollment-over-capacity.json', ['kindergartens/enrollment-over-capacity.json', '招生·招生计划（enrollment.plan） 共 100 人，超过核定学位数（capacity）90。', '修改方法：招生计划不能多于核定学位']],
    ['not-sample-on-sample-street.json', ['kindergartens/not-sample-on-sample-street.json', '示例数据标记（sample） 街道/乡镇“示例东街道”是示例数据', '加上 "sample": true']],
    ['bad-status.json', ['kindergartens/bad-status.json', '办园状态（status） 办园状态不对：收到 文字“停止招生”', '只能写 暂停招生、新建未开园 之一；正常办园时删去 status 这一项。']],
    ['closed-after-as-of.json', ['kindergartens/closed-after-as-of.json', '停办日期（closedOn） 2024-12-01 晚于信息核对日期（asOf）2024-09-01：还没有停办的幼儿园不能写停办日期。', '修改方法：幼儿园停办后再写 closedOn，并把 asOf 改为核对停办的日期；停办日期写错的，改正它。']],
    ['closed-with-status.json', ['kindergartens/closed-with-status.json', '办园状态（status） 写了停办日期（closedOn）2024-07-01，又写了办园状态“暂停招生”，不知道以哪个为准。', '修改方法：已停办的幼儿园删去 status（和 statusNote）；仍在办的删去 closedOn。']],
    ['closed-note-without-date.json', ['kindergartens/closed-note-without-date.json', '停办说明（closedNote） 写了停办说明，但没有停办日期（closedOn）。', '修改方法：已停办的幼儿园加上 "closedOn": "YYYY-MM-DD"；仍在办的删去 closedNote。']],
    ['opens-on-passed.json', ['kindergartens/opens-on-passed.json', '计划开园日期（opensOn） 2024-03-01 不晚于信息核对日期（asOf）2024-09-01，办园状态却仍是“新建未开园”。', '修改方法：已开园的，删去 status 和 opensOn，填写开园后的班级、在园幼儿和收费；推迟开园的，把 opensOn 改为新的计划日期，并更新 asOf。']],
    ['opens-on-while-open.json', ['kindergartens/opens-on-while-open.json', '计划开园日期（opensOn） 只有办园状态（status）是“新建未开园”时才写计划开园日期，本园没有写办园状态（正常办园）。', '修改方法：已开园的删去 opensOn；还没开园的加上 "status": "新建未开园"。']],
    ['planned-with-children.json', ['kindergartens/planned-with-children.json', '在园幼儿数（enrolled） 80：办园状态是“新建未开园”，还不会有在园幼儿。', '修改方法：还没开园时写 0；已开园的删去 status 和 opensOn。']],
    ['project-unknown-policy.json', ['kindergartens/project-unknown-policy.json', '学位项目·出处（project.source.policy） “kunqu-puji-puhui-plan-2032”不是本站的政策文件。', '修改方法：是不是要写“kunqu-puji-puhui-plan-2023”？写 content/policies/ 中已有文件的文件名（不含 .mdx），现有：kunqu-puji-puhui-plan-2023。']],
    ['status-note-without-status.json', ['kindergartens/status-note-without-status.json', '状态说明（statusNote） 写了状态说明，但没有办园状态（status）。', '修改方法：加上 "status"（暂停招生 或 新建未开园）；正常办园的删去 statusNote。']],
  ])('%s is refused with file, field and fix', (name, expected) => {
    const msg = messages(kgContentWith(kgFixture(name)));
    for (const part of expected) expect(msg).toContain(part);
  });

  it.each([
    ['missing-cap.json', 'kindergartens/missing-cap.json：没有填写核定收费上限（fees.cap）：“教办公办”是公办幼儿园，收费实行政府定价，页面上的核定保教费上限显示“未公布”。有收费文件核定的上限时，在 fees 中加上 "cap": 金额（元/月）。'],
    ['closed-with-fees.json', 'kindergartens/closed-with-fees.json：已停办（closedOn 2024-07-01），页面不再显示收费，但 fees 中仍写着保教费或伙食费。可删去 fees 中的 tuition、meals、basis、cap（调整记录 history 可以保留）。'],
  ])('%s is a warning, not an error', (name, warning) => {
    const r = checkContent(kgContentWith(kgFixture(name)));
    expect(r.errors).toEqual([]);
    expect(r.warnings.join('\n')).toContain(warning);
  });

  it('fees.json: fewer kindergartens record the adjustment than it expects is a warning (fee-adjustments)', () => {
    // The base fees.json expects 9 kindergartens adjusted by 包发改费字〔2015〕203号; the good record has no history.
    const r = checkContent(kgContentWith({}));
    expect(r.errors).toEqual([]);
    expect(r.warnings.join('\n')).toContain('fees.json：按包发改费字〔2015〕203号应调整 9 所幼儿园的收费，幼儿园文件中记录了 0 所。');
  });

  it('over the class-size standard is a warning, not an error', () => {
    const r = checkContent(kgContentWith(kgFixture('over-class-size.json')));
    expect(r.errors).toEqual([]);
    expect(r.warnings.join('\n')).toContain('kindergartens/over-class-size.json：核定学位数 120 超过班额标准：1 个小班、1 个中班、1 个大班按班额标准（小班 25 人、中班 30 人、大班 35 人、混龄 30 人）只能容纳 90 人');
  });

  it.each([
    ['streets.json', 'streets-duplicate-id.json', ['streets.json', '街道/乡镇网址名（streets[6].id） “shili-dong”与第 1 个街道/乡镇重复']],
    ['kindergarten-types.json', 'types-duplicate-name.json', ['kindergarten-types.json', '类型名称（types[5].name） “教办公办”与第 1 个类型重复。', '修改方法：删除重复的一项。']],
    ['kindergarten-types.json', 'types-bad-category.json', ['kindergarten-types.json', '类别（types[0].category） 类别不对：收到 文字“公立”', '是不是要写“公办”？']],
    ['fees.json', 'fees-unregistered-adjustment.json', ['fees.json', '收费调整·文号（adjustments.docNumber） “包发改费字〔2015〕302号”不在收费依据文件（documents）中']],
  ])('%s: %s is refused', (file, fixture, expected) => {
    const msg = messages(kgContentWith({ [file]: join(FIX, 'data-files', fixture) }));
    for (const part of expected) expect(msg).toContain(part);
  });

  it('the build prints the warning and stops on the error, publishing nothing', () => {
    const content = kgContentWith({ ...kgFixture('over-class-size.json'), ...kgFixture('enrolled-over-capacity.json') });
    const out = mkdtempSync(join(tmpdir(), 'xqjy-out-'));
    const r = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env: childEnv({ CONTENT_DIR: content, DIST_DIR: join(out, 'dist') }) });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('⚠ ');
    expect(r.stderr).toContain('over-class-size.json：核定学位数 120 超过班额标准');
    expect(r.stderr).toContain('在园幼儿数（enrolled） 95 超过核定学位数');
    expect(r.stderr).toContain('网站没有生成');
    expect(existsSync(join(out, 'dist'))).toBe(false);
  });

  it('a warning alone does not stop the check', () => {
    const r = spawnSync(process.execPath, ['scripts/validate.ts'], { encoding: 'utf8', env: childEnv({ CONTENT_DIR: kgContentWith(kgFixture('over-class-size.json')) }) });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('⚠ ');
    expect(r.stderr).toContain('超过班额标准');
    expect(r.stdout).toContain('内容检查通过');
  });
});

describe('enrolment fixtures (content/enrollment.json)', () => {
  it.each([
    ['unknown-policy.json', ['enrollment.json', '招生政策文件（policy） “kunqu-zhaosheng-2025”不是本站的政策文件。', '先把招生通知放进 content/policies/，再写它的文件名（不含 .mdx），现有：kunqu-puji-puhui-plan-2023；还没上传时留空。']],
    ['dates-reversed.json', [
      'enrollment.json',
      '报名时间·结束日期（periods[0].to） 2025-05-10 早于开始日期 2025-05-20。',
      '报名时间·开始日期（periods[1].from） “现场审核”（2025-05-01）早于上一项“网上报名”（2025-05-20）。',
      '适龄范围·出生日期止（ages[0].bornTo） 2021-09-01 早于出生日期起 2022-08-31。',
    ]],
    ['http-link.json', ['enrollment.json', '报名网址（applyUrl） “http://zs.example.gov.cn/”不是 https:// 开头。', '只能链接加密的 https:// 网址']],
    ['bad-fields.json', ['enrollment.json', '招生年度（year）', '招生年度必须是四位年份数字', '收到 文字“2025年”', '适龄范围·班级（ages[0].level）', '只能写 托班、小班、中班、大班、混龄']],
  ])('%s is refused with file, field and fix', (name, expected) => {
    const msg = messages(kgContentWith({ 'enrollment.json': join(FIX, 'enrollment', name) }));
    for (const part of expected) expect(msg).toContain(part);
  });
});
