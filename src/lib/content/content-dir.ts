/**
 * The content folder, resolved in one place for the site (collections, history), the config, the staff tools,
 * the benchmarks and the test runner. Not pure: by default it reads `process.env.CONTENT_DIR` (another county's
 * content, a test fixture) and the working directory; both can be passed in instead.
 */
import { join } from 'node:path';

/** The content folder: `CONTENT_DIR` as given when set, else `content/` in the working directory. */
export function contentDir(env: { CONTENT_DIR?: string | undefined } = process.env, cwd: string = process.cwd()): string {
  return env.CONTENT_DIR ?? join(cwd, 'content');
}
