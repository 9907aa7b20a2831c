import { availableParallelism } from 'node:os';
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
    // One worker per core. Vitest's default is one fewer, so on CI's 2 cores the files ran one at a time while most
    // of them wait on sockets, SQLite files and child processes.
    maxWorkers: availableParallelism(),
    testTimeout: 20_000,
  },
});
