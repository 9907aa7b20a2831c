import { randomBytes } from 'node:crypto';
import {
  decodeSealedServerMessage,
  encodeSealedClientMessage,
} from '../../src-common/collab/sealed-messages';
import { toBase64Url } from '../../src-common/crypto/base64url';
import { readEnvelopeHeader } from '../../src-common/crypto/envelope';
import { createLetterKeys, type LetterKeys } from '../../src-common/crypto/letter-keys';
import { sha256Hex } from '../../src-node/secrets';
import { spawnServer } from '../../tests/soak/server-process';
import { tempDir } from '../../tests/support/temp';
import type { LatencyLog, TypedLog } from './latency-log';
import { bundledServer } from './server-bundle';
import {
  connectTypistFor,
  openBenchSocket,
  type BenchClient,
  type Endpoint,
  type TypistSpec,
} from './typists';

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
  const server = await spawnServer(tempDir('undersigned-bench-sealed-'), [], await bundledServer());
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

/**
 * A reader that never opens an envelope: it notes each relayed envelope's writer and counter from the readable
 * header, so the bench process spends little time per message and the figures are the server's.
 */
export function connectSealedReader(letter: SealedBenchLetter, log: LatencyLog): BenchClient {
  let markSynced: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => (markSynced = resolve));
  const ws = openBenchSocket(letter.endpoint, (bytes) => {
    const message = decodeSealedServerMessage(bytes);
    if (message?.type === 'caught-up') {
      markSynced();
    }
    if (message?.type !== 'relay') {
      return;
    }
    const header = readEnvelopeHeader(message.envelope);
    if (header?.kind === 'update') {
      log.arrived(toBase64Url(header.writerId), header.counter, header.counter + 1);
    }
  });
  ws.on('open', () => ws.send(encodeSealedClientMessage({ type: 'hello', after: 0 })));
  return { synced, type: () => undefined, close: () => ws.terminate() };
}

/** A typist of a registered sealed letter, as the app types (see {@link connectTypistFor}). */
export function connectSealedTypist(letter: SealedBenchLetter, log: TypedLog): BenchClient {
  return connectTypistFor(sealedTypistSpec(letter), log);
}

/** What a typist in another thread needs to join `letter`. */
export function sealedTypistSpec(letter: SealedBenchLetter): TypistSpec {
  return { kind: 'sealed', endpoint: letter.endpoint, letterId: letter.letterId, keys: letter.keys };
}
