/**
 * `npm run dev`: validate content, then run Astro's dev server with its output passed through the same filter
 * as the build (scripts/astro-output.ts), so staff read Chinese lines instead of Astro's English warnings about
 * empty collections. Extra arguments go to `astro dev` (npm run dev -- --host).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { astroOutputFilter } from './astro-output.ts';

const filter = astroOutputFilter();
const child = spawn(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
});
for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
  createInterface({ input: from }).on('line', (line) => {
    const out = filter(line);
    if (out !== null) to.write(`${out}\n`);
  });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 130 : 0)));
