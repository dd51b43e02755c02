// The kindergarten directory's filters and sorting, on every site the suite builds (the shipped content and each
// fixture site): which type, subdivision and order to try comes from the project's content folder, never from
// a county's names. Moved from e2e/shipped/ so a county's fork keeps them.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { countedKindergartens, minTuition, readSite, type SiteContent } from './site-content.ts';

const meta = () => test.info().project.metadata as { contentDir: string };
const site = (): SiteContent => readSite(meta().contentDir);
/** The kindergartens the directory table lists: the counted ones (closed and 新建未开园 follow in short lists). */
const listed = (c: SiteContent) => countedKindergartens(c);

const rows = (page: Page) => page.locator('table[data-dir-table] tr[data-kg]');
const visibleIds = (page: Page) => page.locator('table[data-dir-table] tr[data-kg]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kg!));

/** The type with the most listed kindergartens that is not all of them (a filter that narrows), else the largest. */
function narrowingType(c: SiteContent) {
  const kgs = listed(c);
  const counts = c.types.map((t) => ({ t, n: kgs.filter((k) => k.type === t.name).length })).filter((x) => x.n > 0).sort((a, b) => b.n - a.n);
  return (counts.find((x) => x.n < kgs.length) ?? counts[0])?.t;
}

test.describe('directory', () => {
  test('complete without JavaScript: every row, subdivision anchors, no filter form', async ({ browser, baseURL }) => {
    const c = site();
    const kgs = listed(c);
    test.skip(kgs.length === 0, 'a site without kindergartens');
    const type = narrowingType(c)!;
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await ctx.newPage();
    // A shared filter URL still shows the whole directory when scripts are off.
    await page.goto(`kindergartens/?type=${type.id}&sort=fee`);
    await expect(rows(page)).toHaveCount(kgs.length);
    expect(await rows(page).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(kgs.length);
    await expect(page.locator('form[data-dir-form]')).toBeHidden();
    const street = c.streets.find((s) => kgs.some((k) => k.street === s.name))!;
    await page.locator('nav[data-dir-streets]').getByRole('link', { name: new RegExp(street.name) }).click();
    await expect(page).toHaveURL(new RegExp(`#street-${street.id}$`));
    await expect(page.locator(`#street-${street.id}`)).toContainText(street.name);
    await page.locator(`tr[data-kg="${kgs[0]!.id}"] th a`).click();
    await expect(page).toHaveURL(new RegExp(`kindergartens/${kgs[0]!.id}/$`));
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
    const c = site();
    const kgs = listed(c);
    const type = narrowingType(c);
    test.skip(!type, 'a site without kindergartens');
    const expected = kgs.filter((k) => k.type === type!.name);
    await page.goto('kindergartens/');
    await page.locator('#dir-type').selectOption({ label: type!.name });
    await expect(page).toHaveURL(new RegExp(`kindergartens/\\?type=${type!.id}$`));
    await expect(page.locator('tr[data-kg]:visible')).toHaveCount(expected.length);
    await expect(page.locator('[data-dir-status]')).toContainText(`显示 ${expected.length} 所幼儿园（${type!.name}）`);

    await page.locator('#dir-sort').selectOption('fee');
    await expect(page).toHaveURL(new RegExp(`\\?type=${type!.id}&sort=fee$`));
    const ids = await visibleIds(page);
    expect(new Set(ids)).toEqual(new Set(expected.map((k) => k.id)));
    // Kindergartens with a published fee come in fee order (one without a published fee has no place in it).
    const fees = ids.map((id) => minTuition(kgs.find((k) => k.id === id)!)).filter((f): f is number => f !== undefined);
    expect(fees).toEqual([...fees].sort((a, b) => a - b));
    // Group headers make no sense in fee order.
    await expect(page.locator('tr[data-group]:visible')).toHaveCount(0);

    // The same URL, opened fresh, gives the same view.
    const page2 = await page.context().newPage();
    await page2.goto(page.url());
    await expect(page2.locator('#dir-type')).toHaveValue(type!.id);
    await expect(page2.locator('#dir-sort')).toHaveValue('fee');
    expect(await visibleIds(page2)).toEqual(ids);
    await page2.close();

    // Back to the default view restores grouping and every row, in document order.
    await page.locator('#dir-type').selectOption('');
    await page.locator('#dir-sort').selectOption('street');
    await expect(page).toHaveURL(/kindergartens\/$/);
    await expect(page.locator('tr[data-kg]:visible')).toHaveCount(kgs.length);
    expect(await visibleIds(page)).toEqual(await rows(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kg!)));
  });

  test('a URL with subdivision, type and sort applies all three; an empty result says so', async ({ page }) => {
    const c = site();
    const kgs = listed(c);
    const k = kgs[0];
    test.skip(!k, 'a site without kindergartens');
    const typeId = c.types.find((t) => t.name === k!.type)!.id;
    const streetId = c.streets.find((s) => s.name === k!.street)!.id;
    const maxFee = (x: typeof k) => (x!.fees?.tuition?.length ? Math.max(...x!.fees.tuition.map((t) => t.amount)) : undefined);
    const expected = kgs.filter((x) => x.type === k!.type && x.street === k!.street);
    await page.goto(`kindergartens/?type=${typeId}&street=${streetId}&sort=fee-desc`);
    await expect(page.locator('#dir-street')).toHaveValue(streetId);
    await expect(page.locator('tr[data-kg]:visible')).toHaveCount(expected.length);
    const ids = await visibleIds(page);
    expect(new Set(ids)).toEqual(new Set(expected.map((x) => x.id)));
    const maxes = ids.map((id) => maxFee(kgs.find((x) => x.id === id)!)).filter((f): f is number => f !== undefined);
    expect(maxes).toEqual([...maxes].sort((a, b) => b - a));

    // A subdivision and a type that share no kindergarten (if the content has such a pair) show the empty message.
    const pair = c.streets.flatMap((s) => c.types.map((t) => ({ s, t })))
      .find(({ s, t }) => kgs.some((x) => x.street === s.name) && kgs.some((x) => x.type === t.name) && !kgs.some((x) => x.street === s.name && x.type === t.name));
    if (pair) {
      await page.goto(`kindergartens/?type=${pair.t.id}&street=${pair.s.id}`);
      await expect(page.locator('[data-dir-empty]')).toBeVisible();
      await expect(page.locator('tr[data-kg]:visible')).toHaveCount(0);
    }
  });

  test('sort by free seats; unknown parameters are ignored', async ({ page }) => {
    const kgs = listed(site());
    test.skip(kgs.length === 0, 'a site without kindergartens');
    await page.goto('kindergartens/?sort=seats&type=no-such-type');
    await expect(page.locator('#dir-type')).toHaveValue('');
    await expect(page.locator('tr[data-kg]:visible')).toHaveCount(kgs.length);
    const free = (await visibleIds(page)).map((id) => {
      const k = kgs.find((x) => x.id === id)!;
      // A 暂停招生 kindergarten offers no free seat (it sorts with the full ones).
      return k.status === '暂停招生' ? 0 : Math.max(0, k.capacity - k.enrolled);
    });
    expect(free).toEqual([...free].sort((a, b) => b - a));
  });
});
