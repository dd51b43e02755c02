// tel: links are built in one place (src/lib/core/phone.ts telHref, through src/components/PhoneLinks.astro),
// so none ever carries a space or a second number. A tel: written anywhere else in src/ fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function files(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(astro|ts|tsx|js|mjs)$/.test(f)) out.push(p);
  }
  return out;
}

describe('tel: links', () => {
  it('are built only by telHref', () => {
    // links.ts names the tel: scheme in its allow-list of what content may link to; it builds no link.
    const allowed = new Set(['src/lib/core/phone.ts', 'src/lib/content/mdx-rules.ts', 'src/lib/content/links.ts']);
    const wrong = files(join(ROOT, 'src'))
      .map((f) => relative(ROOT, f))
      .filter((f) => !allowed.has(f))
      .filter((f) => /[`'"]tel:/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(wrong).toEqual([]);
  });
  it('the guard sees a tel: literal', () => {
    expect(/[`'"]tel:/.test('<a href={`tel:${d.phone}`}>')).toBe(true);
  });
});
