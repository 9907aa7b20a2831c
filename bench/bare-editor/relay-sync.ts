// The smallest client of y-websocket's relay: its sync protocol only (no awareness, no reconnecting), over any
// socket. The bare page uses it in the browser, and the bench's co-editors of the bare page under Node.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/** y-websocket's message type for sync messages; the relay's awareness messages (type 1) are ignored. */
const MESSAGE_SYNC = 0;

/** What the socket's owner tells the client, and how it stops listening to the document. */
export interface RelaySync {
  /** The socket opened: ask the relay for what this copy lacks. */
  opened(): void;
  /** A message from the relay. */
  receive(bytes: Uint8Array): void;
  destroy(): void;
}

/**
 * Keeps `doc` in step with the relay: sends each local update as it happens, applies the relay's, answers its sync
 * steps, and calls `onSynced` when the relay's answer to this copy's first step (everything it lacked) has arrived.
 */
export function relaySync(doc: Y.Doc, send: (bytes: Uint8Array) => void, onSynced: () => void): RelaySync {
  // Updates applied from the relay carry this origin, so they are not sent back to it.
  const fromRelay = { relay: true };
  const handleUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin !== fromRelay) {
      send(syncMessage((encoder) => syncProtocol.writeUpdate(encoder, update)));
    }
  };
  doc.on('update', handleUpdate);
  return {
    opened: () => send(syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, doc))),
    receive: (bytes) => {
      const decoder = decoding.createDecoder(bytes);
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) {
        return;
      }
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MESSAGE_SYNC);
      const step = syncProtocol.readSyncMessage(decoder, reply, doc, fromRelay);
      if (encoding.length(reply) > 1) {
        send(encoding.toUint8Array(reply));
      }
      if (step === syncProtocol.messageYjsSyncStep2) {
        onSynced();
      }
    },
    destroy: () => doc.off('update', handleUpdate),
  };
}

function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  write(encoder);
  return encoding.toUint8Array(encoder);
}
