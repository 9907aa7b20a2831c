// The Electron main process: one window over the local store, with the security rules of security.ts.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, screen, session, shell } from 'electron';
import { CollabKeeper } from './collab/collab-keeper';
import { APP_LINK_SCHEME, inviteLinkIn } from './invite-launch';
import { letterFileIn } from './letter-file-launch';
import { workerImportRunner } from './import/import-runner';
import { joinRoute } from '../src-common/collab/join-route';
import { keychainBox, type SecretBox } from './collab/secret-box';
import { keychainProtects, PASSPHRASE_FILE, passphraseBox } from './collab/passphrase-box';
import { letterSummarySchema } from '../src-common/api/letters-schemas';
import type { HandlerTable } from '../src-common/api/handler-table';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { APP_START_URL } from './app-url';
import { printPdfWithElectron } from './export/electron-pdf';
import { saveExportWithDialog } from './export/electron-save';
import { createBackend, type BackendContext } from './handlers';
import { registerIpc } from './ipc';
import { buildMenuTemplate, type MenuActions } from './menu';
import { electronNativeBinding } from './native-binding';
import { databaseFile, defaultDataDir } from './paths';
import { applySecurity, developmentServerUrl, secureWebPreferences } from './security';
import { StoreOpenError } from './store/database';
import type { Store } from './store/store';
import { createWorkerStore } from './store/worker-store';
import { startUpdates } from './update/electron-updates';
import type { UpdateController } from './update/update-controller';
import { restartOutcomeOf, updateStatusOf } from './update/update-policy';
import { debounce, MIN_WINDOW_SIZE, restoreWindowPlacement, windowStateOf } from './window-state';
import { errorText } from '../src-common/error-text';

const APP_NAME = 'Undersigned';
const devServerUrl = developmentServerUrl(process.env, app.isPackaged);

let mainWindow: BrowserWindow | null = null;
let store: Store | null = null;
let backend: HandlerTable | null = null;
/** The updater, where this copy can update itself (src-main/update/). */
let updates: UpdateController | null = null;
/** An invite link that arrived before the window was ready; it is opened once it is. */
let pendingInvite: string | null = inviteLinkIn(process.argv);
/** A letter file the system opened the app with (the installers associate `*.letter.json`), opened once ready. */
let pendingLetterFile: string | null = letterFileIn(process.argv, process.platform);

/** Everything Electron requires before `ready`, then the rest once it is. */
function main(): void {
  app.setName(APP_NAME);
  // Before the lock, which lives in this folder; the same folder browser mode uses (paths.ts).
  app.setPath('userData', defaultDataDir(process.platform, process.env, homedir()));
  // A second copy would open the same database from another process: hand over to the running one instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  registerAppScheme();
  // electronegativity-accept PROTOCOL_HANDLER_JS_CHECK: an undersigned:// link only opens the join dialog, which
  // names the server and the letter and joins nothing before the person agrees (src-common/collab/join-route.ts).
  app.setAsDefaultProtocolClient(APP_LINK_SCHEME);
  app.on('second-instance', (_event, argv) => {
    showMainWindow();
    receiveInvite(inviteLinkIn(argv));
    receiveLetterFile(letterFileIn(argv, process.platform));
  });
  // macOS delivers an opened file as an event, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    receiveLetterFile(path);
  });
  // macOS delivers a clicked link as an event, possibly before the app is ready.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    receiveInvite(url);
  });
  app.on('window-all-closed', () => {
    // macOS apps stay in the Dock with no window open; `activate` brings one back. Windows closed to restart into
    // an update leave the quitting to the updater.
    if (process.platform !== 'darwin' && !updates?.restarting) {
      app.quit();
    }
  });
  app.on('will-quit', (event) => closeStoreThenQuit(event));
  app.whenReady().then(start).catch(failStart);
}

async function start(): Promise<void> {
  applySecurity({ app, session: session.defaultSession, shell, dialog, devServerUrl });
  const dataDir = app.getPath('userData');
  const collab = new CollabKeeper(dataDir, secretsBox(dataDir), (line) => console.error(line));
  serveAppProtocol(join(__dirname, '../renderer'), () => collab.servers().map(({ server }) => server));
  const opened = await openStore(dataDir);
  if (!opened) {
    return;
  }
  store = opened;
  const info: BackendContext['info'] = {
    name: APP_NAME,
    version: app.getVersion(),
    mode: 'desktop',
    dataDir,
  };
  const table = createBackend({
    store: opened,
    info,
    printPdf: printPdfWithElectron,
    saveExport: saveExportWithDialog,
    collab,
    importRunner: workerImportRunner(join(__dirname, 'import-worker.js')),
    // Read when asked: the updater starts after the window, and only where this copy can update itself.
    updates: {
      status: () => updateStatusOf(updates?.state ?? null),
      restart: async () => restartOutcomeOf(updates ? await updates.restartToUpdate() : 'nothing-ready'),
    },
  });
  backend = table;
  registerIpc(ipcMain, table, devServerUrl);
  app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: app.getVersion() });
  const setMenu = (): void => {
    const template = buildMenuTemplate(process.platform, menuActions(table), {
      development: devServerUrl !== null,
      updateItems: updates?.menuItems() ?? [],
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  setMenu();
  app.on('activate', () => {
    if (!mainWindow) {
      createMainWindow(opened).catch(failStart);
    }
  });
  await createMainWindow(opened);
  await openPendingInvite();
  await openPendingLetterFile();
  // An updater that cannot start leaves the app as it is, without update items.
  updates = await startUpdates(dataDir, setMenu).catch((error: unknown) => {
    console.error('[undersigned] the updater could not start:', error);
    return null;
  });
  setMenu();
}

/**
 * Where the secrets of shared letters are sealed: the system keychain, or, where it protects nothing (Linux without a
 * keyring falls back to a key built into Chromium), a passphrase the person gives in the window.
 */
function secretsBox(dataDir: string): SecretBox {
  const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined;
  return keychainProtects(process.platform, backend)
    ? keychainBox(safeStorage)
    : passphraseBox(join(dataDir, PASSPHRASE_FILE));
}

/** Opens the store, or tells the person why it cannot be opened and quits. */
async function openStore(dataDir: string): Promise<Store | null> {
  // The project (or packaged app) root, found from this file (out/main/main.js) however Electron was started.
  const nativeBinding = electronNativeBinding(join(__dirname, '..', '..'), process.versions);
  if (nativeBinding && !existsSync(nativeBinding)) {
    return giveUp(
      `The database module built for Electron ${process.versions.electron} is missing (${nativeBinding}). ` +
        'Run “npm run native:electron”, or use “npm run start:web” to open Undersigned in your browser.',
    );
  }
  try {
    return await createWorkerStore({
      workerScript: join(__dirname, 'store-worker.js'),
      file: databaseFile(dataDir),
      nativeBinding,
    });
  } catch (error) {
    const message = error instanceof StoreOpenError ? error.message : String(error);
    return giveUp(message);
  }
}

function giveUp(message: string): null {
  dialog.showErrorBox('Undersigned cannot start', message);
  app.quit();
  return null;
}

function failStart(error: unknown): void {
  console.error('[undersigned] start-up failed:', error);
  giveUp(`Undersigned could not start: ${errorText(error)}`);
}

async function createMainWindow(target: Store): Promise<void> {
  const remembered = await target.call('getWindowState', {}).catch(() => null);
  const placement = restoreWindowPlacement(
    remembered,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  // electronegativity-accept CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK, AUXCLICK_JS_CHECK: secureWebPreferences
  // sets contextIsolation, sandbox, no Node integration and Auxclick off (security.ts; tests/unit/security.test.ts).
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: APP_NAME,
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/preload.js')),
  });
  mainWindow = window;
  // Shown only once painted, so the person never sees a blank white frame; maximizing would show it earlier.
  window.once('ready-to-show', () => {
    if (placement.maximized) {
      window.maximize();
    }
    window.show();
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  rememberWindowState(window, target);
  await window.loadURL(devServerUrl ?? APP_START_URL);
}

/** Saves the window's place when it stops moving or resizing, and once more as it closes. */
function rememberWindowState(window: BrowserWindow, target: Store): void {
  const save = (): void => {
    if (window.isDestroyed()) {
      return;
    }
    const state = windowStateOf(window.getNormalBounds(), window.isMaximized());
    target.call('saveWindowState', state).catch((error: unknown) => {
      console.error('[undersigned] could not remember the window position:', error);
    });
  };
  const later = debounce(save, 500);
  const schedule = (): void => later.schedule();
  window.on('move', schedule);
  window.on('resize', schedule);
  window.on('maximize', schedule);
  window.on('unmaximize', schedule);
  window.on('close', () => {
    later.cancel();
    save();
  });
}

/** Brings the window forward for a second launch; on macOS there may be none left open, so it is reopened. */
function showMainWindow(): void {
  if (!mainWindow) {
    if (store) {
      createMainWindow(store).catch(failStart);
    }
    return;
  }
  if (mainWindow.isMinimized()) {
    mainWindow.restore();
  }
  mainWindow.focus();
}

function menuActions(table: HandlerTable): MenuActions {
  return {
    newLetter: () => {
      newLetter(table).catch((error: unknown) => console.error('[undersigned] New Letter failed:', error));
    },
    importLetter: () => {
      showRoute('/import').catch((error: unknown) => console.error('[undersigned] Import failed:', error));
    },
    print: () => mainWindow?.webContents.print(),
    showAbout: () => app.showAboutPanel(),
  };
}

/**
 * Shows a screen of the page by its route, as the page's own links do (the bridge carries calls from the page only,
 * so the route is the way in). Only these shapes are accepted; JSON.stringify quotes the route.
 */
async function showRoute(route: '/import' | `/letter/${string}` | `/join${string}`): Promise<void> {
  if (!mainWindow) {
    return;
  }
  await mainWindow.webContents.executeJavaScript(`location.hash = ${JSON.stringify(route)};`);
  showMainWindow();
}

/** File › New Letter: creates an untitled letter through the same handler table as the page, then shows it. */
async function newLetter(table: HandlerTable): Promise<void> {
  if (!mainWindow) {
    return;
  }
  const result = await table.invoke('letters:create', { title: '' });
  const letter = result.ok ? letterSummarySchema.safeParse(result.value) : null;
  if (!letter?.success) {
    dialog.showErrorBox(
      'New letter',
      result.ok ? 'The new letter could not be opened.' : result.error.message,
    );
    return;
  }
  // The id matches letterIdSchema ([A-Za-z0-9_-]): nothing else reaches the page.
  await showRoute(`/letter/${letter.data.id}`);
}

/** Opens an invite link now if the window is ready, else once it is. */
function receiveInvite(link: string | null): void {
  if (link === null) {
    return;
  }
  pendingInvite = link;
  if (backend && mainWindow) {
    openPendingInvite().catch((error: unknown) => console.error('[undersigned] joining failed:', error));
  }
}

/** Shows the join dialog for the pending invite: the page asks before anything is joined. */
async function openPendingInvite(): Promise<void> {
  const link = pendingInvite;
  if (link === null || !mainWindow) {
    return;
  }
  pendingInvite = null;
  await showRoute(joinRoute(link));
}

/** Opens a letter file now if the window is ready, else once it is. */
function receiveLetterFile(path: string | null): void {
  if (path === null) {
    return;
  }
  pendingLetterFile = path;
  if (backend && mainWindow) {
    openPendingLetterFile().catch((error: unknown) =>
      console.error('[undersigned] opening a file failed:', error),
    );
  }
}

/** Opens the pending letter file as "Open letter file…" does (a letter this computer has is merged), then shows it. */
async function openPendingLetterFile(): Promise<void> {
  const path = pendingLetterFile;
  const table = backend;
  if (path === null || !table || !mainWindow) {
    return;
  }
  pendingLetterFile = null;
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    dialog.showErrorBox('Open letter file', `${path} could not be read: ${errorText(error)}`);
    return;
  }
  const result = await table.invoke('letters:importFile', { content });
  if (!result.ok) {
    dialog.showErrorBox('Open letter file', result.error.message);
    return;
  }
  const opened = letterSummarySchema.safeParse(
    typeof result.value === 'object' && result.value !== null && 'letter' in result.value
      ? result.value.letter
      : null,
  );
  if (opened.success) {
    // The id matches letterIdSchema ([A-Za-z0-9_-]): nothing else reaches the page.
    await showRoute(`/letter/${opened.data.id}`);
  }
}

function closeStoreThenQuit(event: { preventDefault(): void }): void {
  const open = store;
  if (!open) {
    return;
  }
  // Quit waits for the worker to finish its last write and close the database cleanly.
  event.preventDefault();
  store = null;
  open
    .close()
    .catch((error: unknown) => console.error('[undersigned] the store did not close cleanly:', error))
    .finally(() => app.quit());
}

main();
