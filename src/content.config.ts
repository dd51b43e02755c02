// Collections: loaders + schemas, nothing else (DESIGN.md §6). Schemas live in src/schemas/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, SITE_CONFIG } from './schemas/index.ts';

const root = process.env.CONTENT_DIR ?? './content';

/** Loader of one collection folder. Ids are file names as written (ASCII, checked by scripts/validate.ts): they are public URLs. */
function folder(key: keyof typeof COLLECTIONS) {
  const spec = COLLECTIONS[key];
  return glob({ pattern: `[!_]*${spec.ext}`, base: join(root, spec.dir), generateId: ({ entry }) => entry.slice(0, -spec.ext.length) });
}

export const collections = {
  site: defineCollection({
    loader: async () => ({ site: JSON.parse(readFileSync(join(root, SITE_CONFIG.file), 'utf8')) }),
    schema: SITE_CONFIG.schema,
  }),
  policies: defineCollection({ loader: folder('policies'), schema: COLLECTIONS.policies.schema }),
  targets: defineCollection({ loader: folder('targets'), schema: COLLECTIONS.targets.schema }),
  reports: defineCollection({ loader: folder('reports'), schema: COLLECTIONS.reports.schema }),
  kindergartens: defineCollection({ loader: folder('kindergartens'), schema: COLLECTIONS.kindergartens.schema }),
  indicators: defineCollection({ loader: folder('indicators'), schema: COLLECTIONS.indicators.schema }),
  tasks: defineCollection({ loader: folder('tasks'), schema: COLLECTIONS.tasks.schema }),
  milestones: defineCollection({ loader: folder('milestones'), schema: COLLECTIONS.milestones.schema }),
};
