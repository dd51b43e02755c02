/**
 * The checks in tests/shipped/ and e2e/shipped/ test the SHIPPED content (the default district's plan, its
 * targets transcribed verbatim, its two real kindergartens, the search tuning on their names), not the code.
 * They run only while that content is in place: when the content folder still holds the shipped plan's policy
 * page. A county that replaces content/ with its own skips them automatically (or deletes both folders).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shipped plan's policy page, relative to the content folder. */
export const SHIPPED_MARKER = join('policies', 'kunqu-puji-puhui-plan-2023.mdx');

/** True when `contentDir` (default: CONTENT_DIR or content/) still holds the shipped content. */
export function shippedContentPresent(contentDir = process.env.CONTENT_DIR ?? 'content'): boolean {
  const root = resolve(import.meta.dirname, '..', '..');
  return existsSync(resolve(root, contentDir, SHIPPED_MARKER)) && existsSync(join(root, 'tests', 'shipped', 'source'));
}
