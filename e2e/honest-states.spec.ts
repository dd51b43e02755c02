// Every state a kindergarten is in is said honestly, on every site: a fee not published reads 未公布 (never 0)
// and gets no poster; a closed kindergarten keeps its page at its address, says 已停办 with the date, and is
// counted nowhere. Expectations come from the project's content folder; a site without such a kindergarten
// skips the test.
import { resolve } from 'node:path';
import { test, expect } from './fixtures.ts';
import { loadContent } from '../scripts/load-content.ts';
import { formatDateZh } from '../src/lib/core/format.ts';
import type { KindergartenData } from '../src/schemas/kindergarten.ts';

const meta = () => test.info().project.metadata as { contentDir: string };

interface Kg {
  id: string;
  data: KindergartenData;
}

function kindergartens(): Kg[] {
  const all = loadContent(resolve(import.meta.dirname, '..', meta().contentDir));
  return ((all.kindergartens ?? []) as { id: string; data: KindergartenData }[]).map((e) => ({ id: e.id, data: e.data }));
}
const closed = (k: Kg) => Boolean(k.data.closedOn);
const planned = (k: Kg) => !closed(k) && k.data.status === '新建未开园';
const counted = (k: Kg) => !closed(k) && !planned(k);

test('a fee not published reads 未公布, never 0, with no poster or complaint line when nothing is published', async ({ page }) => {
  const unpublished = kindergartens().filter((k) => !closed(k) && (!k.data.fees.tuition || !k.data.fees.meals));
  test.skip(!unpublished.length, 'no kindergarten of this site leaves a fee out');
  for (const k of unpublished) {
    const path = `kindergartens/${k.id}/`;
    expect((await page.goto(path))?.status(), path).toBe(200);
    const rows = page.locator('table.kg-fees tbody tr');
    const byItem = new Map((await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? '']))) as [string, string][]);
    if (!k.data.fees.tuition) expect(byItem.get('保教费'), `${path} 保教费`).toBe('未公布');
    if (!k.data.fees.meals) expect(byItem.get('伙食费'), `${path} 伙食费`).toBe('未公布');
    for (const [item, amount] of byItem) expect(amount, `${path} ${item}`).not.toMatch(/^0(\.0+)? 元/);
    if (!k.data.fees.basis) await expect(page.locator('[data-fee-basis]'), path).toHaveText('未公布');
    const nothing = !k.data.fees.tuition && !k.data.fees.meals;
    await expect(page.locator('[data-poster]'), `${path} poster`).toHaveCount(nothing ? 0 : 1);
    await expect(page.locator('[data-complaint]'), `${path} complaint line`).toHaveCount(nothing ? 0 : 1);
  }
});

test('datasets leave an unpublished fee empty (null), never 0', async ({ request }) => {
  const kgs = kindergartens().filter(counted);
  const unpublished = kgs.filter((k) => !k.data.fees.tuition || !k.data.fees.meals);
  test.skip(!unpublished.length, 'no kindergarten of this site leaves a fee out');
  const ds = (await (await request.get('data/sets/kindergartens.json')).json()) as { rows: Record<string, unknown>[] };
  for (const k of unpublished) {
    const row = ds.rows.find((r) => r.id === k.id);
    expect(row, k.id).toBeDefined();
    if (!k.data.fees.tuition) for (const key of ['tuition0', 'tuition1', 'tuition2', 'tuition3', 'tuition4']) expect(row![key], `${k.id} ${key}`).toBeNull();
    if (!k.data.fees.meals) expect(row!.meals, `${k.id} meals`).toBeNull();
  }
});

test('a closed kindergarten keeps its page, says 已停办 with the date, and is counted nowhere', async ({ page, request }) => {
  const all = kindergartens();
  const gone = all.filter(closed);
  test.skip(!gone.length, 'no closed kindergarten on this site');
  const n = all.filter(counted).length;
  for (const k of gone) {
    const path = `kindergartens/${k.id}/`;
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.locator('[data-kg-state="closed"]'), path).toContainText(`已停办（${formatDateZh(k.data.closedOn!)}）`);
    await expect(page.locator('table.kg-fees'), `${path} fee table`).toHaveCount(0);
    await expect(page.locator('[data-poster]'), `${path} poster`).toHaveCount(0);
    await expect(page.locator('[data-pagefind-meta^="fee:"]'), `${path} search result mark`).toHaveAttribute('data-pagefind-meta', /已停办/);
  }
  await page.goto('kindergartens/');
  await expect(page.locator('main .lead')).toContainText(`共 ${n} 所幼儿园`);
  for (const k of gone) {
    await expect(page.locator(`[data-kg="${k.id}"]`), `${k.id} in the open list`).toHaveCount(0);
    await expect(page.locator(`[data-kg-list="closed"] [data-kg-item="${k.id}"]`), `${k.id} in the 已停办 list`).toContainText(k.data.name);
  }
  // Its subdivision's page lists it after the open ones (and stays even when none is open).
  const streets = (loadContent(resolve(import.meta.dirname, '..', meta().contentDir)).streets?.[0]?.data as { streets: { id: string; name: string }[] } | undefined)?.streets ?? [];
  for (const k of gone) {
    const street = streets.find((s) => s.name === k.data.street)!;
    expect((await page.goto(`kindergartens/street/${street.id}/`))?.status(), street.id).toBe(200);
    await expect(page.locator(`[data-kg="${k.id}"]`)).toHaveCount(0);
    await expect(page.locator(`[data-kg-list="closed"] [data-kg-item="${k.id}"]`)).toContainText(k.data.name);
  }
  await page.goto('fees/');
  for (const k of gone) await expect(page.locator(`[data-fee-row="${k.id}"]`), `${k.id} on /fees/`).toHaveCount(0);
  const ds = (await (await request.get('data/sets/kindergartens.json')).json()) as { rows: { id: string }[] };
  expect(ds.rows.length).toBe(n);
  for (const k of gone) expect(ds.rows.map((r) => r.id)).not.toContain(k.id);
});

test('暂停招生 and 新建未开园 are said on their pages, and a kindergarten not yet open is not counted', async ({ page }) => {
  const all = kindergartens();
  const other = all.filter((k) => !closed(k) && k.data.status);
  test.skip(!other.length, 'no kindergarten of this site is 暂停招生 or 新建未开园');
  for (const k of other) {
    const path = `kindergartens/${k.id}/`;
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.locator('[data-kg-state]'), path).toContainText(k.data.status!);
    if (k.data.opensOn) await expect(page.locator('[data-kg-state]'), path).toContainText(`计划${formatDateZh(k.data.opensOn)}开园`);
  }
  await page.goto('kindergartens/');
  for (const k of other.filter(planned)) {
    await expect(page.locator(`[data-kg="${k.id}"]`), `${k.id} in the open list`).toHaveCount(0);
    await expect(page.locator(`[data-kg-list="planned"] [data-kg-item="${k.id}"]`)).toContainText(k.data.name);
  }
});

test('search finds a closed kindergarten by its name, marked 已停办', async ({ page }) => {
  const gone = kindergartens().find(closed);
  test.skip(!gone, 'no closed kindergarten on this site');
  await page.goto(`search/?q=${encodeURIComponent(gone!.data.name)}`);
  const hit = page.locator('[data-search-results] li').filter({ has: page.locator(`a[href$="kindergartens/${gone!.id}/"]`) }).first();
  await expect(hit).toBeVisible({ timeout: 15_000 });
  await expect(hit).toContainText('已停办');
});
