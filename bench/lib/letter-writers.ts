import WebSocket from 'ws';
import * as Y from 'yjs';
import { freshSealedSyncState, SealedDocSync } from '../../src-common/collab/sealed-doc-sync';
import { webCryptoSigner } from '../../src-common/crypto/envelope-signer';
import { webCryptoVerifier } from '../../src-common/crypto/signature-verifier';
import type { LetterKeys } from '../../src-common/crypto/letter-keys';
import { newWriterId } from '../../src-common/crypto/writer-order';
import { BODY_FIELD } from '../../src-common/letter/letter-doc';
import { relaySync } from '../bare-editor/relay-sync';
import type { Endpoint } from './sync-clients';

/** A co-editor of the shared letter, in the bench process: its copy of the letter and its connection. */
export interface LetterWriter {
  doc: Y.Doc;
  /** Resolves once the copy holds the letter's body; rejects when the connection reports a problem first. */
  ready: Promise<void>;
  close(): void;
}

/** The paragraphs the co-editors type into (0-based), one each, above and below the paragraph the bench types in. */
export const WRITER_PARAGRAPHS: readonly number[] = [4, 14, 22, 30, 40];
/** What each co-editor types, over and over; the bench looks for it in the page to know their edits arrived. */
export const WRITER_PHRASE = 'remote words arrive ';

/**
 * Co-editors typing steadily into one letter: each its own paragraph, one character every 50 to 100 ms (the first
 * every 50 ms, the last every 100 ms), the same pace whichever relay carries them.
 */
export class RemoteWriters {
  private timers: NodeJS.Timeout[] = [];
  private readonly typed: number[];

  constructor(private readonly writers: readonly LetterWriter[]) {
    this.typed = writers.map(() => 0);
  }

  /** Connects every writer and resolves once all hold the letter. */
  static async ready(writers: readonly LetterWriter[]): Promise<RemoteWriters> {
    await Promise.all(writers.map((writer) => writer.ready));
    return new RemoteWriters(writers);
  }

  start(): void {
    this.stop();
    this.timers = this.writers.map((writer, index) => {
      const every = 50 + (50 * index) / Math.max(1, this.writers.length - 1);
      return setInterval(() => this.typeOne(writer, index), every);
    });
  }

  stop(): void {
    this.timers.forEach((timer) => clearInterval(timer));
    this.timers = [];
  }

  close(): void {
    this.stop();
    this.writers.forEach((writer) => writer.close());
  }

  // The next character of the phrase, after what this writer typed so far, in its paragraph's first run of text.
  private typeOne(writer: LetterWriter, index: number): void {
    const paragraph = writer.doc.getXmlFragment(BODY_FIELD).get(WRITER_PARAGRAPHS[index] ?? 0);
    const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
    if (!(text instanceof Y.XmlText)) {
      return;
    }
    const count = this.typed[index] ?? 0;
    text.insert(Math.min(text.length, 20 + count), WRITER_PHRASE.charAt(count % WRITER_PHRASE.length));
    this.typed[index] = count + 1;
  }
}

/** A co-editor as the app is one: a Y.Doc kept in step with our sealed relay by {@link SealedDocSync}. */
export function sealedWriter(endpoint: Endpoint, letterId: string, keys: LetterKeys): LetterWriter {
  const doc = new Y.Doc();
  const watch = readyWatch(doc);
  const ws = openSocket(endpoint);
  const sync = new SealedDocSync({
    letterId,
    keys,
    doc,
    state: freshSealedSyncState(newWriterId()),
    send: (bytes) => sendIfOpen(ws, bytes),
    onProblem: (problem) => watch.fail(new Error(`A sealed co-editor met a problem: ${problem.kind}.`)),
    // WebCrypto's Ed25519, as the app checks and signs: every writer opens every other's envelopes and the page's.
    verifier: webCryptoVerifier(),
    ...(keys.signingSeed ? { signer: webCryptoSigner(keys.signingSeed) } : {}),
  });
  ws.on('message', (data: Buffer) => sync.receive(new Uint8Array(data)));
  ws.on('open', () => sync.connected());
  return {
    doc,
    ready: watch.ready,
    close: () => {
      sync.destroy();
      ws.terminate();
    },
  };
}

/** A co-editor of the bare page: a Y.Doc kept in step with y-websocket's relay. */
export function relayWriter(url: string): LetterWriter {
  const doc = new Y.Doc();
  const watch = readyWatch(doc);
  const ws = openSocket({ url, protocols: [] });
  const sync = relaySync(
    doc,
    (bytes) => sendIfOpen(ws, bytes),
    () => undefined,
  );
  ws.on('message', (data: Buffer) => sync.receive(new Uint8Array(data)));
  ws.on('open', () => sync.opened());
  return {
    doc,
    ready: watch.ready,
    close: () => {
      sync.destroy();
      ws.terminate();
    },
  };
}

function openSocket(endpoint: Endpoint): WebSocket {
  const ws = new WebSocket(endpoint.url, endpoint.protocols);
  ws.binaryType = 'nodebuffer';
  ws.on('error', () => undefined);
  return ws;
}

function sendIfOpen(ws: WebSocket, bytes: Uint8Array): void {
  if (ws.readyState === WebSocket.OPEN) {
    ws.send(bytes);
  }
}

// Ready once the body holds every paragraph a writer types into; a connection's problem fails it instead.
function readyWatch(doc: Y.Doc): { ready: Promise<void>; fail(error: Error): void } {
  let fail: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    fail = reject;
    const check = (): void => {
      if (doc.getXmlFragment(BODY_FIELD).length > Math.max(...WRITER_PARAGRAPHS)) {
        doc.off('update', check);
        resolve();
      }
    };
    doc.on('update', check);
  });
  return { ready, fail };
}
