// Finds Electron's binary the way node_modules/electron/index.js does, without loading that file: requiring it
// starts a download when the binary is missing, and this check must be quick, offline and side-effect free.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Whether Electron's binary is on this computer, and where, or why not. */
export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/** Looks for the Electron binary installed in `projectRoot`'s node_modules. */
export function findElectronBinary(
  projectRoot: string,
  env: NodeJS.ProcessEnv = process.env,
): ElectronBinary {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { found: false, reason: `Electron's binary was never downloaded (${pathFile} is missing).` };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') {
    return { found: false, reason: `Electron's install is incomplete (${pathFile} is empty).` };
  }
  // Electron's own override, for binaries kept outside node_modules.
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(dist, relative);
  if (!existsSync(binary)) {
    return { found: false, reason: `Electron's binary is not at ${binary}.` };
  }
  return { found: true, path: binary };
}

/** The version of the Electron package installed in `projectRoot`, or null when it is not installed. */
export function readElectronVersion(projectRoot: string): string | null {
  const manifest = join(projectRoot, 'node_modules', 'electron', 'package.json');
  if (!existsSync(manifest)) {
    return null;
  }
  try {
    const parsed = z
      .object({ version: z.string().min(1) })
      .safeParse(JSON.parse(readFileSync(manifest, 'utf8')));
    return parsed.success ? parsed.data.version : null;
  } catch {
    return null;
  }
}
