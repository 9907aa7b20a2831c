import * as decoding from 'lib0/decoding';

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

/**
 * A whole `relays` message: `type`, `durable`, the count, then each envelope's sequence and bytes. Written into one
 * buffer of the exact size, each envelope copied once: through a growing encoder, a fresh server spent about 7 ms
 * copying a 500-envelope catch-up (most of its first answer's time).
 */
export function encodeRelayBatch(type: number, durable: number, relays: readonly BatchedRelay[]): Uint8Array {
  if (relays.length === 0 || relays.length > MAX_RELAYS_PER_MESSAGE) {
    throw new RangeError(`A relays message carries 1 to ${MAX_RELAYS_PER_MESSAGE} envelopes.`);
  }
  let size = varUintLength(type) + varUintLength(durable) + varUintLength(relays.length);
  for (const { seq, envelope } of relays) {
    size += varUintLength(seq) + varUintLength(envelope.length) + envelope.length;
  }
  const bytes = new Uint8Array(size);
  let at = writeVarUint(bytes, 0, type);
  at = writeVarUint(bytes, at, durable);
  at = writeVarUint(bytes, at, relays.length);
  for (const { seq, envelope } of relays) {
    at = writeVarUint(bytes, at, seq);
    at = writeVarUint(bytes, at, envelope.length);
    bytes.set(envelope, at);
    at += envelope.length;
  }
  return bytes;
}

/** Below this, a number's 7-bit groups are taken with bit operations, which stay exact up to 31 bits. */
const BIT_OPS_BELOW = 2 ** 31;

/**
 * How many bytes lib0's variable-length integer takes for `value`: 7 bits a byte. Compared, not divided: a fresh
 * server runs this in its interpreter for every envelope of its first catch-up.
 */
function varUintLength(value: number): number {
  if (value < 2 ** 7) {
    return 1;
  }
  if (value < 2 ** 14) {
    return 2;
  }
  if (value < 2 ** 21) {
    return 3;
  }
  let length = 4;
  for (let rest = Math.floor(value / 2 ** 28); rest > 0; rest = Math.floor(rest / 128)) {
    length += 1;
  }
  return length;
}

/** Writes `value` as lib0 does (`encoding.writeVarUint`, low 7 bits first); returns where the next byte goes. */
function writeVarUint(bytes: Uint8Array, at: number, value: number): number {
  let next = at;
  let rest = value;
  // Sequences and lengths are far below 2^31: shifts and masks, where larger numbers need division.
  while (rest >= BIT_OPS_BELOW) {
    bytes[next] = (rest % 128) | 128;
    rest = Math.floor(rest / 128);
    next += 1;
  }
  while (rest > 127) {
    bytes[next] = (rest & 127) | 128;
    rest >>>= 7;
    next += 1;
  }
  bytes[next] = rest;
  return next + 1;
}

/**
 * Reads what {@link encodeRelayBatch} wrote after the type; throws on a count of none or over the bound before reading any envelope,
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
