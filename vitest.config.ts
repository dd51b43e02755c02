import { defineConfig } from 'vitest/config';
import { shippedContentPresent } from './tests/shipped/present.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Checks of the shipped content run only while it is in place (see tests/shipped/present.ts).
    exclude: ['**/node_modules/**', ...(shippedContentPresent() ? [] : ['tests/shipped/**'])],
    testTimeout: 60_000,
    // CI machines set CI=true, which turns colours on in the tools the tests spawn (Astro, Vite); escape codes
    // inside a message would make the tests that read a child's output depend on the machine.
    env: { NO_COLOR: '1', FORCE_COLOR: '0' },
  },
});
