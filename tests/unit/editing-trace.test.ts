import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { BODY_FIELD } from '../../src-common/letter/letter-doc';
import { bodyLength, generateEditingTrace } from '../../bench/lib/editing-trace';

const SHAPE = { operations: 6_000, finalCharacters: 600, seed: 3 };

describe('the open benchmark’s editing trace', () => {
  it('stores one update per keystroke, plus the first paragraph', () => {
    expect(generateEditingTrace(SHAPE).updates).toHaveLength(SHAPE.operations + 1);
  });

  it('ends about as long as asked after many more edits than characters', () => {
    const length = bodyLength(generateEditingTrace(SHAPE).doc);
    expect(length).toBeGreaterThan(SHAPE.finalCharacters * 0.9);
    expect(length).toBeLessThan(SHAPE.finalCharacters * 1.1);
  });

  it('replays into the same letter from its updates alone', () => {
    const trace = generateEditingTrace(SHAPE);
    const replayed = new Y.Doc();
    trace.updates.forEach((update) => Y.applyUpdate(replayed, update));
    expect(replayed.getXmlFragment(BODY_FIELD).toString()).toBe(
      trace.doc.getXmlFragment(BODY_FIELD).toString(),
    );
  });

  it('types the same trace for the same seed, and another for another', () => {
    const body = (seed: number) =>
      generateEditingTrace({ ...SHAPE, seed })
        .doc.getXmlFragment(BODY_FIELD)
        .toString();
    expect(body(3)).toBe(body(3));
    expect(body(4)).not.toBe(body(3));
  });
});
