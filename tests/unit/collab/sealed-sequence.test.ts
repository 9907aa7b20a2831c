import { describe, expect, it } from 'vitest';
import { SealedSequence } from '../../../src-common/collab/sealed-sequence';
import { describeSealedProblem, type SealedSyncProblem } from '../../../src-common/collab/sealed-sync-state';

describe('following the server’s sequence', () => {
  it('applies each stored envelope once and in order, our own included', () => {
    const sequence = new SealedSequence(4);
    expect(sequence.relay(5, 'update')).toEqual({ apply: true, problem: null });
    expect(sequence.stored(6)).toBeNull();
    expect(sequence.relay(6, 'update')).toEqual({ apply: false });
    expect(sequence.relay(0, 'presence')).toEqual({ apply: true, problem: null });
    expect(sequence.caughtUp(6)).toBeNull();
    expect(sequence.last).toBe(6);
  });

  it('jumps to a snapshot’s sequence, and skips a snapshot it is past', () => {
    const sequence = new SealedSequence(0);
    expect(sequence.relay(500, 'snapshot')).toEqual({ apply: true, problem: null });
    expect(sequence.relay(501, 'update')).toEqual({ apply: true, problem: null });
    expect(sequence.relay(400, 'snapshot')).toEqual({ apply: false });
  });

  it('notices a skipped envelope, withheld news and a server that forgot what it stored', () => {
    const sequence = new SealedSequence(10);
    const skipped = sequence.relay(13, 'update');
    expect(skipped).toEqual({ apply: true, problem: { kind: 'skipped', expected: 11, received: 13 } });
    expect(sequence.caughtUp(20)).toEqual({ kind: 'withheld', expected: 20, received: 13 });
    expect(sequence.caughtUp(9)).toEqual({ kind: 'rolled-back', expected: 13, received: 9 });
    expect(sequence.stored(12)).toMatchObject({ kind: 'rolled-back' });
  });
});

describe('sealed sync problems in plain words', () => {
  it('says what happened and what it means for this copy, for every kind', () => {
    const problems: SealedSyncProblem[] = [
      { kind: 'unreadable', problem: 'other-keys' },
      { kind: 'unreadable', problem: 'bad-signature' },
      { kind: 'order', detail: { kind: 'replayed', writer: 'w', expected: 2, received: 1 } },
      { kind: 'order', detail: { kind: 'missing', writer: 'w', expected: 2, received: 3 } },
      { kind: 'sequence', detail: { kind: 'rolled-back', expected: 5, received: 4 } },
      { kind: 'sequence', detail: { kind: 'withheld', expected: 5, received: 4 } },
      { kind: 'not-applied' },
      { kind: 'refused', reason: 'This link can only read.' },
      { kind: 'malformed' },
    ];
    const words = problems.map(describeSealedProblem);
    expect(new Set(words).size).toBe(problems.length);
    expect(words[7]).toContain('This link can only read.');
  });
});
