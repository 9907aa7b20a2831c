// `npm run package`: the installers for this computer's platform (Windows NSIS, macOS DMG and zip, Linux AppImage and
// deb), from electron-builder.config.ts, into dist/. It packages the Electron binary npm installed, so where that
// binary could not be downloaded it says so in one sentence and exits 2, touching nothing.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packagingConfig } from '../electron-builder.config';
import { findElectronBinary, readElectronVersion, type ElectronBinary } from './electron-binary';
import { ensureElectronSqlite } from './electron-sqlite';

const PROJECT_ROOT = join(__dirname, '..');

/** The exit code when this computer cannot build installers at all (as opposed to a build that failed). */
export const CANNOT_PACKAGE = 2;

/** The one sentence said where installers cannot be built, or null where they can. */
export function cannotPackageReason(binary: ElectronBinary, electronVersion: string | null): string | null {
  if (electronVersion === null) {
    return 'Installers cannot be built here: Electron is not installed; run npm install first.';
  }
  if (!binary.found) {
    return (
      `Installers cannot be built on this computer: electron-builder packages Electron ${electronVersion}'s ` +
      "binary for this platform, which npm could not download here (no internet access to Electron's releases)."
    );
  }
  return null;
}

async function main(): Promise<number> {
  const version = readElectronVersion(PROJECT_ROOT);
  const reason = cannotPackageReason(findElectronBinary(PROJECT_ROOT), version);
  if (reason !== null || version === null) {
    console.error(reason);
    return CANNOT_PACKAGE;
  }
  // The database module for Electron's ABI, into native/electron-<version>/ (asarUnpack takes it from there).
  const native = ensureElectronSqlite(PROJECT_ROOT, (line) => console.log(line));
  if (!native.ok) {
    console.error(native.message);
    return 1;
  }
  const build = spawnSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('Undersigned could not be built; the messages above say why.');
    return 1;
  }
  // Loaded only here: electron-builder is large, and the sentence above must come at once.
  const { build: buildInstallers } = await import('electron-builder');
  const config = {
    ...packagingConfig({ env: process.env, electronVersion: version }),
    // The binary npm installed, so electron-builder downloads no Electron of its own.
    electronDist: join(PROJECT_ROOT, 'node_modules', 'electron', 'dist'),
  };
  const artifacts = await buildInstallers({ projectDir: PROJECT_ROOT, config, publish: 'never' });
  for (const artifact of artifacts) {
    console.log(artifact);
  }
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`Packaging failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
