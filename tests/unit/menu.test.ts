import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../src-main/menu';

function fakeActions() {
  return {
    newLetter: vi.fn<MenuActions['newLetter']>(),
    importLetter: vi.fn<MenuActions['importLetter']>(),
    print: vi.fn<MenuActions['print']>(),
    showAbout: vi.fn<MenuActions['showAbout']>(),
  } satisfies MenuActions;
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  return Array.isArray(menu?.submenu) ? menu.submenu : [];
}

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => (item.role ? [item.role] : []));
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((entry) => entry.label === label);
  if (!found) {
    throw new Error(`no menu item ${label}`);
  }
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  if (!entry.click) {
    throw new Error(`${entry.label ?? entry.role ?? 'item'} has no click handler`);
  }
  // The app's handlers ignore Electron's (menuItem, window, event) arguments, which tests cannot construct.
  Reflect.apply(entry.click, undefined, []);
}

describe('the application menu on Windows and Linux', () => {
  const actions = fakeActions();
  const template = buildMenuTemplate('linux', actions);

  it('has File, Edit, View and Help', () => {
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('offers New Letter on Ctrl/Cmd+N, Import Letter…, Close Window and Quit', () => {
    const file = submenu(template, 'File');
    const newLetter = item(file, 'New Letter');
    expect(newLetter.accelerator).toBe('CmdOrCtrl+N');
    click(newLetter);
    expect(actions.newLetter).toHaveBeenCalledTimes(1);
    click(item(file, 'Import Letter…'));
    expect(actions.importLetter).toHaveBeenCalledTimes(1);
    expect(roles(file)).toEqual(['close', 'quit']);
    expect(item(file, 'Close Window').role).toBe('close');
  });

  it('offers Print… on Ctrl/Cmd+P in File', () => {
    const print = item(submenu(template, 'File'), 'Print…');
    expect(print.accelerator).toBe('CmdOrCtrl+P');
    click(print);
    expect(actions.print).toHaveBeenCalledTimes(1);
  });

  it('has the standard editing roles', () => {
    expect(roles(submenu(template, 'Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'pasteAndMatchStyle',
      'selectAll',
    ]);
  });

  it('has zoom and full screen but neither reload nor developer tools', () => {
    expect(roles(submenu(template, 'View'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('shows About in Help', () => {
    const help = submenu(template, 'Help');
    expect(help.map((entry) => entry.label)).toEqual(['About Undersigned']);
    click(item(help, 'About Undersigned'));
    expect(actions.showAbout).toHaveBeenCalledTimes(1);
  });
});

describe('the application menu while developing', () => {
  it('adds reload and the developer tools to View', () => {
    const template = buildMenuTemplate('win32', fakeActions(), { development: true });
    expect(roles(submenu(template, 'View'))).toEqual([
      'reload',
      'toggleDevTools',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
  });
});

describe('the application menu on macOS', () => {
  const actions = fakeActions();
  const template = buildMenuTemplate('darwin', actions);

  it('starts with the app menu and adds the Window menu', () => {
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual([
      'Undersigned',
      'File',
      'Edit',
      'View',
      'windowMenu',
    ]);
  });

  it('moves About and Quit into the app menu', () => {
    const appMenu = submenu(template, 'Undersigned');
    expect(roles(appMenu)).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
    click(item(appMenu, 'About Undersigned'));
    expect(actions.showAbout).toHaveBeenCalledTimes(1);
    expect(roles(submenu(template, 'File'))).toEqual(['close']);
  });
});
