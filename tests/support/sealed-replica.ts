import * as Y from 'yjs';
import {
  freshSealedSyncState,
  SealedDocSync,
  type SealedSyncProblem,
  type SealedSyncState,
} from '../../src-common/collab/sealed-doc-sync';
import { sealedSyncStateFromText, sealedSyncStateToText } from '../../src-common/collab/sealed-sync-state';
import { createLetterKeys, type LetterKeys } from '../../src-common/crypto/letter-keys';
import { newWriterId } from '../../src-common/crypto/writer-order';
import { SealedRelayModel, type ModelConnection } from './sealed-relay-model';

/** The letter the replicas share. */
export const LETTER = 'letter-sealed-1';

/** One copy of the letter with its SealedDocSync, connected to the model relay when online. */
export class Replica {
  readonly doc = new Y.Doc();
  readonly problems: SealedSyncProblem[] = [];
  sync: SealedDocSync;
  connection: ModelConnection | null = null;
  /** What the sync asked to run once the tick is over; `tick` runs it, so a test decides where ticks end. */
  private readonly dueAtEndOfTick: (() => void)[] = [];
  /** A viewer's checks on changes the server lost, due after a grace period; `graceOver` runs them. */
  private readonly dueAfterGrace = new Set<() => void>();

  constructor(
    private readonly relay: SealedRelayModel,
    private readonly keys: LetterKeys,
    state: SealedSyncState = freshSealedSyncState(newWriterId()),
    written = '',
    private readonly compaction = { envelopes: 500, bytes: 1 << 20 },
    /** As after a reset of the links: the copy writes a snapshot under its new keys first. */
    private readonly snapshotFirst = false,
  ) {
    this.doc.getText('body').insert(0, written);
    this.sync = this.start(state);
  }

  get text(): string {
    return this.doc.getText('body').toString();
  }

  online(): void {
    this.connection = this.relay.connect();
    this.sync.connected();
  }

  offline(): void {
    if (this.connection) {
      this.relay.disconnect(this.connection);
    }
    this.connection = null;
    this.sync.disconnected();
  }

  /** Closes and opens again from what it remembered, as after quitting the app. */
  restart(): void {
    // As the app keeps it: through text, under a new writer id.
    const remembered = sealedSyncStateFromText(sealedSyncStateToText(this.sync.remembered()), newWriterId());
    this.offline();
    this.sync.destroy();
    this.sync = this.start(remembered);
  }

  /** Ends the tick: the local changes collected in it are sealed. Returns whether anything was due. */
  tick(): boolean {
    const due = this.dueAtEndOfTick.splice(0);
    due.forEach((run) => run());
    return due.length > 0;
  }

  /** The grace period a viewer's copy gives its writers to send again what the server lost is over. */
  graceOver(): void {
    const due = [...this.dueAfterGrace];
    this.dueAfterGrace.clear();
    due.forEach((run) => run());
  }

  /** Hands over whatever the relay sent, then ends the tick; returns whether anything happened. */
  deliver(): boolean {
    const messages = this.connection?.inbox.splice(0) ?? [];
    messages.forEach((bytes) => this.sync.receive(bytes));
    return this.tick() || messages.length > 0;
  }

  private start(state: SealedSyncState): SealedDocSync {
    return new SealedDocSync({
      letterId: LETTER,
      keys: this.keys,
      doc: this.doc,
      state,
      send: (bytes) => this.connection && this.relay.receive(this.connection, bytes),
      onProblem: (problem) => this.problems.push(problem),
      compaction: this.compaction,
      snapshotFirst: this.snapshotFirst,
      schedule: (run) => this.dueAtEndOfTick.push(run),
      checkLostLater: (run) => {
        this.dueAfterGrace.add(run);
        return () => this.dueAfterGrace.delete(run);
      },
    });
  }
}

/** Delivers until no replica has anything left to say. */
export function settle(replicas: Replica[]): void {
  for (let round = 0; round < 1000; round += 1) {
    if (!replicas.map((replica) => replica.deliver()).some(Boolean)) {
      return;
    }
  }
  throw new Error('The replicas kept talking.');
}

/** A model relay and `count` fresh replicas of one letter. */
export function setup(count = 2, compaction = { envelopes: 500, bytes: 1 << 20 }) {
  const keys = createLetterKeys();
  const relay = new SealedRelayModel(LETTER, keys.verifyKey);
  const replicas = Array.from({ length: count }, () => new Replica(relay, keys, undefined, '', compaction));
  return { keys, relay, replicas };
}

/** Copies online on a relay that holds envelopes between relaying and storing them, as the server does under load. */
export function holdingSetup(count = 2) {
  const setupResult = setup(count);
  setupResult.relay.holdCommits = true;
  setupResult.replicas.forEach((replica) => replica.online());
  settle(setupResult.replicas);
  return setupResult;
}

/** Types at the end of a copy's body and lets its batch of changes go out. */
export function write(replica: Replica, words: string): void {
  const body = replica.doc.getText('body');
  body.insert(body.length, words);
  replica.tick();
}
