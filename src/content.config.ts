// Collections: loaders + schemas, nothing else (DESIGN.md §6). Schemas live in src/schemas/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, SITE_CONFIG } from './schemas/index.ts';

const root = process.env.CONTENT_DIR ?? './content';

function fromFolder<K extends keyof typeof COLLECTIONS>(key: K) {
  const spec = COLLECTIONS[key];
  return defineCollection({
    // Ids are file names as written (ASCII, checked by scripts/validate.ts): they are public URLs.
    loader: glob({ pattern: `[!_]*${spec.ext}`, base: join(root, spec.dir), generateId: ({ entry }) => entry.slice(0, -spec.ext.length) }),
    schema: spec.schema as (typeof COLLECTIONS)[K]['schema'],
  });
}

export const collections = {
  site: defineCollection({
    loader: async () => ({ site: JSON.parse(readFileSync(join(root, SITE_CONFIG.file), 'utf8')) }),
    schema: SITE_CONFIG.schema,
  }),
  policies: fromFolder('policies'),
  targets: fromFolder('targets'),
  reports: fromFolder('reports'),
  kindergartens: fromFolder('kindergartens'),
  indicators: fromFolder('indicators'),
};
