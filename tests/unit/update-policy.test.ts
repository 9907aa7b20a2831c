import { describe, expect, it } from 'vitest';
import {
  announceReady,
  CHECK_INTERVAL_MS,
  checkDue,
  restartDecision,
  restartOffer,
  updatesSupported,
  type UpdateState,
} from '../../src-main/update/update-policy';

const NOW = Date.UTC(2026, 11, 2, 12);
const HOUR = 60 * 60 * 1000;
const idle: UpdateState = { kind: 'idle' };
const ready: UpdateState = { kind: 'ready', version: '0.2.0' };

describe('whether this copy can update itself', () => {
  const packaged = { isPackaged: true, feedConfigured: true, env: {} };

  it('can on Windows and macOS when packaged with a feed', () => {
    expect(updatesSupported({ ...packaged, platform: 'win32' })).toBe(true);
    expect(updatesSupported({ ...packaged, platform: 'darwin' })).toBe(true);
  });

  it('can on Linux only as an AppImage', () => {
    expect(
      updatesSupported({ ...packaged, platform: 'linux', env: { APPIMAGE: '/home/a/Undersigned.AppImage' } }),
    ).toBe(true);
    expect(updatesSupported({ ...packaged, platform: 'linux' })).toBe(false);
  });

  it('cannot under npm start, nor in a build without a feed', () => {
    expect(updatesSupported({ ...packaged, platform: 'win32', isPackaged: false })).toBe(false);
    expect(updatesSupported({ ...packaged, platform: 'darwin', feedConfigured: false })).toBe(false);
  });
});

describe('when to look for an update', () => {
  it('looks at start, then once a day', () => {
    expect(checkDue({ automatic: true, lastCheckAt: null, now: NOW, state: idle })).toBe(true);
    expect(checkDue({ automatic: true, lastCheckAt: NOW - 23 * HOUR, now: NOW, state: idle })).toBe(false);
    expect(checkDue({ automatic: true, lastCheckAt: NOW - CHECK_INTERVAL_MS, now: NOW, state: idle })).toBe(
      true,
    );
  });

  it('looks again a day after a failed look, not sooner', () => {
    const failed: UpdateState = { kind: 'failed', message: 'offline' };
    expect(checkDue({ automatic: true, lastCheckAt: NOW - HOUR, now: NOW, state: failed })).toBe(false);
    expect(checkDue({ automatic: true, lastCheckAt: NOW - 25 * HOUR, now: NOW, state: failed })).toBe(true);
  });

  it('never looks while the switch is off', () => {
    expect(checkDue({ automatic: false, lastCheckAt: null, now: NOW, state: idle })).toBe(false);
    expect(checkDue({ automatic: false, lastCheckAt: NOW - 48 * HOUR, now: NOW, state: idle })).toBe(false);
  });

  it('does not look while a look or a download is under way, or an update waits to be installed', () => {
    const old = NOW - 48 * HOUR;
    for (const state of [{ kind: 'checking' }, { kind: 'downloading', version: '0.2.0' }, ready] as const) {
      expect(checkDue({ automatic: true, lastCheckAt: old, now: NOW, state })).toBe(false);
    }
  });

  it('treats a clock set back as a day gone by', () => {
    expect(checkDue({ automatic: true, lastCheckAt: NOW + HOUR, now: NOW, state: idle })).toBe(true);
  });
});

describe('when to offer "Restart to update"', () => {
  it('offers it once an update is downloaded, naming its version, and not before', () => {
    expect(restartOffer(ready)).toBe('Restart to Update to 0.2.0');
    expect(restartOffer(idle)).toBeNull();
    expect(restartOffer({ kind: 'downloading', version: '0.2.0' })).toBeNull();
  });

  it('restarts only when no window holds unsaved edits', () => {
    expect(restartDecision(ready, 0)).toBe('restart');
    expect(restartDecision(ready, 1)).toBe('wait-for-save');
    expect(restartDecision(idle, 0)).toBe('nothing-ready');
  });

  it('announces a downloaded version once', () => {
    expect(announceReady({ kind: 'downloading', version: '0.2.0' }, ready)).toBe(true);
    expect(announceReady(ready, ready)).toBe(false);
    expect(announceReady(ready, { kind: 'ready', version: '0.3.0' })).toBe(true);
    expect(announceReady(idle, { kind: 'checking' })).toBe(false);
  });
});
