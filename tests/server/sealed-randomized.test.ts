import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  freshSealedSyncState,
  SealedDocSync,
  type SealedSyncProblem,
} from '../../src-common/collab/sealed-doc-sync';
import { decodeSealedClientMessage } from '../../src-common/collab/sealed-messages';
import { toBase64Url } from '../../src-common/crypto/base64url';
import { readEnvelopeHeader } from '../../src-common/crypto/envelope';
import { createLetterKeys, type LetterKeys } from '../../src-common/crypto/letter-keys';
import { newWriterId } from '../../src-common/crypto/writer-order';
import { DATABASE_FILE } from '../../server/store/database';
import { serverFixtures } from './fixtures';
import { sameState, seededRandom, waitUntil } from './helpers';
import { bodyText, openSealedSocket, registerSealedLetter, type SealedSocket } from './sealed-helpers';

const { serve } = serverFixtures();
const peers: SealedPeer[] = [];
afterEach(() => {
  peers.splice(0).forEach((peer) => peer.destroy());
});

/**
 * One computer as the app runs it: one Y.Doc and one {@link SealedDocSync} for the letter's whole life, and a
 * socket that comes and goes; edits made while offline are kept and sent on the next connection.
 */
class SealedPeer {
  readonly doc = new Y.Doc();
  readonly problems: SealedSyncProblem[] = [];
  readonly sync: SealedDocSync;
  private socket: SealedSocket | null = null;

  constructor(
    private readonly url: string,
    private readonly letterId: string,
    private readonly token: string,
    keys: LetterKeys,
    compactAfter: number,
  ) {
    this.sync = new SealedDocSync({
      letterId,
      keys,
      doc: this.doc,
      state: freshSealedSyncState(newWriterId()),
      send: (bytes) => this.send(bytes),
      onProblem: (problem) => this.problems.push(problem),
      compaction: { envelopes: compactAfter, bytes: 1 << 30 },
    });
  }

  /** Snapshots this copy wrote (under a lease); the server acknowledged each with counter 0. */
  snapshots = 0;

  private send(bytes: Uint8Array): void {
    const message = decodeSealedClientMessage(bytes, Number.MAX_SAFE_INTEGER);
    if (message?.type === 'envelope' && readEnvelopeHeader(message.envelope)?.kind === 'snapshot') {
      this.snapshots += 1;
    }
    this.socket?.send(bytes);
  }

  get online(): boolean {
    return this.socket !== null;
  }

  async connect(): Promise<void> {
    let current = false;
    const socket = await openSealedSocket(this.url, this.letterId, this.token, (bytes) => {
      if (current) {
        this.sync.receive(bytes);
      }
    });
    current = true;
    this.socket = socket;
    // A socket this copy is closing is done with: what still arrives on it is dropped, as the app drops it.
    this.leave = () => {
      if (current) {
        current = false;
        this.socket = null;
        this.sync.disconnected();
      }
    };
    socket.ws.on('close', () => this.leave());
    this.sync.connected();
  }

  async disconnect(): Promise<void> {
    const socket = this.socket;
    if (!socket) {
      return;
    }
    this.leave();
    socket.ws.close();
    await socket.closed;
  }

  private leave: () => void = () => undefined;

  /**
   * One edit. The loop runs many in one tick, which would go out as one envelope; half the time the tick ends here
   * (the flush the end of the tick would do), so envelopes of one edit and of several both occur.
   */
  edit(random: () => number): void {
    const text = this.doc.getText('body');
    const at = Math.floor(random() * (text.length + 1));
    if (text.length > 10 && random() < 0.3) {
      text.delete(Math.min(at, text.length - 3), 3);
    } else {
      text.insert(at, random().toString(36).slice(2, 6));
    }
    if (random() < 0.5) {
      this.sync.flush();
    }
  }

  destroy(): void {
    this.socket?.ws.terminate();
    this.sync.destroy();
  }
}

function aboutItself(peer: SealedPeer, problem: SealedSyncProblem): boolean {
  return problem.kind === 'order' && problem.detail.writer === toBase64Url(peer.sync.remembered().writerId);
}

function tableNames(dataDir: string): string[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const rows = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    return rows.filter((name): name is string => typeof name === 'string' && !name.startsWith('sqlite_'));
  } finally {
    db.close();
  }
}

function countRows(dataDir: string, table: string): number {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
  } finally {
    db.close();
  }
}

describe('sealed relay: seeded randomized co-editing', () => {
  it.each([7, 2026, 90210])(
    'three editors with random offline spells and compactions end with equal copies (seed %i)',
    async (seed) => {
      const random = seededRandom(seed);
      // A copy that gets a lease after something newer arrived does not use it; a short lease lets the next one ask.
      const server = await serve({ snapshotLeaseMs: 300 });
      const keys = createLetterKeys();
      const { letterId, tokens } = await registerSealedLetter(server, keys);
      const team = [tokens.owner, tokens.editor, tokens.editor].map((token) => {
        const peer = new SealedPeer(server.url, letterId, token, keys, 3 + Math.floor(random() * 6));
        peers.push(peer);
        return peer;
      });
      await Promise.all(team.map((peer) => peer.connect()));

      for (let step = 0; step < 120; step += 1) {
        const peer = team[Math.floor(random() * team.length)];
        const roll = random();
        if (!peer || roll < 0.1) {
          await (peer?.online ? peer.disconnect() : peer?.connect());
        } else if (roll < 0.15) {
          await waitUntil('the online copies to settle', () =>
            team.every((each) => !each.online || each.sync.synced),
          );
        } else {
          peer.edit(random);
        }
      }
      await Promise.all(team.filter((peer) => !peer.online).map((peer) => peer.connect()));
      await waitUntil(
        'every copy to hold every change',
        () =>
          team.every((peer) => peer.sync.synced) &&
          team.every((peer) => sameState(peer.doc, team[0]?.doc ?? peer.doc)) &&
          new Set(team.map((peer) => bodyText(peer.doc))).size === 1,
      );

      const texts = team.map((peer) => bodyText(peer.doc));
      expect(new Set(texts).size).toBe(1);
      // A copy that reconnects before its last envelopes were acknowledged gets them back in the backlog (they are
      // stored) and reports its own writer out of order; that is SealedDocSync's to recognise, not the server's.
      expect(team.flatMap((peer) => peer.problems.filter((problem) => !aboutItself(peer, problem)))).toEqual(
        [],
      );
      // Compactions under leases, by whichever copy asked first: at least one, often more (how many depends on how
      // the leases fall, which a loaded machine changes), and only the newest snapshot is kept.
      expect(team.reduce((sum, peer) => sum + peer.snapshots, 0)).toBeGreaterThanOrEqual(1);
      expect(countRows(server.config.dataDir, 'sealed_snapshots')).toBe(1);
      // The server holds only envelopes: it has no table for readable content at all.
      expect(tableNames(server.config.dataDir)).toEqual([
        'letters',
        'sealed_envelopes',
        'sealed_letters',
        'sealed_snapshots',
      ]);
    },
  );
});
