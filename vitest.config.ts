import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build and browser tests start processes; unit tests finish well within this.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
