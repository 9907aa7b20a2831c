import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { sha256Hex } from '../../src-node/secrets';
import type { ServerConfigInput } from '../../server/config';
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

/** The body of `POST /letters` for these tokens, without the keys a letter is registered with. */
export function registrationBody(letterId: string, tokens: Tokens) {
  return {
    letterId,
    ownerTokenSha256: sha256Hex(tokens.owner),
    editorTokenSha256: sha256Hex(tokens.editor),
    viewerTokenSha256: sha256Hex(tokens.viewer),
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

/** True when both docs hold exactly the same updates. */
export function sameState(a: Y.Doc, b: Y.Doc): boolean {
  return Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));
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

/** Opens a bare socket on a letter, the token in the URL, and resolves once it is open (or closed by the server). */
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
