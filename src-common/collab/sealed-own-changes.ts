import * as Y from 'yjs';
import { toBase64Url } from '../crypto/base64url';
import { scriptSigner } from '../crypto/envelope-signer';
import { WriterChain } from '../crypto/update-chain';
import { EnvelopeOutbox } from './envelope-outbox';
import type { SealedDocSyncOptions } from './sealed-doc-sync-options';
import { holdsMoreThan, type SealedSyncState } from './sealed-sync-state';
import { UnconfirmedChanges } from './unconfirmed-changes';

/** The part of what a copy remembers that is about its own changes. */
export type OwnState = Pick<
  SealedSyncState,
  'writerId' | 'nextCounter' | 'confirmedStateVector' | 'changedSinceConfirmed' | 'formerWriters'
>;

/**
 * This copy's own changes on their way to the server: collected during a tick, sealed and signed under this writer's
 * next counter, sent, and confirmed stored; and the state the server is known to hold, so that whatever it may lack
 * goes out again with the next catch-up.
 */
export class OwnChanges {
  private own: OwnState;
  readonly unconfirmed: UnconfirmedChanges;
  /** This copy's writer id in base64url, made once: each envelope of a catch-up is compared with it. */
  private readonly writerKey: string;
  /** Links each update to the last one sealed, so readers check one signature per chain (`update-chain.ts`). */
  private readonly chain = new WriterChain();
  /** Signs and sends in the order changes were sealed, though the signer may answer later. */
  private readonly outbox: EnvelopeOutbox;

  constructor(
    private readonly options: SealedDocSyncOptions,
    /** Whether an envelope can go out now: connected, caught up, and the socket not closing. */
    private readonly canSealNow: () => boolean,
  ) {
    const { state, doc } = options;
    // Content the server may lack can also come from before this object existed (an import, another window).
    const changed = state.changedSinceConfirmed || holdsMoreThan(doc, state);
    const { writerId, nextCounter, confirmedStateVector, formerWriters } = state;
    this.own = { writerId, nextCounter, confirmedStateVector, changedSinceConfirmed: changed, formerWriters };
    this.writerKey = toBase64Url(writerId);
    const waitingFromEarlier = changed && this.canWrite ? Math.max(1, options.waitingFromEarlier ?? 0) : 0;
    this.unconfirmed = new UnconfirmedChanges(waitingFromEarlier, () => this.flush(), options.schedule);
    const seed = options.keys.signingSeed;
    const signer = options.signer ?? (seed ? scriptSigner(seed) : null);
    this.outbox = new EnvelopeOutbox({ ...options, signer });
  }

  /** What to remember of the own changes for the next connection or start. */
  get remembered(): OwnState {
    return this.own;
  }

  /** Viewers hold no signing key: their copy is read-only, and nothing of it is ever sent. */
  get canWrite(): boolean {
    return this.options.keys.signingSeed !== undefined;
  }

  /** This copy's writer id, in base64url. */
  get writer(): string {
    return this.writerKey;
  }

  /** This writer's newest counter used, which a snapshot of this copy covers. */
  get lastCounter(): number {
    return this.own.nextCounter - 1;
  }

  /** True for a writer id (base64url) this computer wrote under, now or before a restart: its changes are here. */
  isOwn(writer: string): boolean {
    return writer === this.writerKey || this.own.formerWriters.includes(writer);
  }

  /**
   * A local change, inside the keystroke's transaction, so it only collects: sealing and signing wait for the end of
   * the tick. The flag to remember is set at once, so a window closed before then still sends the change on its next
   * start.
   */
  local(update: Uint8Array): void {
    if (!this.canWrite) {
      return;
    }
    const alreadyChanged = this.own.changedSinceConfirmed;
    if (!alreadyChanged) {
      this.own = { ...this.own, changedSinceConfirmed: true };
    }
    if (!this.canSealNow()) {
      this.unconfirmed.waitForCatchUp();
      this.changed();
      return;
    }
    const startsBatch = this.unconfirmed.batch.isEmpty;
    this.unconfirmed.batch.add(update);
    // Listeners hear of the batch once, when the waiting count changes, not on each of its keystrokes.
    if (startsBatch || !alreadyChanged) {
      this.changed();
    }
  }

  /** Seals the changes collected this tick now; if the socket cannot take them, they wait for the next catch-up. */
  flush(): void {
    const update = this.unconfirmed.batch.take();
    if (!update) {
      return;
    }
    if (!this.canSealNow()) {
      this.unconfirmed.waitForCatchUp();
    } else {
      this.sendEnvelope('update', update, 0);
    }
    this.changed();
  }

  /**
   * Caught up: seals everything past the confirmed state at once, if anything changed; true if it did. `held` is this
   * writer's newest counter the server holds: counters past it were relayed and then lost in a crash, so the catch-up
   * takes the first of them again and readers, who remember only stored counters, see no gap. `serverLacks`: an
   * update this copy applied was lost, so this copy holds content the server lacks and sends it as its own.
   */
  caughtUp(held: number, serverLacks: boolean): boolean {
    this.unconfirmed.caughtUp();
    if (!this.canWrite) {
      return false;
    }
    const changed = this.own.changedSinceConfirmed || serverLacks;
    this.own = { ...this.own, nextCounter: held + 1, changedSinceConfirmed: changed };
    if (!changed) {
      return false;
    }
    const { doc } = this.options;
    this.sendEnvelope('update', Y.encodeStateAsUpdate(doc, this.own.confirmedStateVector), 0);
    return true;
  }

  /**
   * Seals and sends, in turn: the counter is taken now, so counters follow the order changes were made, and the
   * envelope counts as unconfirmed from now, though its signature may come later. A snapshot takes counter 0 and
   * leaves the writer's counters alone: readers that never see it (it is for newcomers) must not take the gap it would
   * leave for a missing update.
   */
  sendEnvelope(kind: 'update' | 'snapshot', plaintext: Uint8Array, covers: number): void {
    const counter = kind === 'snapshot' ? 0 : this.own.nextCounter;
    if (kind === 'update') {
      this.own = { ...this.own, nextCounter: counter + 1 };
    }
    // Its size is known once sealed, which is before the server can confirm it.
    const sent = { kind, bytes: 0 };
    this.unconfirmed.sent(counter, sent);
    const header = { kind, writerId: this.own.writerId, counter, covers };
    const isUpdate = kind === 'update';
    this.outbox.add({
      header,
      plaintext: () => (isUpdate ? this.chain.link(plaintext) : plaintext),
      sealed: (envelope) => {
        sent.bytes = envelope.length;
        if (isUpdate) {
          this.chain.sealed(envelope);
        }
      },
    });
  }

  /** Sends at once what waits for its signature: the window is going, or the socket is about to close. */
  sendWaitingNow(): void {
    this.outbox.flushNow();
  }

  /**
   * The connection is gone, or a new one begins: what was sent or still waits for its signature goes out with the next
   * catch-up instead.
   */
  connectionChanged(): void {
    this.outbox.drop();
    this.unconfirmed.connectionChanged();
  }

  /** Nothing more goes out: a signature still pending is dropped, and the change waits for the next start. */
  stop(): void {
    this.outbox.stop();
    this.unconfirmed.batch.stop();
  }

  /**
   * The server holds everything this copy holds: remember that state. A state vector costs one entry per writer, so
   * this stays cheap however long the letter is.
   */
  confirm(): void {
    this.own = {
      ...this.own,
      confirmedStateVector: Y.encodeStateVector(this.options.doc),
      changedSinceConfirmed: false,
    };
  }

  private changed(): void {
    this.options.onChange?.();
  }
}
