/** `npm run docs:content`: regenerates docs/内容字段说明.md from the zod schemas in src/schemas/. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, DATA_FILES, SITE_CONFIG } from '../src/schemas/index.ts';
import { renderReference, type DocSection, type Schema } from '../src/lib/content/schema-doc.ts';

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
  console.log(`已生成 ${REFERENCE_FILE}。`);
}
