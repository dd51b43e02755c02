// Any county: a name typed before the search script has run (a slow phone on 4G) is kept and searched,
// and the kindergarten it names comes first. Expectations come from the project's content folder.
import { holdSearchScript, test, expect } from './fixtures.ts';
import { readSite } from './site-content.ts';

const meta = () => test.info().project.metadata as { contentDir?: string };

test('a kindergarten name typed before the search script ran is kept, searched, and its page comes first', async ({ page }) => {
  const contentDir = meta().contentDir;
  test.skip(!contentDir, 'needs the content folder the build was made from');
  const kg = readSite(contentDir!).kindergartens[0];
  test.skip(!kg, 'a site without kindergartens');
  const release = await holdSearchScript(page);
  await page.goto('search/', { waitUntil: 'commit' });
  // Module scripts delay DOMContentLoaded: the box is there (and usable) long before.
  await page.locator('#search-page-q').fill(kg!.name);
  release();
  const first = page.locator('[data-search-results] li').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  expect(await first.locator('a').first().getAttribute('href')).toMatch(new RegExp(`kindergartens/${kg!.id}/$`));
  await expect(page.locator('#search-page-q')).toHaveValue(kg!.name);
  await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(kg!.name)}`));
});
