import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src-node/sqlite/statements';
import { WriteBatcher, type WriteSource } from '../../server/write-batcher';

/** A store writer whose commits finish only when the test says so. */
class ManualWriter {
  readonly batches: Statement[][] = [];
  private readonly open: ((error: Error | null) => void)[] = [];

  submit(batch: readonly Statement[], settled: (error: Error | null) => void): void {
    this.batches.push([...batch]);
    this.open.push(settled);
  }

  drain(): void {
    while (this.open.length > 0) {
      this.commitOldest();
    }
  }

  commitOldest(): void {
    this.open.shift()?.(null);
  }
}

function source(name: string, committed: string[]): WriteSource {
  return {
    takeBatch: () => [[`INSERT ${name}`, []]],
    committed: () => committed.push(name),
    failed: () => undefined,
  };
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

describe('the write batcher', () => {
  it('holds what arrives during a commit and writes it as one batch once that commit is done', async () => {
    const writer = new ManualWriter();
    const committed: string[] = [];
    const batcher = new WriteBatcher(writer, () => undefined);
    batcher.schedule(source('a', committed));
    await nextTurn();
    expect(writer.batches).toHaveLength(1);
    // Three letters write over three turns of the event loop while the first commit is still on its way.
    for (const name of ['b', 'c', 'd']) {
      batcher.schedule(source(name, committed));
      await nextTurn();
    }
    expect(writer.batches).toHaveLength(1);
    writer.commitOldest();
    expect(committed).toEqual(['a']);
    expect(writer.batches).toHaveLength(2);
    expect(writer.batches[1]).toEqual([
      ['INSERT b', []],
      ['INSERT c', []],
      ['INSERT d', []],
    ]);
    writer.commitOldest();
    expect(committed).toEqual(['a', 'b', 'c', 'd']);
  });

  it('writes everything at once when flushed, even with a commit on its way', async () => {
    const writer = new ManualWriter();
    const committed: string[] = [];
    const batcher = new WriteBatcher(writer, () => undefined);
    batcher.schedule(source('a', committed));
    await nextTurn();
    batcher.schedule(source('b', committed));
    batcher.flush();
    expect(committed).toEqual(['a', 'b']);
    expect(writer.batches).toHaveLength(2);
  });
});
