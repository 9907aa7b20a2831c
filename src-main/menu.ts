import type { MenuItemConstructorOptions } from 'electron';

/** What the menu's own items do; roles (copy, zoom…) need no action. */
export interface MenuActions {
  newLetter(): void;
  importLetter(): void;
  /** Prints the open letter as its PDF is laid out (the page prints the letter in place of the interface). */
  print(): void;
  showAbout(): void;
}

/** How the running app was started. */
export interface MenuOptions {
  /** Reload and the developer tools are offered only while developing: they let anyone edit the page. */
  development: boolean;
  /** The updater's items, after About (src-main/update/); none where this copy cannot update itself. */
  updateItems?: MenuItemConstructorOptions[];
}

const SEPARATOR: MenuItemConstructorOptions = { type: 'separator' };

/** The application menu for `platform`; macOS adds its app menu and Window menu and moves About and Quit there. */
export function buildMenuTemplate(
  platform: NodeJS.Platform,
  actions: MenuActions,
  options: MenuOptions = { development: false },
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const menus = [fileMenu(mac, actions), editMenu(), viewMenu(options.development)];
  const about = aboutItems(actions, options.updateItems ?? []);
  if (!mac) {
    return [...menus, { role: 'help', label: 'Help', submenu: about }];
  }
  // On macOS About lives in the app menu, which leaves Help empty: it is left out.
  return [appMenu(about), ...menus, { role: 'windowMenu' }];
}

function appMenu(about: MenuItemConstructorOptions[]): MenuItemConstructorOptions {
  return {
    label: 'Undersigned',
    submenu: [
      ...about,
      SEPARATOR,
      { role: 'services' },
      SEPARATOR,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      SEPARATOR,
      { role: 'quit' },
    ],
  };
}

function fileMenu(mac: boolean, actions: MenuActions): MenuItemConstructorOptions {
  const items: MenuItemConstructorOptions[] = [
    { label: 'New Letter', accelerator: 'CmdOrCtrl+N', click: () => actions.newLetter() },
    { label: 'Import Letter…', click: () => actions.importLetter() },
    SEPARATOR,
    { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: () => actions.print() },
    SEPARATOR,
    { role: 'close', label: 'Close Window' },
  ];
  // On macOS, Quit lives in the app menu.
  return { label: 'File', submenu: mac ? items : [...items, SEPARATOR, { role: 'quit' }] };
}

function editMenu(): MenuItemConstructorOptions {
  return {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      SEPARATOR,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'selectAll' },
    ],
  };
}

function viewMenu(development: boolean): MenuItemConstructorOptions {
  const developer: MenuItemConstructorOptions[] = development
    ? [{ role: 'reload' }, { role: 'toggleDevTools' }, SEPARATOR]
    : [];
  return {
    label: 'View',
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      SEPARATOR,
      { role: 'togglefullscreen' },
    ],
  };
}

function aboutItems(
  actions: MenuActions,
  updateItems: MenuItemConstructorOptions[],
): MenuItemConstructorOptions[] {
  const about: MenuItemConstructorOptions = { label: 'About Undersigned', click: () => actions.showAbout() };
  return updateItems.length > 0 ? [about, SEPARATOR, ...updateItems] : [about];
}
