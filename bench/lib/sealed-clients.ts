import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { freshSealedSyncState, SealedDocSync } from '../../src-common/collab/sealed-doc-sync';
import {
  decodeSealedServerMessage,
  encodeSealedClientMessage,
} from '../../src-common/collab/sealed-messages';
import { toBase64Url } from '../../src-common/crypto/base64url';
import { readEnvelopeHeader } from '../../src-common/crypto/envelope';
import { createLetterKeys, type LetterKeys } from '../../src-common/crypto/letter-keys';
import { newWriterId } from '../../src-common/crypto/writer-order';
import { sha256Hex } from '../../src-node/secrets';
import { spawnServer } from '../../tests/soak/server-process';
import { tempDir } from '../../tests/support/temp';
import type { BenchClient, Endpoint, LatencyLog } from './sync-clients';

/** A sealed letter registered for the bench: where to connect, and its keys. */
export interface SealedBenchLetter {
  letterId: string;
  endpoint: Endpoint;
  keys: LetterKeys;
}

/** Our server in a process of its own, with `letters` sealed letters registered, each opened with its editor token. */
export async function startOursSealed(
  letters: number,
): Promise<{ pid: number; letter(index: number): SealedBenchLetter; stop(): Promise<void> }> {
  const server = await spawnServer(tempDir('undersigned-bench-sealed-'));
  const registered: SealedBenchLetter[] = [];
  for (let index = 0; index < letters; index += 1) {
    registered.push(await registerSealed(server.url, server.instanceKey));
  }
  return {
    pid: server.child.pid ?? 0,
    letter: (index) => {
      const letter = registered[index % registered.length];
      if (!letter) {
        throw new Error('No letter is registered.');
      }
      return letter;
    },
    stop: () => server.kill(),
  };
}

/** Registers a sealed letter with fresh keys and tokens; its editor token opens it. */
export async function registerSealed(url: string, instanceKey: string): Promise<SealedBenchLetter> {
  const letterId = randomBytes(12).toString('base64url');
  const keys = createLetterKeys();
  const [owner, editor, viewer] = [0, 1, 2].map(() => randomBytes(32).toString('base64url'));
  const response = await fetch(`${url}/letters`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${instanceKey}` },
    body: JSON.stringify({
      letterId,
      ownerTokenSha256: sha256Hex(owner ?? ''),
      editorTokenSha256: sha256Hex(editor ?? ''),
      viewerTokenSha256: sha256Hex(viewer ?? ''),
      verifyKey: toBase64Url(keys.verifyKey),
      epoch: keys.epoch,
    }),
  });
  if (response.status !== 201) {
    throw new Error(`Registering a sealed letter failed with ${response.status}.`);
  }
  const wsUrl = url.replace(/^http/u, 'ws');
  return {
    letterId,
    keys,
    endpoint: {
      url: `${wsUrl}/letters/${letterId}`,
      protocols: ['undersigned', `undersigned.token.${editor}`],
    },
  };
}

function open(endpoint: Endpoint, onMessage: (bytes: Uint8Array) => void): WebSocket {
  const ws = new WebSocket(endpoint.url, endpoint.protocols);
  ws.binaryType = 'nodebuffer';
  ws.on('error', () => undefined);
  ws.on('message', (data: Buffer) => onMessage(new Uint8Array(data)));
  return ws;
}

// Writers are told apart in the latency log by number; the bench numbers them by their writer id.
const writerNumbers = new Map<string, number>();
function writerNumber(writerId: Uint8Array): number {
  const key = toBase64Url(writerId);
  const known = writerNumbers.get(key);
  if (known !== undefined) {
    return known;
  }
  writerNumbers.set(key, writerNumbers.size + 1);
  return writerNumbers.size;
}

/**
 * A reader that never opens an envelope: it notes each relayed envelope's writer and counter from the readable
 * header, so the bench process spends little time per message and the figures are the server's.
 */
export function connectSealedReader(letter: SealedBenchLetter, log: LatencyLog): BenchClient {
  let markSynced: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => (markSynced = resolve));
  const ws = open(letter.endpoint, (bytes) => {
    const message = decodeSealedServerMessage(bytes);
    if (message?.type === 'caught-up') {
      markSynced();
    }
    if (message?.type !== 'relay') {
      return;
    }
    const header = readEnvelopeHeader(message.envelope);
    if (header?.kind === 'update') {
      log.arrived(writerNumber(header.writerId), header.counter, header.counter + 1);
    }
  });
  ws.on('open', () => ws.send(encodeSealedClientMessage({ type: 'hello', after: 0 })));
  return { synced, type: () => undefined, close: () => ws.terminate() };
}

/** A typist as the app types: a Y.Doc kept in step by {@link SealedDocSync}, which seals and signs each edit. */
export function connectSealedTypist(letter: SealedBenchLetter, log: LatencyLog): BenchClient {
  const doc = new Y.Doc();
  const text = doc.getText('body');
  const writerId = newWriterId();
  let markSynced: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => (markSynced = resolve));
  let sync: SealedDocSync | null = null;
  const ws = open(letter.endpoint, (bytes) => {
    sync?.receive(bytes);
    if (sync?.synced) {
      markSynced();
    }
  });
  sync = new SealedDocSync({
    letterId: letter.letterId,
    keys: letter.keys,
    doc,
    state: freshSealedSyncState(writerId),
    send: (bytes) => {
      if (ws.readyState === WebSocket.OPEN) {
        ws.send(bytes);
      }
    },
    onProblem: () => undefined,
  });
  const started = sync;
  ws.on('open', () => started.connected());
  const type = (random: () => number): void => {
    // Each edit goes out as one envelope whose counter is the writer's next one. Its time is taken once it is sealed
    // and handed to the socket, so the figure is the relay's: sealing costs the typist's computer, not the server.
    // The app seals at the end of the keystroke's tick; flushing at once keeps that tick out of the relay's figure.
    const counter = started.remembered().nextCounter;
    text.insert(Math.floor(random() * (text.length + 1)), 'x');
    started.flush();
    log.typed(writerNumber(writerId), counter);
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
