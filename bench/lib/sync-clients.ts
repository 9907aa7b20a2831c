import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { LatencyLog } from './latency-log';
import { openBenchSocket, type BenchClient, type Endpoint } from './typists';

export { LatencyLog } from './latency-log';
export { connectTypist, type BenchClient, type Endpoint } from './typists';

function syncStep1(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}

// Records, for each writer whose clock in `seen` grew to `now`, when its edits arrived.
function recordArrivals(log: LatencyLog, seen: Map<number, number>, clocks: Map<number, number>): void {
  clocks.forEach((to, writer) => {
    const from = seen.get(writer) ?? 0;
    if (to > from) {
      log.arrived(String(writer), from, to);
    }
    seen.set(writer, Math.max(from, to));
  });
}

/**
 * A reader of the reference relay: it never holds a Y.Doc, it reads the clocks each update carries, so the bench
 * process spends little time per message and the figures are the server's.
 */
export function connectReader(endpoint: Endpoint, log: LatencyLog): BenchClient {
  const seen = new Map<number, number>();
  let markSynced: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => (markSynced = resolve));
  const ws = openBenchSocket(endpoint, (bytes) => {
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readVarUint(decoder) !== 0) {
      return;
    }
    const step = decoding.readVarUint(decoder);
    if (step === syncProtocol.messageYjsSyncStep1) {
      return;
    }
    const update = decoding.readVarUint8Array(decoder);
    recordArrivals(log, seen, Y.parseUpdateMeta(update).to);
    if (step === syncProtocol.messageYjsSyncStep2) {
      markSynced();
    }
  });
  ws.on('open', () => ws.send(syncStep1(Y.encodeStateVector(new Y.Doc()))));
  return { synced, type: () => undefined, close: () => ws.terminate() };
}
