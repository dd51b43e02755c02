// The kindergarten page's QR code and its 收费公示 print view, on every site the suite builds: which
// kindergartens to print comes from the project's content folder. Moved from e2e/shipped/ so a fork keeps them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, decodeQr } from './fixtures.ts';
import { readSite, type SiteKg } from './site-content.ts';

const meta = () => test.info().project.metadata as { contentDir: string };
/** Numbers as the site prints them: 1,650. */
const num = (n: number) => n.toLocaleString('en-US');
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
/** Kindergartens with a published fee, a basis and still open: the ones with a 收费公示 poster. */
const withPoster = (kgs: SiteKg[]) => kgs.filter((k) => !k.closedOn && k.fees?.tuition?.length && k.fees.basis);
// The posters most likely to overflow: most fee lines, a change history, the longest name.
const lines = (k: SiteKg) => (k.fees?.tuition?.length ?? 0) + (k.fees?.history?.length ? 2 : 0) + k.name.length / 10;

test.describe('kindergarten page', () => {
  test('the QR code decodes to the page’s own URL; it is there without JavaScript too', async ({ page, browser, baseURL }) => {
    const k = readSite(meta().contentDir).kindergartens.find((x) => !x.closedOn);
    test.skip(!k, 'a site without kindergartens');
    await page.goto(`kindergartens/${k!.id}/`);
    const qr = page.locator('[data-qr]');
    await expect(qr).toBeVisible();
    // On screen the code is an <img> (WeChat's long press reads images, not inline SVG).
    await expect(qr.locator('img.qr')).toHaveAttribute('alt', /二维码/);
    expect(await decodeQr(page, '[data-qr] img.qr')).toBe(page.url());
    await expect(qr).toContainText(page.url());
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const noJs = await ctx.newPage();
    await noJs.goto(`kindergartens/${k!.id}/`);
    await expect(noJs.locator('[data-qr] img.qr')).toBeVisible();
    await ctx.close();
  });
});

test.describe('收费公示 print view', () => {
  test('the page counter is honest: a long page prints on several pages', async ({ page }) => {
    const c = readSite(meta().contentDir);
    const longest = [...c.policies].sort((a, b) => size(c.dir, b) - size(c.dir, a))[0];
    test.skip(!longest || size(c.dir, longest) < 3000, 'no policy long enough (3,000 characters) to fill two A4 pages');
    await page.goto(`policies/${longest}/`);
    expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBeGreaterThan(1);
  });

  test('the posters most likely to overflow each print as one A4 page with fees, basis, the complaint line when published, QR and date', async ({ page }) => {
    test.setTimeout(120_000);
    const content = readSite(meta().contentDir);
    const kgs = withPoster(content.kindergartens);
    // The line the content publishes (收费投诉电话, else 服务热线); none: no line and no blank to fill in.
    const { complaintPhone, hotline } = content.site.contact;
    const line = complaintPhone ? `收费投诉电话${complaintPhone}` : hotline ? `服务热线${hotline}` : undefined;
    test.skip(kgs.length === 0, 'no kindergarten with a published fee');
    const worst = [...new Set([...[...kgs].sort((a, b) => lines(b) - lines(a)).slice(0, 2), ...kgs.filter((k) => k.fees?.history?.length).slice(0, 1)])];
    for (const k of worst) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`kindergartens/${k.id}/`);
      await expect(page.locator('[data-poster]'), `${k.id}: the poster is not shown on screen`).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      const poster = page.locator('[data-poster]');
      await expect(poster, k.id).toBeVisible();
      await expect(page.locator('.site-header'), k.id).toBeHidden();
      await expect(page.locator('article.kg-page'), k.id).toBeHidden();
      await expect(poster).toContainText('收费公示');
      await expect(poster).toContainText(k.name);
      for (const t of k.fees!.tuition!) await expect(poster).toContainText(`${num(t.amount)} 元/月`);
      if (k.fees!.meals) await expect(poster).toContainText(`${k.fees!.meals.amount} ${k.fees!.meals.unit}`);
      await expect(poster).toContainText(`收费依据：${k.fees!.basis!.docNumber}`);
      if (line) expect((await poster.locator('[data-poster-complaint]').innerText()).replace(/\s+/g, ''), k.id).toContain(line);
      else await expect(poster.locator('[data-poster-complaint]'), k.id).toHaveCount(0);
      expect(await poster.innerText(), k.id).not.toMatch(/[＿_]{3,}/);
      await expect(poster).toContainText('信息截至');
      if (k.sample) await expect(poster).toContainText('示例数据');
      expect(await decodeQr(page, '[data-poster] svg'), k.id).toBe(page.url());
      expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true })), `${k.id} prints on one page`).toBe(1);
    }
  });
});

function size(dir: string, policy: string): number {
  return readFileSync(join(dir, 'policies', `${policy}.mdx`), 'utf8').length;
}
