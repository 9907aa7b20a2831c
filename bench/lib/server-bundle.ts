import { join } from 'node:path';
import { build } from 'esbuild';
import { BUILDS } from '../../scripts/build-node';

const OUTFILE = join(__dirname, '..', 'results', 'server.cjs');
let built: Promise<string> | null = null;

/**
 * Our server bundled as `npm run build` ships it (`out/server/main.js`, the same esbuild options), written into the
 * git-ignored `bench/results/` so it finds better-sqlite3 in `node_modules`: the bench measures the code that ships,
 * not tsx's loader (through which every call into a package shipped only as ESM goes through a getter).
 */
export function bundledServer(): Promise<string> {
  built ??= build({ ...BUILDS.server, outfile: OUTFILE }).then(() => OUTFILE);
  return built;
}
