import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built app in real Chromium (and Electron where its binary exists), one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts', 'tests/electron/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
