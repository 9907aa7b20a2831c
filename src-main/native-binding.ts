import { join } from 'node:path';

/** The file name node-gyp gives better-sqlite3's compiled module. */
export const NATIVE_MODULE_FILE = 'better_sqlite3.node';

/**
 * Where better-sqlite3 built for one Electron version lives, under the app root. Electron has its own ABI, so
 * it cannot load the Node build in node_modules, which stays for the tests and browser mode.
 */
export function nativeBindingFolder(appRoot: string, electronVersion: string): string {
  return join(appRoot, 'native', `electron-${electronVersion}`);
}

/** The Electron build of better-sqlite3 for `electronVersion`. */
export function nativeBindingPath(appRoot: string, electronVersion: string): string {
  return join(nativeBindingFolder(appRoot, electronVersion), NATIVE_MODULE_FILE);
}

/**
 * The binding the store should load: the Electron build under Electron (`versions.electron` is set), otherwise
 * undefined so that better-sqlite3 finds its own Node build.
 */
export function electronNativeBinding(
  appRoot: string,
  versions: Partial<Record<string, string>>,
): string | undefined {
  const electron = versions.electron;
  return electron ? nativeBindingPath(appRoot, electron) : undefined;
}
