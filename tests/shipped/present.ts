/**
 * The checks in tests/shipped/ and e2e/shipped/ test the SHIPPED content (the default district's plan, its
 * targets transcribed verbatim, its two real kindergartens, the search tuning on their names), not the code.
 * They run only while that content is in place: when the content folder still holds the shipped plan's policy
 * page. A county that replaces content/ with its own skips them automatically (or deletes both folders).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from '../../src/lib/content/content-dir.ts';

/** The shipped plan's policy page, relative to the content folder. */
export const SHIPPED_MARKER = join('policies', 'kunqu-puji-puhui-plan-2023.mdx');

/** True when `dir` (default: the content folder, CONTENT_DIR or content/) still holds the shipped content. */
export function shippedContentPresent(dir = contentDir()): boolean {
  const root = resolve(import.meta.dirname, '..', '..');
  return existsSync(resolve(root, dir, SHIPPED_MARKER)) && existsSync(join(root, 'tests', 'shipped', 'source'));
}
