import { join } from 'node:path';

/** The app's name as it appears in the per-user data folder. */
export const APP_FOLDER_NAME = 'Undersigned';

/** The database file inside a data folder. */
export function databaseFile(dataDir: string): string {
  return join(dataDir, 'undersigned.sqlite');
}

/**
 * The per-user app-data folder, as Electron's `app.getPath('userData')` computes it for an app named
 * Undersigned, so the desktop app and browser mode share one folder without Electron being loaded.
 * An `UNDERSIGNED_DATA_DIR` environment variable overrides it.
 */
export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (env.UNDERSIGNED_DATA_DIR) {
    return env.UNDERSIGNED_DATA_DIR;
  }
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  }
  if (platform === 'darwin') {
    return join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  }
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER_NAME);
}
