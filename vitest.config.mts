import { defineConfig } from 'vitest/config';

// Unit and integration tests: pure code under Node, the Node code the app and the server share (tests/node), the
// store on real SQLite files, the host and the server on a loopback port.
export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/node/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'tests/server/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
  },
});
