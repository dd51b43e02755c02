/**
 * The environment for a build or script a test spawns: the test's own, without the variables Vitest adds for
 * Vite (BASE_URL, MODE, DEV, PROD, SSR). An Astro build inherits them as its own: BASE_URL=/ from Vitest would
 * override the base path the build derives from SITE_URL.
 */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
  return { ...env, ...extra };
}
