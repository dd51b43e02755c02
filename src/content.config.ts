// Collections: loaders + schemas, nothing else (docs/ARCHITECTURE.md, “Layers”). Schemas live in src/schemas/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, DATA_FILES, SITE_CONFIG } from './schemas/index.ts';

const root = process.env.CONTENT_DIR ?? './content';

/** Loader of one collection folder. Ids are file names as written (ASCII, checked by scripts/validate.ts): they are public URLs. */
function folder(key: keyof typeof COLLECTIONS) {
  const spec = COLLECTIONS[key];
  return glob({ pattern: `[!_]*${spec.ext}`, base: join(root, spec.dir), generateId: ({ entry }) => entry.slice(0, -spec.ext.length) });
}

/** Loader of a single optional JSON file (DATA_FILES): one entry with the key's name, none when the file is missing. */
function single(key: keyof typeof DATA_FILES) {
  const path = join(root, DATA_FILES[key].file);
  return async () => (existsSync(path) ? { [key]: JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) } : {});
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
  streets: defineCollection({ loader: single('streets'), schema: DATA_FILES.streets.schema }),
  kindergartenTypes: defineCollection({ loader: single('kindergartenTypes'), schema: DATA_FILES.kindergartenTypes.schema }),
  feeConfig: defineCollection({ loader: single('feeConfig'), schema: DATA_FILES.feeConfig.schema }),
};
