import { test, expect, flatText } from '../fixtures.ts';

import { CONTENT, records } from '../content.ts';
import { byMonth } from '../../src/lib/progress/order.ts';
import type { IndicatorData } from '../../src/schemas/indicator.ts';
import type { MilestoneData } from '../../src/schemas/milestone.ts';
import type { PolicyData } from '../../src/schemas/policy.ts';
import type { ReportData } from '../../src/schemas/report.ts';
import type { TargetData } from '../../src/schemas/target.ts';
import type { TaskData } from '../../src/schemas/task.ts';

// The shipped content, through the same loader as validate and build: the pages must show exactly this.
const targets = records<TargetData>('targets');
const reports = records<ReportData>('reports').sort(byMonth);
const tasks = records<TaskData>('tasks');
const indicators = records<IndicatorData>('indicators');
const anySampleReport = reports.some((r) => r.sample);
// What decides the 示例数据 banner of each page (needsSampleBanner): the site, or anything the page shows.
const siteSample = Boolean((CONTENT.site?.[0]?.data as { sample?: boolean } | undefined)?.sample);
const anySample = (xs: readonly { sample?: boolean }[]) => xs.some((x) => x.sample);
const progressSample = siteSample || anySample([...reports, ...tasks, ...targets, ...records<MilestoneData>('milestones')]);
const newestPolicies = records<PolicyData>('policies').sort((a, b) => b.writtenOn.localeCompare(a.writtenOn) || a.id.localeCompare(b.id)).slice(0, 3);
const homeSample = siteSample || anySampleReport || anySample(newestPolicies);
const banner = (sample: boolean) => (sample ? 1 : 0);

const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
/** The promise as the plan words it: 9,900㎡, 3至5名, or the description. */
function promise(t: TargetData): string {
  const u = t.unit ?? '';
  if (t.target.kind === 'number') return `${n(t.target.value)}${u}`;
  if (t.target.kind === 'range') return `${t.target.min}至${t.target.max}${u}`;
  return t.target.description;
}
/** The latest reported value of a target, as the card shows it. */
function latest(id: string, unit: string): { text: string; asOf: string } | undefined {
  const r = [...reports].reverse().find((x) => Object.hasOwn(x.values, id));
  if (!r) return undefined;
  const v = r.values[id]!;
  return { text: typeof v === 'boolean' ? (v ? '已完成' : '未完成') : `${n(v)}${unit}`, asOf: r.asOf };
}
const zhDate = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y, m, d) => `${y}年${Number(m)}月${Number(d)}日`);

test.describe('progress pages', () => {
  test('the data has what the pages are checked against', () => {
    expect(targets.length).toBeGreaterThanOrEqual(39);
    expect(tasks.map((t) => t.id).sort()).toEqual(['assessment', 'facilities', 'fees', 'private', 'publicity', 'staffing']);
    expect(reports.length).toBeGreaterThan(1);
  });

  for (const task of tasks) {
    test(`/progress/${task.id}/: every target with its figure, done value, units, source`, async ({ page }) => {
      const res = await page.goto(`progress/${task.id}/`);
      expect(res?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${task.label}${task.title}`);
      const mine = targets.filter((t) => t.task === task.id);
      expect(mine.length).toBeGreaterThan(0);
      expect(await page.locator('article[data-target]').count()).toBe(mine.length);
      for (const t of mine) {
        const card = page.locator(`article#${t.id}`);
        await expect(card.getByRole('heading', { level: 3 })).toHaveText(t.title);
        await expect(card.locator('[data-target-figure]')).toHaveText(promise(t));
        await expect(card).toContainText(t.responsible.join('、'));
        if (t.cooperating?.length) await expect(card).toContainText(t.cooperating.join('、'));
        await expect(card).toContainText(t.source.section);
        await expect(card).toContainText(t.source.quote);
        const done = latest(t.id, t.unit ?? '');
        if (done) {
          await expect(card).toContainText(done.text);
          await expect(card).toContainText(zhDate(done.asOf));
        } else {
          await expect(card).toContainText('尚无月报');
        }
        // The target's row in the figure table.
        await expect(page.locator(`#progress-task-${task.id} table tbody tr`, { hasText: t.title }).first()).toBeVisible();
      }
      // Sample reports feed this page's figures: the banner says so; without any, only the site, the task or its
      // targets can make the page sample.
      if (anySampleReport) await expect(page.locator('[data-sample-banner]')).toBeVisible();
      else await expect(page.locator('[data-sample-banner]')).toHaveCount(banner(siteSample || Boolean(task.sample) || anySample(mine)));
    });
  }

  test('the issue’s example sentence is generated from the data', async ({ page }) => {
    const t = targets.find((x) => x.id === 'outdoor-hardening')!;
    const done = latest('outdoor-hardening', '㎡');
    test.skip(!done, 'no report for outdoor-hardening');
    await page.goto('progress/facilities/');
    const value = [...reports].reverse().find((r) => Object.hasOwn(r.values, 'outdoor-hardening'))!.values['outdoor-hardening'] as number;
    const pct = `${((value / (t.target as { value: number }).value) * 100).toFixed(1).replace(/\.0$/, '')}%`;
    await expect(page.locator('article#outdoor-hardening .target-sentence')).toHaveText(
      `截至${zhDate(done!.asOf)}，室外地面硬化完成${done!.text}，占目标9,900㎡的${pct}。`,
    );
  });

  test('CSV is served as UTF-8 text with a BOM', async ({ request, baseURL }) => {
    const res = await request.get(new URL('data/progress-task-facilities.csv', baseURL).href);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/text\/csv/);
    const body = await res.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('室外地面硬化');
  });

  test('without JavaScript the tables carry every number and the charts stay hidden', async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await ctx.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('progress/facilities/');
    const rows = page.locator('#progress-task-facilities table tbody tr');
    expect(await rows.count()).toBe(targets.filter((t) => t.task === 'facilities').length);
    for (const t of targets.filter((x) => x.task === 'facilities')) {
      if (t.target.kind === 'number') await expect(rows.filter({ hasText: t.title }).first()).toContainText(n(t.target.value));
    }
    for (const box of await page.locator('[data-chart-box]').all()) await expect(box).toBeHidden();
    await expect(page.locator('article#outdoor-hardening')).toContainText('9,900㎡');
    await page.goto('progress/');
    expect(await page.locator('[data-figure] table').count()).toBeGreaterThanOrEqual(2);
    await expect(page.locator('[data-headline-overall]')).toContainText('%');
    expect(requests.filter((u) => u.endsWith('.js'))).toEqual([]);
    await ctx.close();
  });

  test('/progress/ links to every task and shows the latest as-of date', async ({ page }) => {
    await page.goto('progress/');
    for (const t of tasks) {
      await page.locator(`li[data-task="${t.id}"] a`).click();
      await expect(page).toHaveURL(new RegExp(`progress/${t.id}/$`));
      await page.goBack();
    }
    const last = reports.at(-1)!;
    await expect(page.locator('[data-headline-asof]')).toContainText(zhDate(last.asOf));
    await expect(page.locator('[data-sample-banner]')).toHaveCount(banner(progressSample));
  });

  test('the home page shows the same headline figures as /progress/', async ({ page }) => {
    await page.goto('progress/');
    const dashboard = await page.locator('[data-headline]').innerText();
    await page.goto('');
    expect(await page.locator('[data-headline]').innerText()).toBe(dashboard);
    await expect(page.locator('[data-headline-seats]')).toContainText('计划720个');
    await expect(page.locator('[data-sample-banner]')).toHaveCount(banner(homeSample));
    await page.getByRole('link', { name: '查看每项目标的完成情况' }).click();
    await expect(page).toHaveURL(/progress\/$/);
  });

  test('timeline: only the issue date is reached, with its document; the rest say what is planned', async ({ page }) => {
    await page.goto('progress/');
    const issued = page.locator('[data-milestone="plan-issued"]');
    await expect(issued).toContainText('2023年12月18日');
    await expect(issued).toContainText('已完成');
    await expect(issued.getByRole('link').first()).toHaveAttribute('href', /policies\/kunqu-puji-puhui-plan-2023\/$/);
    for (const id of ['application', 'region-assessment', 'national-recognition']) {
      const m = page.locator(`[data-milestone="${id}"]`);
      await expect(m).toContainText('计划2024年');
      await expect(m.locator('time')).toHaveCount(0);
    }
  });

});

test.describe('indicators page', () => {
  test('every indicator; thresholds that could not be sourced say so; sample values flagged', async ({ page }) => {
    await page.goto('indicators/');
    expect(await page.locator('article[data-indicator]').count()).toBe(indicators.length);
    for (const i of indicators) await expect(page.locator(`article#${i.id} h3`)).toHaveText(i.name);
    const unsourced = indicators.filter((i) => !i.threshold).length;
    expect(await page.locator('[data-unsourced]').count()).toBe(unsourced);
    if (unsourced) await expect(page.locator('[data-unsourced-note]')).toContainText(`${unsourced}项`);
    const text = await flatText(page);
    for (const t of ['≥85%', '≥80%', '≥50%', '≤1:7', '≤1:9']) expect(text).toContain(t);
    await expect(page.locator('[data-sample-banner]')).toHaveCount(banner(siteSample || anySample(indicators)));
  });
});

test.describe('no sample banner where no sample data is shown', () => {
  test('the policies list and about page have none', async ({ page }) => {
    for (const path of ['policies/', 'about/']) {
      await page.goto(path);
      await expect(page.locator('[data-sample-banner]')).toHaveCount(0);
    }
  });
});
