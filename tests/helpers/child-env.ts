/**
 * The environment for a build, dev server or script a test spawns: the test's own, without what Vitest adds
 * (BASE_URL, MODE, DEV, PROD, SSR for Vite; VITEST*; NODE_ENV=test). Astro inherits them as its own: BASE_URL=/
 * overrides the base path a build derives from SITE_URL, and VITEST makes `astro dev` serve nothing.
 */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const vitest = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitest.has(k) && !k.startsWith('VITEST')));
  return { ...env, ...extra };
}
