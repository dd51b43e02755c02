import { defineConfig } from 'vitest/config';
import { shippedContentPresent } from './tests/shipped/present.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Checks of the shipped content run only while it is in place (see tests/shipped/present.ts).
    exclude: ['**/node_modules/**', ...(shippedContentPresent() ? [] : ['tests/shipped/**'])],
    testTimeout: 60_000,
  },
});
