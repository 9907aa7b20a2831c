// `npm run build` (after electron-vite): the collaboration server and the command line as plain JavaScript, each one
// file bundled by esbuild, so neither compiles TypeScript when it runs. out/server/main.js is what `npm run server`,
// the Dockerfile and the systemd unit start; out/cli/undersigned.js is package.json's `bin`.
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';

const ROOT = join(__dirname, '..');

/** Packages left out of the bundles and loaded from node_modules at run time. */
export const EXTERNAL = {
  // A native module, which no bundle can hold; the only package the server needs installed beside its file.
  server: ['better-sqlite3'],
  // Loaded only by `export --format pdf`, to drive Chromium; it finds its own files on disk, so it stays a package.
  cli: ['playwright-core'],
} as const;

/** Packages `ws` tries to load for speed and goes on without (inside try/catch): never installed, never bundled. */
export const OPTIONAL = ['bufferutil', 'utf-8-validate'] as const;

/** Where the two programs are written. */
export const OUTPUT = {
  server: join(ROOT, 'out', 'server', 'main.js'),
  cli: join(ROOT, 'out', 'cli', 'undersigned.js'),
} as const;

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  format: 'cjs',
  // Smaller files parse faster, and start-up is what the command line is measured on (bench `cli`).
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

/** The esbuild options for each program. */
export const BUILDS: Record<keyof typeof OUTPUT, BuildOptions> = {
  server: {
    ...common,
    entryPoints: [join(ROOT, 'server', 'main.ts')],
    outfile: OUTPUT.server,
    external: [...EXTERNAL.server, ...OPTIONAL],
  },
  cli: {
    ...common,
    entryPoints: [join(ROOT, 'cli', 'main.ts')],
    outfile: OUTPUT.cli,
    external: [...EXTERNAL.cli, ...OPTIONAL],
    banner: { js: '#!/usr/bin/env node' },
  },
};

async function main(): Promise<void> {
  await Promise.all(Object.values(BUILDS).map((options) => build(options)));
  chmodSync(OUTPUT.cli, 0o755);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(
      `The server and command line could not be built: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  });
}
