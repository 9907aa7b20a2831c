import { describe, expect, it } from 'vitest';
import { SaveQueue, type Schedule } from '../../src-common/letter/save-queue';

/** A clock the test moves by hand, so retries are checked without waiting. */
function manualClock() {
  let now = 0;
  let tasks: { at: number; run: () => void }[] = [];
  const schedule: Schedule = (run, ms) => {
    const task = { at: now + ms, run };
    tasks.push(task);
    return () => {
      tasks = tasks.filter((other) => other !== task);
    };
  };
  const advance = async (ms: number) => {
    now += ms;
    const due = tasks.filter((task) => task.at <= now);
    tasks = tasks.filter((task) => task.at > now);
    due.forEach((task) => task.run());
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { schedule, advance };
}

const update = (byte: number) => new Uint8Array([byte]);

describe('the save queue', () => {
  it('says Saved only after the store acknowledged every update, sent as one batch', async () => {
    const clock = manualClock();
    const sent: number[][] = [];
    const queue = new SaveQueue({
      schedule: clock.schedule,
      send: async (updates) => void sent.push(updates.map((u) => u[0] ?? -1)),
    });
    queue.add(update(1));
    queue.add(update(2));
    expect(queue.getState()).toEqual({ kind: 'saving', pending: 2 });
    await clock.advance(200);
    expect(sent).toEqual([[1, 2]]);
    expect(queue.getState()).toEqual({ kind: 'saved' });
  });

  it('keeps updates while the store is unreachable, says how many wait, and retries until they are stored', async () => {
    const clock = manualClock();
    let reachable = false;
    const stored: number[] = [];
    const queue = new SaveQueue({
      schedule: clock.schedule,
      send: async (updates) => {
        if (!reachable) {
          throw new Error('offline');
        }
        stored.push(...updates.map((u) => u[0] ?? -1));
      },
      describeFailure: () => 'Undersigned is not reachable.',
    });
    queue.add(update(1));
    await clock.advance(200);
    expect(queue.getState()).toEqual({
      kind: 'waiting',
      pending: 1,
      reason: 'Undersigned is not reachable.',
    });
    queue.add(update(2));
    expect(queue.getState()).toMatchObject({ kind: 'waiting', pending: 2 });
    await clock.advance(250);
    await clock.advance(500);
    expect(stored).toEqual([]);
    reachable = true;
    const saved = queue.whenSaved();
    await clock.advance(0);
    await saved;
    expect(stored).toEqual([1, 2]);
    expect(queue.getState()).toEqual({ kind: 'saved' });
  });

  it('keeps edits made while a batch is in flight for the next batch', async () => {
    const clock = manualClock();
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const queue = new SaveQueue({
      schedule: clock.schedule,
      send: (updates) => {
        batches.push(updates.map((u) => u[0] ?? -1));
        return new Promise<void>((resolve) => (release = resolve));
      },
    });
    queue.add(update(1));
    await clock.advance(200);
    queue.add(update(2));
    expect(queue.getState()).toEqual({ kind: 'saving', pending: 2 });
    release();
    await clock.advance(0);
    await clock.advance(0);
    expect(batches).toEqual([[1], [2]]);
    release();
    await clock.advance(0);
    expect(queue.getState()).toEqual({ kind: 'saved' });
  });
});
