import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { sha256Hex } from '../../src-node/secrets';
import type { ServerConfigInput } from '../../server/config';
import { MESSAGE_ACK, readAckStateVector } from '../../server/protocol';
import { startServer, type RunningServer } from '../../server/server';
import { tempDir } from '../support/temp';

/** A letter's three capability tokens, as a client makes them. */
export interface Tokens {
  owner: string;
  editor: string;
  viewer: string;
}

/** A 256-bit random token, base64url, as the app makes them. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A new random letter id. */
export function newLetterId(): string {
  return randomBytes(16).toString('base64url');
}

/** Starts a server on a free loopback port with a fresh data folder (unless one is given), quietly. */
export function startTestServer(input: ServerConfigInput = {}): Promise<RunningServer> {
  return startServer({
    host: '127.0.0.1',
    port: 0,
    dataDir: tempDir('undersigned-server-'),
    log: () => undefined,
    ...input,
  });
}

/** POSTs JSON with an optional bearer token; resolves with the status and parsed body. */
export async function postJson(
  url: string,
  body: unknown,
  bearer?: string,
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (bearer !== undefined) {
    headers.Authorization = `Bearer ${bearer}`;
  }
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

/** Registers a new letter with fresh tokens; fails the test unless the server answers 201. */
export async function registerLetter(server: { url: string; instanceKey: string }): Promise<{
  letterId: string;
  tokens: Tokens;
}> {
  const letterId = newLetterId();
  const tokens = { owner: newToken(), editor: newToken(), viewer: newToken() };
  const response = await postJson(
    `${server.url}/letters`,
    registrationBody(letterId, tokens),
    server.instanceKey,
  );
  if (response.status !== 201) {
    throw new Error(`Registering failed with ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return { letterId, tokens };
}

/** The body of `POST /letters` for these tokens. */
export function registrationBody(letterId: string, tokens: Tokens) {
  return {
    letterId,
    ownerTokenSha256: sha256Hex(tokens.owner),
    editorTokenSha256: sha256Hex(tokens.editor),
    viewerTokenSha256: sha256Hex(tokens.viewer),
  };
}

/** A y-websocket client in Node, with the acknowledgements it has received. */
export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** The clocks of every acknowledgement so far (each reports the ids the client just sent), or null before one. */
  acked(): Map<number, number> | null;
  /** Resolves with the close code and reason when the server closes the socket. */
  closed(): Promise<{ code: number; reason: string }>;
  destroy(): void;
}

// y-websocket types its WebSocket option as the DOM's class; `ws` implements every part of it the provider uses
// (constructor, binaryType, on* handlers, send, close, readyState), though its declared types differ in details.
function isBrowserWebSocketClass(value: unknown): value is typeof globalThis.WebSocket {
  return typeof value === 'function' && 'OPEN' in value;
}

function nodeWebSocket(): typeof globalThis.WebSocket {
  if (!isBrowserWebSocketClass(WebSocket)) {
    throw new Error('The ws package does not look like a WebSocket class.');
  }
  return WebSocket;
}

/**
 * Connects a real y-websocket `WebsocketProvider` to a letter, with `ws` as its WebSocket. The token goes in the
 * URL as older clients send it, or, `inHeader`, in the protocol header as the app sends it.
 */
export function connectClient(
  serverUrl: string,
  letterId: string,
  token: string | null,
  doc = new Y.Doc(),
  { inHeader = false } = {},
): TestClient {
  const provider = new WebsocketProvider(`${serverUrl.replace(/^http/, 'ws')}/letters`, letterId, doc, {
    params: token === null || inHeader ? {} : { token },
    protocols: token !== null && inHeader ? ['undersigned', `undersigned.token.${token}`] : [],
    WebSocketPolyfill: nodeWebSocket(),
    // Node has BroadcastChannel: without this, clients in one test process would talk past the server.
    disableBc: true,
    maxBackoffTime: 200,
  });
  let acked: Map<number, number> | null = null;
  provider.messageHandlers[MESSAGE_ACK] = (_encoder, decoder: decoding.Decoder) => {
    const clocks = readAckStateVector(decoder);
    const merged = new Map(acked ?? []);
    clocks.forEach((clock, client) => merged.set(client, Math.max(clock, merged.get(client) ?? 0)));
    acked = merged;
  };
  const closes: { code: number; reason: string }[] = [];
  const waiters: ((close: { code: number; reason: string }) => void)[] = [];
  provider.on('connection-close', (event) => {
    if (event) {
      const close = { code: event.code, reason: event.reason };
      closes.push(close);
      waiters.splice(0).forEach((resolve) => resolve(close));
    }
  });
  return {
    doc,
    provider,
    acked: () => acked,
    closed: () => {
      const earlier = closes[0];
      return earlier ? Promise.resolve(earlier) : new Promise((resolve) => waiters.push(resolve));
    },
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Waits until `check` holds, polling; fails after `timeoutMs` with `what` in the message. */
export async function waitUntil(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** True when `have` covers every clock in `want`. */
export function covers(have: Map<number, number>, want: Map<number, number>): boolean {
  return [...want].every(([client, clock]) => (have.get(client) ?? 0) >= clock);
}

/** True when both docs hold exactly the same updates. */
export function sameState(a: Y.Doc, b: Y.Doc): boolean {
  return Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));
}

/**
 * True when the server has acknowledged every change this client made: the acknowledged clock of the client's
 * own id reaches its doc's. (What the client received from the server is on the server already.)
 */
export function ownChangesAcked(client: TestClient): boolean {
  const own = Y.decodeStateVector(Y.encodeStateVector(client.doc)).get(client.doc.clientID) ?? 0;
  return own === 0 || (client.acked()?.get(client.doc.clientID) ?? 0) >= own;
}

/** Waits until the server has acknowledged every change the client made. */
export function waitAcked(client: TestClient, timeoutMs?: number): Promise<void> {
  return waitUntil('the server to acknowledge every change', () => ownChangesAcked(client), timeoutMs);
}

/** Waits until the client has synced with the server. */
export function waitSynced(client: TestClient, timeoutMs?: number): Promise<void> {
  return waitUntil('the client to sync', () => client.provider.synced, timeoutMs);
}

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A bare `ws` socket on a letter, for sending bytes no real client would. */
export interface RawSocket {
  ws: WebSocket;
  /** Every binary message the server sent. */
  received: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
  isClosed(): boolean;
}

/** Opens a bare socket on a letter and resolves once it is open (or already closed by the server). */
export function openRawSocket(serverUrl: string, letterId: string, token: string): Promise<RawSocket> {
  const ws = new WebSocket(`${serverUrl.replace(/^http/, 'ws')}/letters/${letterId}?token=${token}`);
  const received: Uint8Array[] = [];
  let isClosed = false;
  ws.on('error', () => undefined);
  ws.on('message', (data, isBinary) => {
    if (isBinary && Buffer.isBuffer(data)) {
      received.push(new Uint8Array(data));
    }
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => {
      isClosed = true;
      resolve({ code, reason: reason.toString() });
    }),
  );
  const socket = { ws, received, closed, isClosed: () => isClosed };
  return new Promise((resolve) => {
    ws.once('open', () => resolve(socket));
    void closed.then(() => resolve(socket));
  });
}
