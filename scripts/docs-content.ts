/**
 * `npm run docs:content`: regenerates, from the zod schemas in src/schemas/, docs/内容字段说明.md and the
 * browser editor's configuration for the schemas alone (docs/内容编辑器配置.json: what /admin/ shows, before the
 * content adds its targets to the report form).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, DATA_FILES, SITE_CONFIG } from '../src/schemas/index.ts';
import { renderReference, type DocSection, type Schema } from '../src/lib/content/schema-doc.ts';
import { schemaConfig } from './lib/admin.ts';

/** The editor configuration generated from the schemas (scripts/lib/admin.ts). */
export const EDITOR_CONFIG_FILE = join(import.meta.dirname, '..', 'docs', '内容编辑器配置.json');

/** The committed form of the editor configuration. */
export function editorConfigText(): string {
  return `${JSON.stringify(schemaConfig(), null, 2)}\n`;
}

/** Where the reference lives in the repository. */
export const REFERENCE_FILE = join(import.meta.dirname, '..', 'docs', '内容字段说明.md');

/** The reference text for the current schemas (site config, single files, then every collection). */
export function contentReference(): string {
  const sections: DocSection[] = [
    { title: SITE_CONFIG.label, where: `content/${SITE_CONFIG.file}`, schema: SITE_CONFIG.schema as unknown as Schema, labels: SITE_CONFIG.labels },
    ...Object.values(DATA_FILES).map((s) => ({ title: s.label, where: `content/${s.file}`, schema: s.schema as unknown as Schema, labels: s.labels })),
    ...Object.values(COLLECTIONS).map((c) => ({
      title: c.label,
      where: `content/${c.dir}/<文件名>${c.ext}${c.ext === '.mdx' ? '（文件开头 --- 之间的元数据）' : ''}`,
      schema: c.schema as unknown as Schema,
      labels: c.labels,
    })),
  ];
  return renderReference(sections);
}

if (import.meta.main) {
  writeFileSync(REFERENCE_FILE, contentReference());
  writeFileSync(EDITOR_CONFIG_FILE, editorConfigText());
  console.log(`已生成 ${REFERENCE_FILE} 和 ${EDITOR_CONFIG_FILE}。`);
}
