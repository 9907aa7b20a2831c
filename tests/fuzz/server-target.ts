import { encodeSealedClientMessage } from '../../src-common/collab/sealed-messages';
import { createLetterKeys, type LetterKeys } from '../../src-common/crypto/letter-keys';
import type { RunningServer } from '../../server/server';
import { openRawSocket, startTestServer } from '../server/helpers';
import { envelopeMessage, registerSealedLetter } from '../server/sealed-helpers';
import { mutateBytes, pick, type Random } from './mutate';
import type { FuzzTarget } from './targets';

interface Running {
  server: RunningServer;
  letterId: string;
  editorToken: string;
  keys: LetterKeys;
}

let running: Promise<Running> | null = null;

// One server for every case: what one case's bytes do must not stop the next from being served.
function serverOnce(): Promise<Running> {
  running ??= (async () => {
    const server = await startTestServer();
    const keys = createLetterKeys();
    const { letterId, tokens } = await registerSealedLetter(server, keys);
    return { server, letterId, editorToken: tokens.editor, keys };
  })();
  return running;
}

/** Valid messages of every kind the sealed relay has, as the mutations' starting points. */
function validMessages(random: Random, letterId: string, keys: LetterKeys): Uint8Array[] {
  const counter = 1 + Math.floor(random() * 1000);
  const text = new TextEncoder().encode(
    'We, the undersigned organizations'.repeat(1 + Math.floor(random() * 20)),
  );
  return [
    encodeSealedClientMessage({ type: 'hello', after: Math.floor(random() * 10) }),
    encodeSealedClientMessage({ type: 'hello', after: Math.floor(random() * 10), batches: true }),
    encodeSealedClientMessage({ type: 'lease', covers: Math.floor(random() * 10) }),
    envelopeMessage(letterId, keys, { counter }, text),
    envelopeMessage(letterId, keys, { kind: 'presence', counter: 0 }, text.subarray(0, 60)),
    envelopeMessage(letterId, keys, { kind: 'snapshot', counter, covers: 1 }, text),
  ];
}

/**
 * Random, truncated and corrupted sealed messages sent on an editor's socket. Whatever they do to that socket
 * (closed with a reason, or served), the server must stay up and keep answering: `/health` after each case.
 */
export const serverMessages: FuzzTarget = {
  name: 'server-messages',
  async runCase(random) {
    const { server, letterId, editorToken, keys } = await serverOnce();
    const socket = await openRawSocket(server.url, letterId, editorToken);
    let bytes = 0;
    for (let message = 0; message < 1 + Math.floor(random() * 8); message += 1) {
      const mutated = mutateBytes(random, pick(random, validMessages(random, letterId, keys)));
      bytes += mutated.length;
      if (!socket.isClosed()) {
        socket.ws.send(mutated);
      }
    }
    const health = await fetch(`${server.url}/health`);
    socket.ws.terminate();
    if (health.status !== 200) {
      throw new Error(`The server answered /health with ${health.status} after hostile bytes.`);
    }
    return bytes;
  },
  async close() {
    const started = running;
    running = null;
    await (await started)?.server.close();
  },
};
