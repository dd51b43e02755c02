// Every fixture site under tests/fixtures/sites/ is valid content a county could ship: it validates with no
// error, and the 旗 site says each real state of a kindergarten through the content model.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/load-content.ts';
import { kgState } from '../../src/lib/kindergartens/kindergarten.ts';
import type { KindergartenData } from '../../src/schemas/kindergarten.ts';

const SITES = join(import.meta.dirname, '..', 'fixtures', 'sites');

describe('fixture sites', () => {
  it.each(readdirSync(SITES))('%s validates without errors, every record sample', (site) => {
    const r = checkContent(join(SITES, site));
    expect(r.errors.map((e) => e.message)).toEqual([]);
    for (const kg of r.entries.kindergartens ?? []) expect((kg.data as KindergartenData).sample, kg.id).toBe(true);
  });

  it('banner-qi holds every state: fees left out, a meal fee only, closed, 暂停招生, 新建未开园', () => {
    const kgs = (checkContent(join(SITES, 'banner-qi')).entries.kindergartens ?? []).map((e) => ({ id: e.id, d: e.data as KindergartenData }));
    const open = kgs.filter((k) => kgState(k.d) === 'open');
    expect(open.filter((k) => !k.d.fees.tuition && !k.d.fees.meals).length).toBeGreaterThanOrEqual(2);
    expect(open.filter((k) => !k.d.fees.tuition && k.d.fees.meals).length).toBeGreaterThanOrEqual(1);
    expect(kgs.map((k) => kgState(k.d)).sort()).toEqual(expect.arrayContaining(['closed', 'planned', 'suspended']));
    expect(kgs.filter((k) => k.d.name.includes('蒙古族')).length).toBeGreaterThanOrEqual(2);
  });
});
