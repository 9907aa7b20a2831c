import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { base64Schema, decodeBinary, encodeBinary } from '../../src-common/letter/encoding';

describe('binary as base64', () => {
  it('gives back the same bytes for every length of padding', () => {
    for (let length = 0; length <= 7; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 97 + 200) % 256);
      const text = encodeBinary(bytes);
      expect(base64Schema.safeParse(text).success).toBe(true);
      expect([...decodeBinary(text)]).toEqual([...bytes]);
    }
  });

  it('carries a letter state that applies to the same document', () => {
    const doc = new Y.Doc();
    doc.getText('body').insert(0, 'We, the undersigned — 芝援香港, Uyghur: ئۇيغۇر');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, decodeBinary(encodeBinary(Y.encodeStateAsUpdate(doc))));
    expect(copy.getText('body').toString()).toBe(doc.getText('body').toString());
  });
});
