// The updater in the desktop app: electron-updater's autoUpdater driven by UpdateController, with Electron's windows
// and dialogs. Started only where updatesSupported() says this copy can replace itself; elsewhere (npm start, a
// build without a feed, a Linux deb) nothing is looked for and no update item appears.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { UpdateController } from './update-controller';
import { updatesSupported } from './update-policy';
import { readUpdateSettings, writeUpdateSettings } from './update-settings';

/** Starts looking for updates, or resolves with null where this copy cannot update itself. */
export async function startUpdates(dataDir: string, changed: () => void): Promise<UpdateController | null> {
  const supported = updatesSupported({
    isPackaged: app.isPackaged,
    // Written by electron-builder when the build was given a feed (electron-builder.config.ts, updateFeed).
    feedConfigured: existsSync(join(process.resourcesPath, 'app-update.yml')),
    platform: process.platform,
    env: process.env,
  });
  if (!supported) {
    return null;
  }
  // Loaded only here: a copy that cannot update never reads the updater. It is CommonJS with `autoUpdater` as a
  // getter Node cannot see as a named export, hence `default` (module.exports).
  const { autoUpdater } = (await import('electron-updater')).default;
  // Downloads in the background; each download is checked against the feed's SHA-512 (and, on Windows, the
  // installer's publisher signature; on macOS, the app's code signature) before it is installed.
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  const controller: UpdateController = new UpdateController({
    updater: autoUpdater,
    settings: readUpdateSettings(dataDir),
    saveSettings: (settings) => writeUpdateSettings(dataDir, settings),
    now: () => Date.now(),
    setTimeout: (run, ms) => setTimeout(run, ms).unref(),
    setInterval: (run, ms) => setInterval(run, ms).unref(),
    closeWindows,
    changed,
    announce: (version) => {
      void dialog
        .showMessageBox({
          type: 'info',
          buttons: ['Restart Now', 'Later'],
          defaultId: 0,
          cancelId: 1,
          noLink: true,
          title: 'Update ready',
          message: `Undersigned ${version} is ready to install.`,
          detail: 'Restart now, or keep working: it is installed when you next quit.',
        })
        .then(({ response }) => (response === 0 ? controller.restartToUpdate() : undefined))
        .catch((error: unknown) => console.error('[undersigned] restart to update failed:', error));
    },
    waitForSave: () => {
      void dialog.showMessageBox({
        type: 'info',
        buttons: ['OK'],
        title: 'Update ready',
        message: 'Your latest changes are still being saved.',
        detail:
          'Undersigned restarts into the update only once every change is saved. Try again in a moment.',
      });
    },
    log: (line) => console.error(line),
  });
  controller.start();
  return controller;
}

/** Closes every window; resolves with how many refused because their page holds unsaved edits (beforeunload). */
async function closeWindows(): Promise<number> {
  const refused = await Promise.all(BrowserWindow.getAllWindows().map(closeWindow));
  return refused.filter(Boolean).length;
}

function closeWindow(window: BrowserWindow): Promise<boolean> {
  return new Promise((resolve) => {
    const contents = window.webContents;
    // Not calling preventDefault() keeps the page's refusal: the window stays open with its edits.
    const onRefused = (): void => {
      window.removeListener('closed', onClosed);
      resolve(true);
    };
    const onClosed = (): void => resolve(false);
    contents.once('will-prevent-unload', onRefused);
    window.once('closed', onClosed);
    window.close();
  });
}
