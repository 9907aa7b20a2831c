import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../src-main/menu';
import { UpdateController, type UpdateControllerDeps } from '../../src-main/update/update-controller';
import { CHECK_INTERVAL_MS, FIRST_CHECK_DELAY_MS, TICK_MS } from '../../src-main/update/update-policy';
import {
  DEFAULT_UPDATE_SETTINGS,
  readUpdateSettings,
  UPDATE_SETTINGS_FILE,
  writeUpdateSettings,
} from '../../src-main/update/update-settings';
import { tempDir } from '../support/temp';

/** electron-updater's autoUpdater as far as the controller uses it: events, a check, and quitAndInstall. */
class FakeUpdater extends EventEmitter {
  checks = 0;
  installs = 0;
  checkForUpdates(): Promise<unknown> {
    this.checks += 1;
    return Promise.resolve(null);
  }
  quitAndInstall(): void {
    this.installs += 1;
  }
}

function setup(options: { automatic?: boolean; refusingWindows?: number } = {}) {
  const updater = new FakeUpdater();
  const timers: { run: () => void; ms: number; repeat: boolean }[] = [];
  let now = Date.UTC(2026, 11, 2, 9);
  const deps = {
    updater,
    settings: { automatic: options.automatic ?? true },
    saveSettings: vi.fn<UpdateControllerDeps['saveSettings']>(),
    now: () => now,
    setTimeout: (run: () => void, ms: number) => timers.push({ run, ms, repeat: false }),
    setInterval: (run: () => void, ms: number) => timers.push({ run, ms, repeat: true }),
    closeWindows: vi.fn(() => Promise.resolve(options.refusingWindows ?? 0)),
    changed: vi.fn(),
    announce: vi.fn<UpdateControllerDeps['announce']>(),
    waitForSave: vi.fn(),
    log: vi.fn(),
  } satisfies UpdateControllerDeps;
  const controller = new UpdateController(deps);
  return {
    controller,
    updater,
    deps,
    timers,
    later(ms: number) {
      now += ms;
    },
  };
}

function labels(items: MenuItemConstructorOptions[]): (string | undefined)[] {
  return items.map((item) => item.label ?? item.type);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) {
    throw new Error('no click handler');
  }
  Reflect.apply(item.click, undefined, []);
}

describe('the updater', () => {
  it('looks shortly after start, then asks every hour whether a day has passed', () => {
    const { controller, updater, timers, later } = setup();
    controller.start();
    expect(timers.map(({ ms, repeat }) => ({ ms, repeat }))).toEqual([
      { ms: FIRST_CHECK_DELAY_MS, repeat: false },
      { ms: TICK_MS, repeat: true },
    ]);
    timers[0]?.run();
    expect(updater.checks).toBe(1);
    updater.emit('update-not-available');
    later(TICK_MS);
    timers[1]?.run();
    expect(updater.checks).toBe(1);
    later(CHECK_INTERVAL_MS);
    timers[1]?.run();
    expect(updater.checks).toBe(2);
  });

  it('looks for nothing while switched off, and looks at once when switched back on', () => {
    const { controller, updater, deps } = setup({ automatic: false });
    controller.tick();
    expect(updater.checks).toBe(0);
    click(controller.menuItems()[0]);
    expect(deps.saveSettings).toHaveBeenCalledWith({ automatic: true });
    expect(updater.checks).toBe(1);
    click(controller.menuItems()[0]);
    expect(deps.saveSettings).toHaveBeenLastCalledWith({ automatic: false });
    expect(controller.menuItems()[0]).toMatchObject({ type: 'checkbox', checked: false });
  });

  it('offers "Restart to Update" once the download is done, and announces it once', () => {
    const { controller, updater, deps } = setup();
    controller.tick();
    updater.emit('update-available', { version: '0.2.0' });
    expect(labels(controller.menuItems())).toEqual(['Check for Updates Automatically']);
    updater.emit('update-downloaded', { version: '0.2.0' });
    expect(labels(controller.menuItems())).toEqual([
      'Check for Updates Automatically',
      'Restart to Update to 0.2.0',
    ]);
    expect(deps.announce).toHaveBeenCalledTimes(1);
    expect(deps.announce).toHaveBeenCalledWith('0.2.0');
    expect(deps.changed).toHaveBeenCalled();
  });

  it('restarts into the update when every window closed', async () => {
    const { controller, updater } = setup();
    updater.emit('update-downloaded', { version: '0.2.0' });
    expect(await controller.restartToUpdate()).toBe('restart');
    expect(updater.installs).toBe(1);
    expect(controller.restarting).toBe(false);
  });

  it('never restarts while a window holds unsaved edits, and says so', async () => {
    const { controller, updater, deps } = setup({ refusingWindows: 1 });
    updater.emit('update-downloaded', { version: '0.2.0' });
    expect(await controller.restartToUpdate()).toBe('wait-for-save');
    expect(updater.installs).toBe(0);
    expect(deps.waitForSave).toHaveBeenCalledTimes(1);
  });

  it('does nothing on restart while no update is ready', async () => {
    const { controller, updater, deps } = setup();
    expect(await controller.restartToUpdate()).toBe('nothing-ready');
    expect(deps.closeWindows).not.toHaveBeenCalled();
    expect(updater.installs).toBe(0);
  });

  it('logs a failed look and looks again the next day', () => {
    const { controller, updater, deps, later } = setup();
    controller.tick();
    updater.emit('error', new Error('getaddrinfo ENOTFOUND'));
    expect(controller.state).toEqual({ kind: 'failed', message: 'getaddrinfo ENOTFOUND' });
    expect(deps.log).toHaveBeenCalledWith(expect.stringContaining('ENOTFOUND'));
    controller.tick();
    expect(updater.checks).toBe(1);
    later(CHECK_INTERVAL_MS);
    controller.tick();
    expect(updater.checks).toBe(2);
  });
});

describe('the update switch on disk', () => {
  it('is on until turned off, and kept in the data folder', () => {
    const dir = tempDir('undersigned-update-');
    expect(readUpdateSettings(dir)).toEqual(DEFAULT_UPDATE_SETTINGS);
    writeUpdateSettings(dir, { automatic: false });
    expect(readUpdateSettings(dir)).toEqual({ automatic: false });
    expect(JSON.parse(readFileSync(join(dir, UPDATE_SETTINGS_FILE), 'utf8'))).toEqual({ automatic: false });
  });
});

describe('the update items in the menu', () => {
  const actions = { newLetter: vi.fn(), importLetter: vi.fn(), print: vi.fn(), showAbout: vi.fn() };
  const updateItems: MenuItemConstructorOptions[] = [
    { label: 'Check for Updates Automatically', type: 'checkbox' },
  ];

  it('follow About in Help on Windows and Linux, and in the app menu on macOS', () => {
    const help = buildMenuTemplate('win32', actions, { development: false, updateItems }).find(
      (menu) => menu.label === 'Help',
    );
    expect(labels(Array.isArray(help?.submenu) ? help.submenu : [])).toEqual([
      'About Undersigned',
      'separator',
      'Check for Updates Automatically',
    ]);
    const app = buildMenuTemplate('darwin', actions, { development: false, updateItems })[0];
    expect(labels(Array.isArray(app?.submenu) ? app.submenu : []).slice(0, 3)).toEqual([
      'About Undersigned',
      'separator',
      'Check for Updates Automatically',
    ]);
  });

  it('are absent where this copy cannot update itself', () => {
    const help = buildMenuTemplate('linux', actions, { development: false }).find(
      (menu) => menu.label === 'Help',
    );
    expect(labels(Array.isArray(help?.submenu) ? help.submenu : [])).toEqual(['About Undersigned']);
  });
});
