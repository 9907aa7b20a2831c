import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One stored envelope of a catch-up, numbered as the server numbered it. */
export interface BatchedRelay {
  seq: number;
  envelope: Uint8Array;
}

/**
 * The most envelopes one `relays` message carries. A client refuses a message with more: the server never sends
 * one, and the bound keeps what one message can make a client hold and check in one step to what a catch-up batch
 * holds anyway (`MAX_BACKLOG_BATCH`).
 */
export const MAX_RELAYS_PER_MESSAGE = 1_000;

/**
 * How many envelope bytes the server puts in one `relays` message before it starts the next (one larger envelope
 * still goes, alone): a long catch-up then reaches the client in parts it can start on, each a few socket frames.
 */
export const RELAY_BATCH_BYTES = 1 << 20;

/** Writes a `relays` message's fields after its type: `durable`, the count, then each envelope's sequence and bytes. */
export function writeRelayBatch(
  encoder: encoding.Encoder,
  durable: number,
  relays: readonly BatchedRelay[],
): void {
  if (relays.length === 0 || relays.length > MAX_RELAYS_PER_MESSAGE) {
    throw new RangeError(`A relays message carries 1 to ${MAX_RELAYS_PER_MESSAGE} envelopes.`);
  }
  encoding.writeVarUint(encoder, durable);
  encoding.writeVarUint(encoder, relays.length);
  for (const relay of relays) {
    encoding.writeVarUint(encoder, relay.seq);
    encoding.writeVarUint8Array(encoder, relay.envelope);
  }
}

/**
 * Reads what {@link writeRelayBatch} wrote; throws on a count of none or over the bound before reading any envelope,
 * on a sequence that is not an exact number, and on envelopes cut short (the caller turns that into "no message").
 */
export function readRelayBatch(
  decoder: decoding.Decoder,
  readSequence: (decoder: decoding.Decoder) => number,
): { durable: number; relays: BatchedRelay[] } {
  const durable = readSequence(decoder);
  const count = decoding.readVarUint(decoder);
  if (count < 1 || count > MAX_RELAYS_PER_MESSAGE) {
    throw new RangeError('A relays message with no envelope or more than a server sends.');
  }
  const relays: BatchedRelay[] = [];
  for (let index = 0; index < count; index += 1) {
    relays.push({ seq: readSequence(decoder), envelope: decoding.readVarUint8Array(decoder) });
  }
  return { durable, relays };
}

/** Splits a catch-up into `relays` messages: at most {@link MAX_RELAYS_PER_MESSAGE} envelopes and about `maxBytes`. */
export function relayBatches(
  relays: readonly BatchedRelay[],
  maxBytes: number = RELAY_BATCH_BYTES,
): BatchedRelay[][] {
  const batches: BatchedRelay[][] = [];
  let current: BatchedRelay[] = [];
  let bytes = 0;
  for (const relay of relays) {
    const full = current.length >= MAX_RELAYS_PER_MESSAGE || bytes + relay.envelope.length > maxBytes;
    if (current.length > 0 && full) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(relay);
    bytes += relay.envelope.length;
  }
  if (current.length > 0) {
    batches.push(current);
  }
  return batches;
}
