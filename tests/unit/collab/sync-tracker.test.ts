import { describe, expect, it } from 'vitest';
import { SyncTracker, syncWords } from '../../../src-common/collab/sync-tracker';

function connectedEditor(waitingFromEarlier = 0): SyncTracker {
  const tracker = new SyncTracker('editor', waitingFromEarlier);
  tracker.opened();
  return tracker;
}

describe('SyncTracker', () => {
  it('says "connecting" until the first attempt ends, then "offline" with the changes waiting', () => {
    const tracker = new SyncTracker('editor');
    tracker.localChange(false);
    expect(syncWords(tracker.status())).toBe('Connecting — 1 change waiting');
    tracker.closed();
    tracker.localChange(false);
    expect(syncWords(tracker.status())).toBe('Offline — 2 changes waiting');
  });

  it('reaches "Synced" only once the sync reply carrying offline changes is acknowledged', () => {
    const tracker = connectedEditor(3);
    tracker.sentChanges(true);
    tracker.receivedServerState();
    expect(tracker.status()).toEqual({ kind: 'syncing', waiting: 3 });
    tracker.acknowledged(1);
    expect(syncWords(tracker.status())).toBe('Synced');
  });

  it('confirms each change sent while connected by the acknowledged message count, deletions included', () => {
    const tracker = connectedEditor();
    tracker.sentChanges(true);
    tracker.receivedServerState();
    tracker.acknowledged(1);
    tracker.sentChanges(false);
    tracker.localChange(true);
    tracker.sentChanges(false);
    tracker.localChange(true);
    expect(tracker.waiting).toBe(2);
    tracker.acknowledged(2);
    expect(tracker.waiting).toBe(1);
    tracker.acknowledged(3);
    expect(tracker.status()).toEqual({ kind: 'synced' });
  });

  it('keeps unconfirmed changes when the connection drops, and sends them with the next sync reply', () => {
    const tracker = connectedEditor();
    tracker.sentChanges(true);
    tracker.receivedServerState();
    tracker.sentChanges(false);
    tracker.localChange(true);
    tracker.closed();
    expect(syncWords(tracker.status())).toBe('Offline — 1 change waiting');
    tracker.opened();
    tracker.acknowledged(5);
    // A new connection counts from zero: an old count does not confirm anything on it.
    expect(tracker.waiting).toBe(1);
    tracker.sentChanges(true);
    tracker.receivedServerState();
    tracker.acknowledged(1);
    expect(tracker.status()).toEqual({ kind: 'synced' });
  });

  it('shows a refusal with its reason and a viewer as read-only', () => {
    const tracker = connectedEditor();
    tracker.refused('this link was reset by the letter’s owner.');
    expect(syncWords(tracker.status())).toBe('Not syncing: this link was reset by the letter’s owner.');
    const viewer = new SyncTracker('viewer');
    viewer.opened();
    viewer.receivedServerState();
    expect(syncWords(viewer.status())).toBe('Read-only — up to date');
  });

  it('tells its listeners about every change', () => {
    const tracker = new SyncTracker('owner');
    let calls = 0;
    const unsubscribe = tracker.subscribe(() => (calls += 1));
    tracker.localChange(false);
    tracker.closed();
    unsubscribe();
    tracker.localChange(false);
    expect(calls).toBe(2);
  });
});
