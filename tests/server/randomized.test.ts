import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/server';
import {
  connectClient,
  ownChangesAcked,
  registerLetter,
  sameState,
  seededRandom,
  startTestServer,
  waitSynced,
  waitUntil,
  type TestClient,
} from './helpers';

const STEPS = 600;
const WORDS = ['we ', 'the ', 'undersigned ', 'urge ', 'release ', 'Uyghur ', '—', '\n', 'مرحبا '];

const clients: TestClient[] = [];
const servers: RunningServer[] = [];

afterEach(async () => {
  clients.splice(0).forEach((client) => client.destroy());
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) {
    throw new Error('pick from an empty list');
  }
  return item;
}

// One random step by one client: an edit (insert, delete, metadata), a disconnect or reconnect, or letting the
// event loop run a few turns so messages interleave differently.
async function step(random: () => number, client: TestClient): Promise<void> {
  const text = client.doc.getText('body');
  const roll = random();
  if (roll < 0.45) {
    text.insert(Math.floor(random() * (text.length + 1)), pick(random, WORDS));
  } else if (roll < 0.6 && text.length > 0) {
    const at = Math.floor(random() * text.length);
    text.delete(at, Math.min(text.length - at, 1 + Math.floor(random() * 8)));
  } else if (roll < 0.7) {
    client.doc.getMap('meta').set(pick(random, ['title', 'status', 'deadline']), Math.floor(random() * 100));
  } else if (roll < 0.8) {
    if (client.provider.shouldConnect) {
      client.provider.disconnect();
    } else {
      client.provider.connect();
    }
  } else {
    for (let turn = Math.floor(random() * 4); turn >= 0; turn -= 1) {
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

describe('collaboration server: randomized convergence', () => {
  for (const seed of [11, 23, 47]) {
    it(`converges after random edits and disconnects (seed ${seed})`, async () => {
      const random = seededRandom(seed);
      const server = await startTestServer({ limits: { messageBurst: 10_000 } });
      servers.push(server);
      const { letterId, tokens } = await registerLetter(server);
      const peers = [tokens.owner, tokens.editor, tokens.editor].map((token) =>
        connectClient(server.url, letterId, token),
      );
      clients.push(...peers);
      await Promise.all(peers.map((peer) => waitSynced(peer)));
      for (let index = 0; index < STEPS; index += 1) {
        await step(random, pick(random, peers));
      }
      peers.forEach((peer) => peer.provider.connect());
      await waitUntil(
        'every client to hold the same state, all of it acknowledged',
        () =>
          peers.every((peer) => sameState(peer.doc, peers[0]?.doc ?? peer.doc)) &&
          peers.every((peer) => ownChangesAcked(peer)),
        15_000,
      );
      const fresh = connectClient(server.url, letterId, tokens.viewer);
      clients.push(fresh);
      await waitSynced(fresh);
      for (const peer of peers) {
        expect(sameState(fresh.doc, peer.doc)).toBe(true);
        expect(peer.doc.getText('body').toString()).toBe(fresh.doc.getText('body').toString());
        expect(peer.doc.getMap('meta').toJSON()).toEqual(fresh.doc.getMap('meta').toJSON());
      }
    });
  }
});
