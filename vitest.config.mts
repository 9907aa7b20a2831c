import { defineConfig } from 'vitest/config';

// Unit and integration tests: pure code under Node, the store on real SQLite files, the host on a loopback port.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/server/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
