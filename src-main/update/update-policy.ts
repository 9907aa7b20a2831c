// When the desktop app looks for updates and when it offers to restart into one: plain functions, unit-tested under
// Node (tests/unit/update-policy.test.ts). updater.ts carries them out with electron-updater.
import { NO_UPDATE, type RestartOutcome, type UpdateStatus } from '../../src-common/api/update-schemas';

/** How often an installed copy looks for a new version while it runs. */
export const CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** How long after start the first look waits, so start-up never shares the machine with a download. */
export const FIRST_CHECK_DELAY_MS = 30 * 1000;

/** How often the running app asks {@link checkDue}: hourly, so a computer that slept still checks once a day. */
export const TICK_MS = 60 * 60 * 1000;

/** Where the updater is: nothing found yet, looking, downloading in the background, ready to install, or failed. */
export type UpdateState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'downloading'; version: string }
  | { kind: 'ready'; version: string }
  | { kind: 'failed'; message: string };

/** What decides whether this copy can update itself at all. */
export interface UpdateSupport {
  /** False under `npm start`: an unpackaged app has nothing to replace. */
  isPackaged: boolean;
  /** Whether the build was given an update feed (its app-update.yml exists; electron-builder.config.ts). */
  feedConfigured: boolean;
  platform: NodeJS.Platform;
  /** On Linux only an AppImage can replace itself (the deb is updated by the system's package tools). */
  env: NodeJS.ProcessEnv;
}

/** True when this copy of the app can update itself; otherwise no check is ever made and no update item shown. */
export function updatesSupported(support: UpdateSupport): boolean {
  if (!support.isPackaged || !support.feedConfigured) {
    return false;
  }
  if (support.platform === 'linux') {
    return (support.env.APPIMAGE ?? '') !== '';
  }
  return support.platform === 'win32' || support.platform === 'darwin';
}

/** What {@link checkDue} looks at. */
export interface CheckContext {
  /** The person's switch ("Check for Updates Automatically"); on unless turned off. */
  automatic: boolean;
  /** When the last look started (ms since the epoch), or null for none since this start. */
  lastCheckAt: number | null;
  now: number;
  state: UpdateState;
}

/**
 * True when it is time to look for an update: the switch is on, nothing is under way or waiting to be installed, and
 * no look has been made since this start, or the last was a day ago or more (a clock set back counts as a day).
 */
export function checkDue(context: CheckContext): boolean {
  if (!context.automatic) {
    return false;
  }
  const kind = context.state.kind;
  if (kind === 'checking' || kind === 'downloading' || kind === 'ready') {
    return false;
  }
  if (context.lastCheckAt === null) {
    return true;
  }
  const elapsed = context.now - context.lastCheckAt;
  return elapsed >= CHECK_INTERVAL_MS || elapsed < 0;
}

/** The label of the "Restart to update" item, or null while there is nothing to restart into. */
export function restartOffer(state: UpdateState): string | null {
  return state.kind === 'ready' ? `Restart to Update to ${state.version}` : null;
}

/**
 * What the window's status bar is told (`app:updateStatus`): an update to restart into, or none, whether the updater
 * is idle, looking, downloading or failed, or this copy cannot update at all (null).
 */
export function updateStatusOf(state: UpdateState | null): UpdateStatus {
  return state?.kind === 'ready' ? { kind: 'ready', version: state.version } : NO_UPDATE;
}

/** What the window is told after asking to restart (`app:restartToUpdate`). */
export function restartOutcomeOf(decision: ReturnType<typeof restartDecision>): RestartOutcome {
  return decision === 'restart' ? 'restarting' : decision;
}

/**
 * What "Restart to update" does: restart only when an update is ready and no window holds edits that are not yet
 * saved (a window with unsaved edits refuses to close); otherwise wait, and say so.
 */
export function restartDecision(
  state: UpdateState,
  windowsHoldingEdits: number,
): 'restart' | 'wait-for-save' | 'nothing-ready' {
  if (state.kind !== 'ready') {
    return 'nothing-ready';
  }
  return windowsHoldingEdits > 0 ? 'wait-for-save' : 'restart';
}

/** True when a state change is the moment to tell the person an update is ready (once per version). */
export function announceReady(previous: UpdateState, next: UpdateState): boolean {
  return next.kind === 'ready' && !(previous.kind === 'ready' && previous.version === next.version);
}
