// What a county installs to build the site: no image is processed, so Astro's image service is the no-op one and
// sharp/libvips (an optional dependency of astro, LGPL libvips) is never loaded; heavy packages stay out of the
// site's own dependencies. Why each one that remains is there: docs/ARCHITECTURE.md, "Runtime tree".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

/** Every source file of the given folders (recursively), relative to the repository. */
function sources(...dirs: string[]): string[] {
  return dirs.flatMap((d) =>
    readdirSync(d, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|mjs|js|astro|mdx)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name)),
  );
}

describe('runtime tree', () => {
  it('astro.config.mjs uses the no-op image service', async () => {
    // The config reads site.json at import: point it at a fixture site, never at content/.
    const before = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = 'tests/fixtures/sites/district-streets';
    try {
      const config = (await import('../../astro.config.mjs')).default as { image?: { service?: { entrypoint?: string } } };
      expect(config.image?.service?.entrypoint).toBe('astro/assets/services/noop');
    } finally {
      if (before === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = before;
    }
  });

  it('no code imports an image library or astro:assets (the no-op service would publish images unprocessed)', () => {
    const files = sources('src', 'scripts');
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((f) => /from ['"](sharp|astro:assets)['"]|import\(['"](sharp|astro:assets)['"]\)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('heavy packages are not the site’s own dependencies; Lighthouse is for the benchmark only', () => {
    for (const name of ['sharp', 'shiki', 'prismjs', 'lighthouse', '@playwright/test']) expect(pkg.dependencies, name).not.toHaveProperty(name);
    expect(pkg.devDependencies).toHaveProperty('lighthouse');
  });
});
