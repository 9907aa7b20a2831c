import * as Y from 'yjs';
import { encodeBinary } from '../../../src-common/letter/encoding';

// Encoding a loaded letter's whole state costs 40–150 ms for a letter of thousands of signatories; an open, a version
// and a compaction each need it, mostly while the letter has not changed since the last encode.
const encoded = new WeakMap<Y.Doc, Uint8Array>();
const asText = new WeakMap<Uint8Array, string>();
const watched = new WeakSet<Y.Doc>();

/**
 * The doc's whole state as one update, encoded again only after the doc changed. Every change to a loaded letter
 * (edits, sync, merged files, renames) is applied to its doc, whose `update` event forgets the kept bytes; callers
 * must not write into them.
 */
export function encodedState(doc: Y.Doc): Uint8Array {
  const kept = encoded.get(doc);
  if (kept) {
    return kept;
  }
  if (!watched.has(doc)) {
    watched.add(doc);
    doc.on('update', () => encoded.delete(doc));
  }
  const state = Y.encodeStateAsUpdate(doc);
  encoded.set(doc, state);
  return state;
}

/** `state` as base64, kept with the bytes so reopening an unchanged letter does not encode it again. */
export function encodedText(state: Uint8Array): string {
  const kept = asText.get(state);
  if (kept !== undefined) {
    return kept;
  }
  const text = encodeBinary(state);
  asText.set(state, text);
  return text;
}
