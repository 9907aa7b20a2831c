import WebSocket from 'ws';
import * as Y from 'yjs';
import type { CompactionLimits } from '../../src-common/collab/sealed-compaction';
import {
  freshSealedSyncState,
  SealedDocSync,
  type SealedSyncProblem,
  type SealedSyncState,
} from '../../src-common/collab/sealed-doc-sync';
import {
  decodeSealedServerMessage,
  encodeSealedClientMessage,
  type SealedServerMessage,
} from '../../src-common/collab/sealed-messages';
import { toBase64Url } from '../../src-common/crypto/base64url';
import { sealEnvelope } from '../../src-common/crypto/envelope';
import type { LetterKeys } from '../../src-common/crypto/letter-keys';
import type { SignatureVerifier } from '../../src-common/crypto/signature-verifier';
import { newWriterId } from '../../src-common/crypto/writer-order';
import { newLetterId, newToken, postJson, registrationBody, waitUntil, type Tokens } from './helpers';

/** Registers a sealed letter (its verify key and epoch with the token hashes); fails unless the server says 201. */
export async function registerSealedLetter(
  server: { url: string; instanceKey: string },
  keys: LetterKeys,
  letterId = newLetterId(),
): Promise<{ letterId: string; tokens: Tokens }> {
  const tokens = { owner: newToken(), editor: newToken(), viewer: newToken() };
  const response = await postJson(
    `${server.url}/letters`,
    { ...registrationBody(letterId, tokens), verifyKey: toBase64Url(keys.verifyKey), epoch: keys.epoch },
    server.instanceKey,
  );
  if (response.status !== 201) {
    throw new Error(`Registering failed with ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return { letterId, tokens };
}

/**
 * A bare socket on a letter that speaks the sealed messages, with everything the server sent it, decoded (a `relays`
 * message as the `relay` messages it holds; `onMessage` sees the bytes as sent).
 */
export interface SealedSocket {
  ws: WebSocket;
  received: SealedServerMessage[];
  closed: Promise<{ code: number; reason: string }>;
  isClosed(): boolean;
  send(bytes: Uint8Array): void;
}

/** Opens a socket with the token in the protocol header, as the app sends it; resolves once open or closed. */
export function openSealedSocket(
  serverUrl: string,
  letterId: string,
  token: string,
  onMessage: (bytes: Uint8Array) => void = () => undefined,
): Promise<SealedSocket> {
  const ws = new WebSocket(`${serverUrl.replace(/^http/, 'ws')}/letters/${letterId}`, [
    'undersigned',
    `undersigned.token.${token}`,
  ]);
  const received: SealedServerMessage[] = [];
  let isClosed = false;
  ws.on('error', () => undefined);
  ws.on('message', (data, isBinary) => {
    if (isBinary && Buffer.isBuffer(data)) {
      const bytes = new Uint8Array(data);
      const message = decodeSealedServerMessage(bytes);
      if (message?.type === 'relays') {
        // A catch-up's batch is kept as the relays it holds, so tests read one kind whichever the hello asked.
        const { durable, relays } = message;
        received.push(
          ...relays.map(({ seq, envelope }) => ({ type: 'relay' as const, seq, durable, envelope })),
        );
      } else if (message) {
        received.push(message);
      }
      onMessage(bytes);
    }
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => {
      isClosed = true;
      resolve({ code, reason: reason.toString() });
    }),
  );
  const socket: SealedSocket = {
    ws,
    received,
    closed,
    isClosed: () => isClosed,
    send: (bytes) => ws.send(bytes, { binary: true }),
  };
  return new Promise((resolve) => {
    ws.once('open', () => resolve(socket));
    void closed.then(() => resolve(socket));
  });
}

/** The messages of one type a sealed socket received. */
export function receivedOf<T extends SealedServerMessage['type']>(
  socket: SealedSocket,
  type: T,
): Extract<SealedServerMessage, { type: T }>[] {
  return socket.received.filter((message): message is Extract<SealedServerMessage, { type: T }> => {
    return message.type === type;
  });
}

/** A sealed envelope message of an update, ready to send (the plaintext is whatever the test wants). */
export function envelopeMessage(
  letterId: string,
  keys: LetterKeys,
  header: {
    kind?: 'update' | 'snapshot' | 'presence';
    counter: number;
    covers?: number;
    writerId?: Uint8Array;
  },
  plaintext: Uint8Array = new Uint8Array([1, 2, 3]),
): Uint8Array {
  const envelope = sealEnvelope(
    letterId,
    keys,
    {
      kind: header.kind ?? 'update',
      writerId: header.writerId ?? WRITER,
      counter: header.counter,
      covers: header.covers ?? 0,
    },
    plaintext,
  );
  return encodeSealedClientMessage({ type: 'envelope', envelope });
}

const WRITER = newWriterId();

/** A real client of the sealed relay: a Y.Doc kept in step by the app's {@link SealedDocSync} over `ws`. */
export interface SealedClient {
  doc: Y.Doc;
  sync: SealedDocSync;
  socket: SealedSocket;
  problems: SealedSyncProblem[];
  /** Disconnects, keeping the doc, and returns what the client remembers for the next connection. */
  leave(): Promise<SealedSyncState>;
}

/** Connects a {@link SealedDocSync} client and resolves once its socket is open and its hello is sent. */
export async function connectSealedClient(
  serverUrl: string,
  letterId: string,
  token: string,
  keys: LetterKeys,
  options: {
    doc?: Y.Doc;
    state?: SealedSyncState;
    compaction?: CompactionLimits;
    verifier?: SignatureVerifier;
  } = {},
): Promise<SealedClient> {
  const doc = options.doc ?? new Y.Doc();
  const problems: SealedSyncProblem[] = [];
  let sync: SealedDocSync | null = null;
  const socket = await openSealedSocket(serverUrl, letterId, token, (bytes) => sync?.receive(bytes));
  sync = new SealedDocSync({
    letterId,
    keys,
    doc,
    state: options.state ?? freshSealedSyncState(newWriterId()),
    send: (bytes) => socket.send(bytes),
    onProblem: (problem) => problems.push(problem),
    ...(options.compaction ? { compaction: options.compaction } : {}),
    ...(options.verifier ? { verifier: options.verifier } : {}),
  });
  const started = sync;
  socket.ws.on('close', () => started.disconnected());
  if (!socket.isClosed()) {
    started.connected();
  }
  return {
    doc,
    sync: started,
    socket,
    problems,
    leave: async () => {
      socket.ws.close();
      await socket.closed;
      started.destroy();
      return started.remembered();
    },
  };
}

/** Waits until the client is caught up and the server has stored every local change. */
export function waitSealedSynced(client: SealedClient, timeoutMs?: number): Promise<void> {
  return waitUntil('the sealed client to sync', () => client.sync.synced, timeoutMs);
}

/** The letter's text as the tests write it: one Y.Text named `body`. */
export function bodyText(doc: Y.Doc): string {
  return doc.getText('body').toString();
}
