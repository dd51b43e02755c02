// Collections: loaders + schemas, nothing else (docs/ARCHITECTURE.md, “Layers”). Schemas live in src/schemas/. The collection
// list comes from the specs (COLLECTIONS, DATA_FILES, SITE_CONFIG), and every file is decoded and parsed by
// the same functions as `npm run validate` (src/content-read.ts): BOM stripped, dates kept as written.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defineCollection } from 'astro:content';

/** What defineCollection returns (Astro does not export the name from astro:content). */
type CollectionConfig<S extends z.ZodType, L extends Loader> = ReturnType<typeof defineCollection<S, L>>;
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { COLLECTIONS, DATA_FILES, SITE_CONFIG, type CollectionSpec } from './schemas/index.ts';
import { listCollection, readParsed } from './content-read.ts';
import { contentDir } from './lib/content/content-dir.ts';

const root = contentDir();

/** Path relative to the project root, as Astro's data store wants it. */
const rel = (p: string) => relative(process.cwd(), p).split('\\').join('/');

/** Reads one file through the shared decoder; BOM warnings go to Astro's log. */
function read(path: string, ext: '.json' | '.mdx', logger: { warn(m: string): void }) {
  const r = readParsed(path, ext);
  for (const w of r.warnings) logger.warn(w);
  return r;
}

/**
 * MDX collection: Astro's glob loader (it wires rendering), with the frontmatter re-read by our parser, so
 * an unquoted 2023-02-30 is refused instead of rolled over to 2023-03-02.
 */
function mdxFolder(spec: CollectionSpec): Loader {
  const inner = glob({ pattern: `[!_]*${spec.ext}`, base: join(root, spec.dir), generateId: ({ entry }) => entry.slice(0, -spec.ext.length) });
  return {
    name: 'content-mdx',
    load: (ctx) =>
      inner.load({
        ...ctx,
        parseData: (props) => ctx.parseData({ ...props, data: (props.filePath ? read(props.filePath, '.mdx', ctx.logger).data : props.data) as typeof props.data }),
      }),
  };
}

/** JSON collection: one entry per file, id = file name; reloaded when a file changes in dev. */
function jsonFolder(spec: CollectionSpec): Loader {
  const dir = resolve(root, spec.dir);
  return {
    name: 'content-json',
    load: async ({ store, parseData, generateDigest, logger, watcher }) => {
      const sync = async () => {
        store.clear();
        for (const item of listCollection(dir, spec.ext)) {
          if (item.kind === 'error') throw item.error;
          const data = read(item.path, '.json', logger).data as Record<string, unknown>;
          store.set({ id: item.id, data: await parseData({ id: item.id, data, filePath: item.path }), digest: generateDigest(data), filePath: rel(item.path) });
        }
      };
      await sync();
      watcher?.add(dir);
      watcher?.on('all', (_event, path) => {
        if (resolve(path).startsWith(dir)) void sync().catch((e: Error) => logger.error(e.message));
      });
    },
  };
}

/** A single JSON file: one entry with the key's name, none when the file is missing (unless required). */
function singleFile(key: string, file: string, required = false): Loader {
  const path = resolve(root, file);
  return {
    name: 'content-file',
    load: async ({ store, parseData, generateDigest, logger, watcher }) => {
      const sync = async () => {
        store.clear();
        if (!existsSync(path) && !required) return;
        const data = read(path, '.json', logger).data as Record<string, unknown>;
        store.set({ id: key, data: await parseData({ id: key, data, filePath: path }), digest: generateDigest(data), filePath: rel(path) });
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (p) => {
        if (resolve(p) === path) void sync().catch((e: Error) => logger.error(e.message));
      });
    },
  };
}

/** One collection per entry of a spec table, keeping each key's schema type for getCollection(). */
function fromSpecs<T extends Record<string, { schema: z.ZodType }>>(specs: T, loader: (key: string, spec: T[keyof T]) => Loader) {
  return Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, defineCollection({ loader: loader(key, spec as T[keyof T]), schema: spec.schema })])) as {
    [K in keyof T]: CollectionConfig<T[K]['schema'], Loader>;
  };
}

const folders = fromSpecs(COLLECTIONS, (_key, spec) => (spec.ext === '.mdx' ? mdxFolder(spec) : jsonFolder(spec)));
const files = fromSpecs(DATA_FILES, (key, spec) => singleFile(key, spec.file));

export const collections = {
  site: defineCollection({ loader: singleFile('site', SITE_CONFIG.file, true), schema: SITE_CONFIG.schema }),
  ...folders,
  ...files,
};
