import { describe, expect, it } from 'vitest';
import { freshSealedSyncState, type SealedSyncState } from '../../../src-common/collab/sealed-sync-state';
import { newWriterId } from '../../../src-common/crypto/writer-order';
import { KEEP_EVERY_MS, StateKeeper, type Later } from '../../../src-renderer/collab/state-keeper';

/** A keeper whose timer runs only when the test says so, and the states it wrote. */
function keeper() {
  const written: SealedSyncState[] = [];
  const timers: { run: () => void; ms: number; cancelled: boolean }[] = [];
  const later: Later = (run, ms) => {
    const timer = { run, ms, cancelled: false };
    timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  };
  const runTimers = () => timers.filter((timer) => !timer.cancelled).forEach((timer) => timer.run());
  return { keeper: new StateKeeper((state) => written.push(state), later), written, timers, runTimers };
}

const base = freshSealedSyncState(newWriterId());
const at = (lastSeq: number, changedSinceConfirmed = false): SealedSyncState => ({
  ...base,
  lastSeq,
  changedSinceConfirmed,
});

describe('keeping a sealed letter’s sync state', () => {
  it('writes progress once a second, the latest state, not once per envelope', () => {
    const { keeper: kept, written, timers, runTimers } = keeper();
    for (let seq = 1; seq <= 50; seq += 1) {
      kept.offer(at(seq));
    }
    expect(written).toEqual([]);
    expect(timers.map((timer) => timer.ms)).toEqual([KEEP_EVERY_MS]);
    runTimers();
    expect(written.map((state) => state.lastSeq)).toEqual([50]);
  });

  it('writes a local change not yet confirmed at once, so a restart still sends it', () => {
    const { keeper: kept, written } = keeper();
    kept.offer(at(3));
    kept.offer(at(3, true));
    expect(written.map((state) => [state.lastSeq, state.changedSinceConfirmed])).toEqual([[3, true]]);
    kept.offer(at(4, true));
    expect(written).toHaveLength(1);
  });

  it('writes what waits when the window goes, and nothing after a stop', () => {
    const { keeper: kept, written, runTimers } = keeper();
    kept.offer(at(7));
    kept.flush();
    expect(written.map((state) => state.lastSeq)).toEqual([7]);
    kept.offer(at(8));
    kept.stop();
    runTimers();
    kept.flush();
    expect(written.map((state) => state.lastSeq)).toEqual([7]);
  });
});
