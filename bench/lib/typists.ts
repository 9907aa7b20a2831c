import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { freshSealedSyncState, SealedDocSync } from '../../src-common/collab/sealed-doc-sync';
import { decodeSealedClientMessage } from '../../src-common/collab/sealed-messages';
import { toBase64Url } from '../../src-common/crypto/base64url';
import { readEnvelopeHeader } from '../../src-common/crypto/envelope';
import { webCryptoSigner } from '../../src-common/crypto/envelope-signer';
import type { LetterKeys } from '../../src-common/crypto/letter-keys';
import { webCryptoVerifier } from '../../src-common/crypto/signature-verifier';
import { newWriterId } from '../../src-common/crypto/writer-order';
import type { TypedLog } from './latency-log';

/** Where a client connects: the socket's address and the subprotocols it offers (our server's token). */
export interface Endpoint {
  url: string;
  protocols: string[];
}

/** What a typist needs to join its letter, as plain data a worker thread can be handed. */
export type TypistSpec =
  | { kind: 'sealed'; endpoint: Endpoint; letterId: string; keys: LetterKeys }
  | { kind: 'reference'; endpoint: Endpoint };

/** One socket of the bench: a reader, or a typist holding a Y.Doc. */
export interface BenchClient {
  /** Resolves once the client holds the letter. */
  synced: Promise<void>;
  /** Types one character at a random place (typists only; readers do nothing). */
  type(random: () => number): void;
  close(): void;
}

/**
 * A typist of either relay. Each edit's time is taken as its message is handed to the socket, on both sides, so
 * the figure is the relay's: making the message (a Yjs update, or one sealed and signed) is the typist's work.
 */
export function connectTypistFor(spec: TypistSpec, log: TypedLog): BenchClient {
  return spec.kind === 'sealed'
    ? connectSealedTypist(spec.endpoint, spec.letterId, spec.keys, log)
    : connectTypist(spec.endpoint, log);
}

export function openBenchSocket(endpoint: Endpoint, onMessage: (bytes: Uint8Array) => void): WebSocket {
  const ws = new WebSocket(endpoint.url, endpoint.protocols);
  ws.binaryType = 'nodebuffer';
  ws.on('error', () => undefined);
  ws.on('message', (data: Buffer) => onMessage(new Uint8Array(data)));
  return ws;
}

function syncStep1(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}

function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A typist of the reference relay: a Y.Doc on the letter's text, synced as y-websocket syncs it. */
export function connectTypist(endpoint: Endpoint, log: TypedLog): BenchClient {
  const doc = new Y.Doc();
  const text = doc.getText('body');
  const writer = String(doc.clientID);
  let markSynced: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => (markSynced = resolve));
  const ws = openBenchSocket(endpoint, (bytes) => {
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readVarUint(decoder) !== 0) {
      return;
    }
    const reply = encoding.createEncoder();
    encoding.writeVarUint(reply, 0);
    const step = syncProtocol.readSyncMessage(decoder, reply, doc, 'server');
    if (encoding.length(reply) > 1) {
      ws.send(encoding.toUint8Array(reply));
    }
    if (step === syncProtocol.messageYjsSyncStep2) {
      markSynced();
    }
  });
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === 'server' || ws.readyState !== WebSocket.OPEN) {
      return;
    }
    ws.send(updateMessage(update));
    const meta = Y.parseUpdateMeta(update);
    for (let clock = meta.from.get(doc.clientID) ?? 0; clock < (meta.to.get(doc.clientID) ?? 0); clock += 1) {
      log.typed(writer, clock);
    }
  });
  ws.on('open', () => ws.send(syncStep1(Y.encodeStateVector(doc))));
  const type = (random: () => number): void => {
    text.insert(Math.floor(random() * (text.length + 1)), 'x');
  };
  return { synced, type, close: () => ws.terminate() };
}

/**
 * A typist as the app types: a Y.Doc kept in step by {@link SealedDocSync}, which seals each edit, signs it with
 * WebCrypto's Ed25519 and checks the other writers' signatures as the app does.
 */
export function connectSealedTypist(
  endpoint: Endpoint,
  letterId: string,
  keys: LetterKeys,
  log: TypedLog,
): BenchClient {
  const doc = new Y.Doc();
  const text = doc.getText('body');
  let markSynced: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => (markSynced = resolve));
  let sync: SealedDocSync | null = null;
  const ws = openBenchSocket(endpoint, (bytes) => {
    sync?.receive(bytes);
    if (sync?.synced) {
      markSynced();
    }
  });
  sync = new SealedDocSync({
    letterId,
    keys,
    doc,
    state: freshSealedSyncState(newWriterId()),
    send: (bytes) => {
      if (ws.readyState === WebSocket.OPEN) {
        ws.send(bytes);
        noteSentEnvelope(bytes, log);
      }
    },
    onProblem: () => undefined,
    verifier: webCryptoVerifier(),
    ...(keys.signingSeed ? { signer: webCryptoSigner(keys.signingSeed) } : {}),
  });
  const started = sync;
  ws.on('open', () => started.connected());
  const type = (random: () => number): void => {
    // Sealed at the end of this tick and sent once WebCrypto has signed it, as the app sends it.
    text.insert(Math.floor(random() * (text.length + 1)), 'x');
  };
  return {
    synced,
    type,
    close: () => {
      started.destroy();
      ws.terminate();
    },
  };
}

// An update envelope handed to the socket: its writer and counter, as readers read them from its header.
function noteSentEnvelope(bytes: Uint8Array, log: TypedLog): void {
  const message = decodeSealedClientMessage(bytes, bytes.length);
  if (message?.type !== 'envelope') {
    return;
  }
  const header = readEnvelopeHeader(message.envelope);
  if (header?.kind === 'update') {
    log.typed(toBase64Url(header.writerId), header.counter);
  }
}
