import { describe, expect, it } from 'vitest';
import { newWriterId, WriterOrder } from '../../../src-common/crypto/writer-order';

describe('the order of each writer’s envelopes', () => {
  it('accepts each writer counting up from 1, and notices replays and gaps', () => {
    const alice = newWriterId();
    const bob = newWriterId();
    const order = new WriterOrder();
    expect(order.accept({ writerId: alice, counter: 1 })).toBeNull();
    expect(order.accept({ writerId: bob, counter: 1 })).toBeNull();
    expect(order.accept({ writerId: alice, counter: 2 })).toBeNull();
    expect(order.accept({ writerId: alice, counter: 2 })).toMatchObject({ kind: 'replayed', expected: 3 });
    expect(order.accept({ writerId: bob, counter: 4 })).toMatchObject({
      kind: 'missing',
      expected: 2,
      received: 4,
    });
    expect(order.accept({ writerId: bob, counter: 5 })).toBeNull();
    // Counter 3 was reported missing: arriving late, it is still needed; a second time, it is a replay.
    expect(order.accept({ writerId: bob, counter: 3 })).toMatchObject({ kind: 'reordered', expected: 6 });
    expect(order.accept({ writerId: bob, counter: 3 })).toMatchObject({ kind: 'replayed' });
    expect(order.accept({ writerId: bob, counter: 2 })).toMatchObject({ kind: 'reordered' });
    expect(order.accept({ writerId: bob, counter: 2 })).toMatchObject({ kind: 'replayed' });
  });

  it('goes on from the counters a snapshot covered', () => {
    const writer = newWriterId();
    const first = new WriterOrder();
    first.accept({ writerId: writer, counter: 1 });
    first.accept({ writerId: writer, counter: 2 });
    const next = new WriterOrder(first.covered());
    expect(next.accept({ writerId: writer, counter: 2 })).toMatchObject({ kind: 'replayed' });
    expect(next.accept({ writerId: writer, counter: 3 })).toBeNull();
  });
});
