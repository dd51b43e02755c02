import { readFileSync } from 'node:fs';
import { test, expect, flatText } from '../fixtures.ts';

const PLAN = 'policies/kunqu-puji-puhui-plan-2023/';
const source = readFileSync(new URL('../../tests/shipped/source/kundulun-preschool-plan-2023-12-18.txt', import.meta.url), 'utf8');
const lines = source.split('\n').map((l) => l.trim()).filter(Boolean);
const leaderStart = lines.findIndex((l) => l.startsWith('组  长'));
const leaderEnd = lines.findIndex((l) => l.startsWith('领导小组下设办公室'));
const leaderLines = lines.slice(leaderStart, leaderEnd);
const proseLines = [...lines.slice(0, leaderStart), ...lines.slice(leaderEnd)];
const headings = lines.filter((l) => /^[一二三四五六七八九十]+、/.test(l) || (/^（[一二三四五六七八九十]+）/.test(l) && l.length < 40));
const figures = [...new Set(source.match(/\d+(?:\.\d+)?\s*(?:㎡|个|人|名|所|间|樘|m|台|套|本|项|号|年|月|日)/g) ?? [])];

test.describe('the plan, transcribed verbatim', () => {
  test('every line of the source is on the page', async ({ page }) => {
    await page.goto(PLAN);
    const text = await flatText(page);
    for (const l of proseLines) expect(text, l).toContain(l.replace(/\s+/g, ''));
  });

  test('every member of the leadership group with title', async ({ page }) => {
    await page.goto(PLAN);
    const text = await flatText(page, 'main table');
    // Source lines are laid out in columns: each run of text between wide gaps is a name, role or title part.
    const parts = leaderLines.flatMap((l) => l.replace(/^(组\s*长|副组长|成\s*员)：/, '').split(/\s{2,}/)).map((p) => p.replace(/\s+/g, ''));
    expect(parts.length).toBeGreaterThan(40);
    for (const p of parts) expect(text, p).toContain(p);
    expect(await page.locator('main table tbody tr').count()).toBe(22);
  });

  test('every section heading is a heading and in the table of contents', async ({ page }) => {
    await page.goto(PLAN);
    expect(headings.length).toBe(12);
    const hs = (await page.locator('main h2, main h3, main h4').allInnerTexts()).map((t) => t.trim());
    const toc = (await page.locator('nav.toc').innerText()).replace(/\s+/g, '');
    for (const h of headings) {
      expect(hs, h).toContain(h);
      expect(toc, h).toContain(h);
    }
  });

  test('every figure with its unit', async ({ page }) => {
    await page.goto(PLAN);
    const text = await flatText(page);
    expect(figures).toEqual(expect.arrayContaining(['5000㎡', '9900㎡', '51000㎡', '328间', '559台', '55100本', '96人', '48项']));
    for (const f of figures) expect(text, f).toContain(f.replace(/\s+/g, ''));
  });

  test('metadata: issuer, written date, status; no invented document number', async ({ page }) => {
    await page.goto(PLAN);
    const meta = page.locator('dl.doc-meta');
    await expect(meta).toContainText('昆都仑区人民政府');
    await expect(meta).toContainText('2023年12月18日');
    await expect(meta).toContainText('现行有效');
    await expect(meta).not.toContainText('发文字号');
    expect(await page.title()).toMatch(/^实施方案全文/);
  });

  test('the attachment is named and said to be missing, not invented', async ({ page }) => {
    await page.goto(PLAN);
    const att = page.locator('section[aria-labelledby="attachments"]');
    await expect(att).toContainText('昆区进一步推进全国学前教育普及普惠县（区）创建达标工作任务清单');
    await expect(att).toContainText('未附附件正文');
    expect(await att.locator('a').count()).toBe(0);
  });

  test('reads completely without JavaScript', async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await ctx.newPage();
    await page.goto(PLAN);
    const text = await flatText(page);
    for (const l of proseLines) expect(text, l).toContain(l.replace(/\s+/g, ''));
    await page.locator('nav.toc a').nth(3).click();
    await expect(page).toHaveURL(/#/);
    await ctx.close();
  });

  test('policy list links to the plan; home links to policies', async ({ page }) => {
    await page.goto('');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('昆都仑区学前教育普及普惠');
    await page.getByRole('link', { name: /工作实施方案》的通知/ }).first().click();
    await expect(page).toHaveURL(new RegExp(`${PLAN}$`));
  });
});
