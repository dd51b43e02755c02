import type { Page } from '@playwright/test';
import { test, expect, decodeQr } from '../fixtures.ts';
import { CONTACT, KGS, minFee, streetId, typeId, TYPES, STREETS } from '../content.ts';

/** Numbers as the site prints them: 1,650. */
const num = (n: number) => n.toLocaleString('en-US');

const rows = (page: Page) => page.locator('table[data-dir-table] tr[data-kg]');
const visibleNames = (page: Page) => page.locator('table[data-dir-table] tr[data-kg]:visible th a').allInnerTexts();

test.describe('directory', () => {
  test('lists every kindergarten, with its fees and seats, and the sample banner', async ({ page }) => {
    await page.goto('kindergartens/');
    await expect(page.locator('[data-sample-banner]')).toBeVisible();
    await expect(rows(page)).toHaveCount(KGS.length);
    // textContent: on a phone the card leaves 核定学位 out of view, the row still carries it.
    const texts = Object.fromEntries(await rows(page).evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.kg, e.textContent ?? ''])));
    for (const k of KGS) {
      const row = texts[k.id] as string;
      // 伙食费 is shown per month (元/月 column); a per-day fee also shows its quoted rate.
      const meals = k.fees.meals.unit === '元/天' ? `${k.fees.meals.amount} 元/天` : num(k.fees.meals.amount);
      for (const part of [k.name, k.type, k.street, meals, num(minFee(k)), num(k.capacity)]) expect(row, k.id).toContain(part);
    }
  });

  test('complete without JavaScript: every row, street anchors, no filter form', async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await ctx.newPage();
    // A shared filter URL still shows the whole directory when scripts are off.
    await page.goto('kindergartens/?type=baogang&sort=fee');
    await expect(rows(page)).toHaveCount(KGS.length);
    expect(await rows(page).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(KGS.length);
    await expect(page.locator('form[data-dir-form]')).toBeHidden();
    const street = STREETS.find((s) => KGS.some((k) => k.street === s.name))!;
    await page.getByRole('navigation', { name: '按街道查看' }).getByRole('link', { name: new RegExp(street.name) }).click();
    await expect(page).toHaveURL(new RegExp(`#street-${street.id}$`));
    await expect(page.locator(`#street-${street.id}`)).toContainText(street.name);
    await page.locator(`tr[data-kg="${KGS[0]!.id}"] th a`).click();
    await expect(page).toHaveURL(new RegExp(`kindergartens/${KGS[0]!.id}/$`));
    await ctx.close();
  });

  test('with scripts on, the filter controls are in place before the directory script runs (no layout shift)', async ({ page }) => {
    // The page without its module scripts (the directory script among them): the controls are shown by the
    // head's early inline script (<html data-js>) and the style sheet alone, as they are at first paint.
    await page.route(/\/kindergartens\/$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script type="module">[\s\S]*?<\/script>/g, '');
      await route.fulfill({ response, body });
    });
    await page.goto('kindergartens/');
    await expect(page.locator('script[type="module"]')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-js', '');
    await expect(page.locator('form[data-dir-form]')).toBeVisible();
  });

  test('filter by type and sort by fee; the URL is shareable and round-trips', async ({ page }) => {
    await page.goto('kindergartens/');
    const type = TYPES.find((t) => t.id === 'baogang')!;
    const expected = KGS.filter((k) => k.type === type.name);
    await page.getByLabel('类型').selectOption({ label: type.name });
    await expect(page).toHaveURL(/kindergartens\/\?type=baogang$/);
    await expect(page.locator('tr[data-kg]:visible')).toHaveCount(expected.length);
    await expect(page.locator('[data-dir-status]')).toHaveText(`显示 ${expected.length} 所幼儿园（${type.name}），共 ${KGS.length} 所，按街道排列。`);

    await page.getByLabel('排序').selectOption('fee');
    await expect(page).toHaveURL(/\?type=baogang&sort=fee$/);
    const names = await visibleNames(page);
    const byFee = [...expected].sort((a, b) => minFee(a) - minFee(b)).map(minFee);
    expect(names.map((n) => minFee(KGS.find((k) => k.name === n)!))).toEqual(byFee);
    // Street group headers make no sense in fee order.
    await expect(page.locator('tr[data-group]:visible')).toHaveCount(0);

    // The same URL, opened fresh, gives the same view.
    const url = page.url();
    const page2 = await page.context().newPage();
    await page2.goto(url);
    await expect(page2.getByLabel('类型')).toHaveValue('baogang');
    await expect(page2.getByLabel('排序')).toHaveValue('fee');
    expect(await visibleNames(page2)).toEqual(names);
    await page2.close();

    // Back to the default view restores street grouping and every row.
    await page.getByLabel('类型').selectOption('');
    await page.getByLabel('排序').selectOption('street');
    await expect(page).toHaveURL(/kindergartens\/$/);
    await expect(page.locator('tr[data-kg]:visible')).toHaveCount(KGS.length);
    expect(await visibleNames(page)).toEqual(await rows(page).locator('th a').allInnerTexts());
  });

  test('a URL with street, type and sort applies all three; an empty result says so', async ({ page }) => {
    const k = KGS.find((x) => x.type === '教办公办')!;
    const expected = KGS.filter((x) => x.type === k.type && x.street === k.street).sort((a, b) => Math.max(...b.fees.tuition.map((t) => t.amount)) - Math.max(...a.fees.tuition.map((t) => t.amount)));
    await page.goto(`kindergartens/?type=${typeId(k)}&street=${streetId(k)}&sort=fee-desc`);
    await expect(page.getByLabel('街道', { exact: true })).toHaveValue(streetId(k));
    await expect(page.locator('tr[data-kg]:visible')).toHaveCount(expected.length);
    const names = await visibleNames(page);
    expect(new Set(names)).toEqual(new Set(expected.map((x) => x.name)));
    const maxes = names.map((n) => Math.max(...KGS.find((x) => x.name === n)!.fees.tuition.map((t) => t.amount)));
    expect(maxes).toEqual([...maxes].sort((a, b) => b - a));

    // A street with no 民办 kindergarten (if any) shows the empty message.
    const empty = STREETS.find((s) => !KGS.some((x) => x.street === s.name && x.type === '民办') && KGS.some((x) => x.street === s.name));
    if (empty) {
      await page.goto(`kindergartens/?type=minban&street=${empty.id}`);
      await expect(page.locator('[data-dir-empty]')).toBeVisible();
      await expect(page.locator('tr[data-kg]:visible')).toHaveCount(0);
    }
  });

  test('sort by free seats; unknown parameters are ignored', async ({ page }) => {
    await page.goto('kindergartens/?sort=seats&type=nope');
    await expect(page.getByLabel('类型')).toHaveValue('');
    await expect(page.locator('tr[data-kg]:visible')).toHaveCount(KGS.length);
    const free = (await visibleNames(page)).map((n) => {
      const k = KGS.find((x) => x.name === n)!;
      return Math.max(0, k.capacity - k.enrolled);
    });
    expect(free).toEqual([...free].sort((a, b) => b - a));
  });
});

test.describe('kindergarten page', () => {
  const kg = KGS.find((k) => k.id === 'baogang-17')!;

  test('fees, basis, seats, front-loaded title, sample banner', async ({ page }) => {
    await page.goto(`kindergartens/${kg.id}/`);
    expect(await page.title()).toBe(`${kg.name} 收费标准 · 昆区学前教育`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(kg.name);
    await expect(page.locator('[data-sample-banner]')).toBeVisible();
    const fees = page.locator('table.kg-fees');
    for (const t of kg.fees.tuition) await expect(fees).toContainText(`${num(t.amount)} 元/月`);
    await expect(fees).toContainText(`${kg.fees.meals.amount} ${kg.fees.meals.unit}`);
    const basis = page.locator('[data-fee-basis]');
    await expect(basis).toContainText(kg.fees.basis.docNumber);
    await expect(basis.getByRole('link', { name: kg.fees.basis.docNumber })).toHaveAttribute('href', /fees\/#basis-/);
    await expect(page.locator('[data-project]')).toContainText(`${kg.project!.classes} 个教学班、${kg.project!.seats} 个学位`);
    await expect(page.locator('[data-sample-note]')).toContainText('来自实施方案');
  });

  test('the last fee change with its date and 文号', async ({ page }) => {
    const adjusted = KGS.find((k) => k.fees.history?.length)!;
    const c = adjusted.fees.history![0]!;
    await page.goto(`kindergartens/${adjusted.id}/`);
    const [y, m, d] = c.effectiveOn.split('-').map(Number);
    await expect(page.locator('[data-last-change]')).toHaveText(`${y}年${m}月${d}日起，保教费由 ${num(c.before[0]!.amount)} 元/月 调整为 ${num(c.after[0]!.amount)} 元/月（${c.docNumber}）`);
  });

  test('the QR code decodes to the page’s own URL', async ({ page }) => {
    await page.goto(`kindergartens/${kg.id}/`);
    const qr = page.locator('[data-qr]');
    await expect(qr).toBeVisible();
    await expect(qr.locator('svg')).toHaveAttribute('role', 'img');
    expect(await decodeQr(page, '[data-qr] svg')).toBe(page.url());
    await expect(qr).toContainText(page.url());
  });

  test('works without JavaScript', async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await ctx.newPage();
    await page.goto(`kindergartens/${kg.id}/`);
    await expect(page.locator('table.kg-fees')).toContainText(`${kg.fees.meals.amount} ${kg.fees.meals.unit}`);
    await expect(page.locator('[data-qr] svg')).toBeVisible();
    await ctx.close();
  });
});

test.describe('收费公示 print view', () => {
  const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  // The posters most likely to overflow: most fee lines, a change history, the longest name.
  const lines = (k: (typeof KGS)[number]) => k.fees.tuition.length + (k.fees.history?.length ? 2 : 0) + k.name.length / 10;
  const worst = [...new Set([...[...KGS].sort((a, b) => lines(b) - lines(a)).slice(0, 2), KGS.find((k) => k.fees.history?.length)!, KGS.find((k) => k.id === 'baogang-17')!])];

  test('the page counter is honest: a long page prints on several pages', async ({ page }) => {
    await page.goto('policies/kunqu-puji-puhui-plan-2023/');
    expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBeGreaterThan(1);
  });

  for (const k of worst) {
    test(`${k.id} prints as one A4 page with fees, basis, the complaint line when published, QR and date`, async ({ page }) => {
      await page.goto(`kindergartens/${k.id}/`);
      await page.emulateMedia({ media: 'print' });
      const poster = page.locator('[data-poster]');
      await expect(poster).toBeVisible();
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('article.kg-page')).toBeHidden();
      await expect(poster).toContainText('收费公示');
      await expect(poster).toContainText(k.name);
      for (const t of k.fees.tuition) await expect(poster).toContainText(`${num(t.amount)} 元/月`);
      await expect(poster).toContainText(`${k.fees.meals.amount} ${k.fees.meals.unit}`);
      await expect(poster).toContainText(`收费依据：${k.fees.basis.docNumber}`);
      // The line the content publishes (收费投诉电话, else 服务热线); none: no line and no blank to fill in.
      const line = CONTACT.complaintPhone || CONTACT.hotline;
      if (line) await expect(poster.locator('[data-poster-complaint]')).toContainText(line);
      else await expect(poster.locator('[data-poster-complaint]')).toHaveCount(0);
      expect(await poster.innerText()).not.toMatch(/[＿_]{3,}/);
      await expect(poster).toContainText('信息截至');
      if (k.sample) await expect(poster).toContainText('示例数据');
      expect(await decodeQr(page, '[data-poster] svg')).toBe(page.url());
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdfPages(pdf)).toBe(1);
    });
  }

  test('the poster is not shown on screen', async ({ page }) => {
    await page.goto('kindergartens/baogang-17/');
    await expect(page.locator('[data-poster]')).toBeHidden();
  });
});
