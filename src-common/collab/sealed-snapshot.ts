import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * What a snapshot envelope holds once opened: the whole letter as one Yjs update, and each writer's last counter it
 * covers, so a reader that starts from the snapshot still notices a replayed or missing envelope after it.
 */
export interface SnapshotContent {
  update: Uint8Array;
  covered: Record<string, number>;
}

/** The snapshot's plaintext, before sealing. */
export function encodeSnapshotContent(content: SnapshotContent): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint8Array(encoder, content.update);
  const writers = Object.entries(content.covered);
  encoding.writeVarUint(encoder, writers.length);
  for (const [writer, counter] of writers) {
    encoding.writeVarString(encoder, writer);
    encoding.writeVarUint(encoder, counter);
  }
  return encoding.toUint8Array(encoder);
}

/** Reads a snapshot's plaintext; null when it is not one (which a signed envelope from an editor never is). */
export function decodeSnapshotContent(bytes: Uint8Array): SnapshotContent | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    const update = decoding.readVarUint8Array(decoder);
    const count = decoding.readVarUint(decoder);
    const covered: Record<string, number> = {};
    for (let index = 0; index < count; index += 1) {
      covered[decoding.readVarString(decoder)] = decoding.readVarUint(decoder);
    }
    return decoding.hasContent(decoder) ? null : { update, covered };
  } catch {
    return null;
  }
}
