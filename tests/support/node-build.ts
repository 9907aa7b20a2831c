import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT } from '../../scripts/build-node';

const ROOT = join(__dirname, '..', '..');

/** Builds out/server and out/cli when a test needs them and `npm test`'s build stage has not made them yet. */
export function ensureNodeBuild(): void {
  if (existsSync(OUTPUT.server) && existsSync(OUTPUT.cli)) {
    return;
  }
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const build = spawnSync(process.execPath, [tsx, join(ROOT, 'scripts', 'build-node.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    throw new Error(`npm run build:node failed: ${build.stderr}`);
  }
}
