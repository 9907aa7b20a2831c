// Carries out update-policy.ts over an updater (electron-updater's autoUpdater in the app, a fake in the tests):
// looks at start and daily while the switch is on, downloads in the background, and restarts only when asked and
// no window holds unsaved edits. Imports no Electron, so tests/unit/update-controller.test.ts runs it under Node.
import type { MenuItemConstructorOptions } from 'electron';
import {
  announceReady,
  checkDue,
  FIRST_CHECK_DELAY_MS,
  restartDecision,
  restartOffer,
  TICK_MS,
  type UpdateState,
} from './update-policy';
import type { UpdateSettings } from './update-settings';
import { errorText } from '../../src-common/error-text';

/** The part of electron-updater's AppUpdater used here. */
export interface UpdaterLike {
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(): void;
  on(event: 'update-available' | 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'update-not-available', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** What the controller needs from the app around it. */
export interface UpdateControllerDeps {
  updater: UpdaterLike;
  settings: UpdateSettings;
  saveSettings(settings: UpdateSettings): void;
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  setInterval(run: () => void, ms: number): unknown;
  /** Tries to close every window; resolves with how many refused because they hold unsaved edits. */
  closeWindows(): Promise<number>;
  /** The state changed: the menu is rebuilt from {@link UpdateController.menuItems}. */
  changed(): void;
  /** An update finished downloading: offer to restart now (the person may also keep working). */
  announce(version: string): void;
  /** The restart waits for edits to be saved: say so. */
  waitForSave(): void;
  log(line: string): void;
}

/** The desktop app's updater. */
export class UpdateController {
  private current: UpdateState = { kind: 'idle' };
  private lastCheckAt: number | null = null;
  private closingForRestart = false;

  constructor(private readonly deps: UpdateControllerDeps) {
    deps.updater.on('update-available', (info) => this.move({ kind: 'downloading', version: info.version }));
    deps.updater.on('update-downloaded', (info) => this.move({ kind: 'ready', version: info.version }));
    deps.updater.on('update-not-available', () => this.move({ kind: 'idle' }));
    deps.updater.on('error', (error) => {
      deps.log(`[undersigned] update check failed: ${error.message}`);
      this.move({ kind: 'failed', message: error.message });
    });
  }

  /** Where the updater is. */
  get state(): UpdateState {
    return this.current;
  }

  /** True while the windows close for a restart into the update: closing the last one must not quit the app. */
  get restarting(): boolean {
    return this.closingForRestart;
  }

  /** Whether updates are looked for. */
  get automatic(): boolean {
    return this.deps.settings.automatic;
  }

  /** Looks shortly after start, then asks every hour whether a day has passed. */
  start(): void {
    this.deps.setTimeout(() => this.tick(), FIRST_CHECK_DELAY_MS);
    this.deps.setInterval(() => this.tick(), TICK_MS);
  }

  /** Looks for an update when {@link checkDue} says it is time. */
  tick(): void {
    const now = this.deps.now();
    if (!checkDue({ automatic: this.automatic, lastCheckAt: this.lastCheckAt, now, state: this.current })) {
      return;
    }
    this.lastCheckAt = now;
    this.move({ kind: 'checking' });
    this.deps.updater.checkForUpdates().catch((error: unknown) => {
      // The 'error' event reports it too; this catch only keeps the rejection from going unhandled.
      this.deps.log(`[undersigned] update check failed: ${errorText(error)}`);
    });
  }

  /** The off switch: turned off, nothing more is looked for or downloaded; turned on, a look is made if due. */
  setAutomatic(automatic: boolean): void {
    this.deps.settings = { automatic };
    this.deps.saveSettings(this.deps.settings);
    this.deps.changed();
    if (automatic) {
      this.tick();
    }
  }

  /** "Restart to update": restarts into the update, unless a window holds unsaved edits; resolves with which. */
  async restartToUpdate(): Promise<ReturnType<typeof restartDecision>> {
    if (this.current.kind !== 'ready') {
      return 'nothing-ready';
    }
    this.closingForRestart = true;
    let holding: number;
    try {
      holding = await this.deps.closeWindows();
    } finally {
      this.closingForRestart = false;
    }
    const decision = restartDecision(this.current, holding);
    if (decision === 'restart') {
      this.deps.updater.quitAndInstall();
    } else if (decision === 'wait-for-save') {
      this.deps.waitForSave();
    }
    return decision;
  }

  /** The menu's update items: the switch, and "Restart to Update to …" once an update is ready. */
  menuItems(): MenuItemConstructorOptions[] {
    const items: MenuItemConstructorOptions[] = [
      {
        label: 'Check for Updates Automatically',
        type: 'checkbox',
        checked: this.automatic,
        click: () => this.setAutomatic(!this.automatic),
      },
    ];
    const offer = restartOffer(this.current);
    if (offer !== null) {
      items.push({
        label: offer,
        click: () => {
          this.restartToUpdate().catch((error: unknown) => {
            this.deps.log(`[undersigned] restart to update failed: ${errorText(error)}`);
          });
        },
      });
    }
    return items;
  }

  private move(next: UpdateState): void {
    const previous = this.current;
    this.current = next;
    this.deps.changed();
    if (announceReady(previous, next) && next.kind === 'ready') {
      this.deps.announce(next.version);
    }
  }
}
