import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { encodeRelayBatch, readRelayBatch, type BatchedRelay } from './sealed-relay-batch';

/**
 * The messages of the sealed relay, where the server keeps and forwards envelopes (see `crypto/envelope.ts`) it cannot
 * read. A server without readable documents cannot answer y-websocket's "here is my state vector, send what I lack",
 * so a client asks by position instead: "everything after sequence N", the N it remembers for the letter.
 *
 * Each message is a varuint type, then its fields. The types start at 20, clear of y-websocket's 0–3 and of the
 * acknowledgement (100) of the plaintext protocol that came before, so an old client's message is refused, never
 * misread.
 */
export type SealedClientMessage =
  /**
   * "Send me every envelope stored after `after`" (0 for all), then tell me when you are done. With `batches`, the
   * client reads `relays` messages, so the server may send the stored envelopes many to a message.
   */
  | { type: 'hello'; after: number; batches?: boolean }
  /** An update, snapshot or presence envelope to store (presence: only relay). */
  | { type: 'envelope'; envelope: Uint8Array }
  /** "May I write a snapshot covering sequences up to `covers`?" (a short lease, so two clients do not both do it). */
  | { type: 'lease'; covers: number };

export type SealedServerMessage =
  /** The envelope with this writer's `counter` is on disk as sequence `seq`: the writer may forget it. */
  | { type: 'stored'; counter: number; seq: number }
  /**
   * An envelope from someone else, numbered `seq` (0 for presence, which is never stored). The server relays before
   * it stores: `durable` is the newest sequence known on disk when it was sent, and only up to there may a reader
   * take the numbers for granted (a server that crashed before storing `seq` gives that number to another envelope).
   */
  | { type: 'relay'; seq: number; durable: number; envelope: Uint8Array }
  /**
   * Envelopes of a catch-up, oldest first, each as a `relay` with this `durable` would carry it: sent only to a
   * client whose hello asked for batches (an older client reads only `relay`).
   */
  | { type: 'relays'; durable: number; relays: BatchedRelay[] }
  /** Every envelope up to `through` is on disk: sent after a burst, when no relay carried the news. */
  | { type: 'durable'; through: number }
  /** Every envelope numbered before this hello (stored or on its way to disk) has been sent; `latest` is the newest. */
  | { type: 'caught-up'; latest: number }
  /** The answer to a lease request. */
  | { type: 'lease'; granted: boolean; covers: number }
  /** The envelope with this counter was not stored, and why, in words a person can read. */
  | { type: 'refused'; counter: number; reason: string };

/**
 * What the server says (closing with 4410), and the app shows, for a letter shared before end-to-end encryption:
 * neither serves it any more.
 */
export const SHARED_BEFORE_ENCRYPTION =
  'This letter was shared before end-to-end encryption: share it again.';

const CLIENT_TYPES = { hello: 20, envelope: 21, lease: 22, batchedHello: 23 } as const;
const SERVER_TYPES = {
  stored: 30,
  relay: 31,
  'caught-up': 32,
  lease: 33,
  refused: 34,
  durable: 35,
  relays: 36,
} as const;

/** The longest reason a server sends, in characters, so a refusal can never be used to flood a client. */
const MAX_REASON = 200;

/** Encodes a client's message. */
export function encodeSealedClientMessage(message: SealedClientMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  const batched = message.type === 'hello' && message.batches === true;
  encoding.writeVarUint(encoder, batched ? CLIENT_TYPES.batchedHello : CLIENT_TYPES[message.type]);
  if (message.type === 'envelope') {
    encoding.writeVarUint8Array(encoder, message.envelope);
  } else {
    encoding.writeVarUint(encoder, message.type === 'hello' ? message.after : message.covers);
  }
  return encoding.toUint8Array(encoder);
}

/** Decodes a client's message on the server; null for bytes that are not one, whatever they hold. */
export function decodeSealedClientMessage(
  bytes: Uint8Array,
  maxEnvelope: number,
): SealedClientMessage | null {
  return readWhole(bytes, (decoder, type) => {
    if (type === CLIENT_TYPES.hello) {
      return { type: 'hello', after: readSequence(decoder) };
    }
    if (type === CLIENT_TYPES.batchedHello) {
      return { type: 'hello', after: readSequence(decoder), batches: true };
    }
    if (type === CLIENT_TYPES.lease) {
      return { type: 'lease', covers: readSequence(decoder) };
    }
    if (type !== CLIENT_TYPES.envelope) {
      return null;
    }
    const envelope = decoding.readVarUint8Array(decoder);
    return envelope.length > maxEnvelope ? null : { type: 'envelope', envelope };
  });
}

/** Encodes a server's message. */
export function encodeSealedServerMessage(message: SealedServerMessage): Uint8Array {
  if (message.type === 'relays') {
    return encodeRelayBatch(SERVER_TYPES.relays, message.durable, message.relays);
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SERVER_TYPES[message.type]);
  switch (message.type) {
    case 'stored':
      encoding.writeVarUint(encoder, message.counter);
      encoding.writeVarUint(encoder, message.seq);
      break;
    case 'relay':
      encoding.writeVarUint(encoder, message.seq);
      encoding.writeVarUint(encoder, message.durable);
      encoding.writeVarUint8Array(encoder, message.envelope);
      break;
    case 'durable':
      encoding.writeVarUint(encoder, message.through);
      break;
    case 'caught-up':
      encoding.writeVarUint(encoder, message.latest);
      break;
    case 'lease':
      encoding.writeVarUint(encoder, message.granted ? 1 : 0);
      encoding.writeVarUint(encoder, message.covers);
      break;
    case 'refused':
      encoding.writeVarUint(encoder, message.counter);
      encoding.writeVarString(encoder, message.reason.slice(0, MAX_REASON));
      break;
  }
  return encoding.toUint8Array(encoder);
}

/** Decodes a server's message on a client; null for bytes that are not one. */
export function decodeSealedServerMessage(bytes: Uint8Array): SealedServerMessage | null {
  return readWhole(bytes, (decoder, type): SealedServerMessage | null => {
    switch (type) {
      case SERVER_TYPES.stored:
        return { type: 'stored', counter: readSequence(decoder), seq: readSequence(decoder) };
      case SERVER_TYPES.relay:
        return {
          type: 'relay',
          seq: readSequence(decoder),
          durable: readSequence(decoder),
          envelope: decoding.readVarUint8Array(decoder),
        };
      case SERVER_TYPES.relays:
        return { type: 'relays', ...readRelayBatch(decoder, readSequence) };
      case SERVER_TYPES.durable:
        return { type: 'durable', through: readSequence(decoder) };
      case SERVER_TYPES['caught-up']:
        return { type: 'caught-up', latest: readSequence(decoder) };
      case SERVER_TYPES.lease:
        return { type: 'lease', granted: decoding.readVarUint(decoder) === 1, covers: readSequence(decoder) };
      case SERVER_TYPES.refused:
        return { type: 'refused', counter: readSequence(decoder), reason: readReason(decoder) };
      default:
        return null;
    }
  });
}

/** Runs a reader over the whole message: bytes left over, cut short or out of range make it no message at all. */
function readWhole<T>(
  bytes: Uint8Array,
  read: (decoder: decoding.Decoder, type: number) => T | null,
): T | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    const message = read(decoder, decoding.readVarUint(decoder));
    return decoding.hasContent(decoder) ? null : message;
  } catch {
    return null;
  }
}

function readSequence(decoder: decoding.Decoder): number {
  const value = decoding.readVarUint(decoder);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError('A sequence number out of range.');
  }
  return value;
}

function readReason(decoder: decoding.Decoder): string {
  const reason = decoding.readVarString(decoder);
  if (reason.length > MAX_REASON) {
    throw new RangeError('A reason longer than a server sends.');
  }
  return reason;
}
