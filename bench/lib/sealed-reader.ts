import WebSocket from 'ws';
import * as Y from 'yjs';
import { freshSealedSyncState, SealedDocSync } from '../../src-common/collab/sealed-doc-sync';
import { viewerKeys } from '../../src-common/crypto/letter-keys';
import { webCryptoVerifier } from '../../src-common/crypto/signature-verifier';
import { newWriterId } from '../../src-common/crypto/writer-order';
import type { SealedBenchLetter } from './sealed-clients';

/** Milliseconds from the open's start to each step it passed: the socket open, the first and the last message. */
export interface OpenMarks {
  socketOpen?: number;
  firstMessage?: number;
  lastMessage?: number;
}

/**
 * Milliseconds from opening a socket to holding the whole letter, as the app's sealed client (a viewer) opens it:
 * signatures checked with WebCrypto, as the app does (`sealed-connection.ts`). `marks`, when given, is filled in with
 * when the open passed each step, for the profiling tool.
 */
export function openSealed(
  letter: SealedBenchLetter,
  expectedLength: number,
  marks: OpenMarks = {},
): Promise<number> {
  const started = performance.now();
  const doc = new Y.Doc();
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(letter.endpoint.url, letter.endpoint.protocols);
    ws.binaryType = 'nodebuffer';
    const finishIfOpen = (): void => {
      if (sync.synced && doc.getText('body').length === expectedLength) {
        resolve(performance.now() - started);
        sync.destroy();
        ws.terminate();
      }
    };
    const sync: SealedDocSync = new SealedDocSync({
      letterId: letter.letterId,
      keys: viewerKeys(letter.keys),
      doc,
      state: freshSealedSyncState(newWriterId()),
      send: (bytes) => ws.send(bytes),
      onProblem: (problem) => reject(new Error(`The sealed letter did not open: ${JSON.stringify(problem)}`)),
      onChange: () => finishIfOpen(),
      verifier: webCryptoVerifier(),
    });
    ws.on('error', reject);
    ws.on('open', () => {
      marks.socketOpen = performance.now() - started;
      sync.connected();
    });
    ws.on('message', (data: Buffer) => {
      marks.lastMessage = performance.now() - started;
      marks.firstMessage ??= marks.lastMessage;
      sync.receive(new Uint8Array(data));
    });
  });
}
