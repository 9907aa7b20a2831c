import * as Y from 'yjs';
import { openBatch, type OpenedEnvelope } from '../crypto/chain-check';
import { openEnvelope } from '../crypto/envelope';
import { startSignatureCheck, verifyInScript } from '../crypto/signature-verifier';
import { CatchUpBacklog, singleMessages, type RelayMessage, type SingleMessage } from './catch-up-backlog';
import { afterGrace, HeldAloneWatch } from './held-alone';
import type { SealedDocSyncOptions } from './sealed-doc-sync-options';
import { OrderedSteps } from './ordered-steps';
import { CompactionCounter } from './sealed-compaction';
import { decodeSealedServerMessage, encodeSealedClientMessage } from './sealed-messages';
import { OwnChanges } from './sealed-own-changes';
import { IncomingEnvelopes } from './sealed-incoming';
import { SealedProgress } from './sealed-progress';
import type { SequenceProblem } from './sealed-sequence';
import { SnapshotWriter, type SnapshotPoint } from './sealed-snapshot-writer';
import type { SealedSyncProblem, SealedSyncState } from './sealed-sync-state';

export { freshSealedSyncState, type SealedSyncProblem, type SealedSyncState } from './sealed-sync-state';
export type { SealedDocSyncOptions } from './sealed-doc-sync-options';

/**
 * Keeps a Y.Doc in step with a sealed relay over any transport: the caller hands it the socket's messages and its
 * opening and closing; it seals what this copy changes, opens what others changed, and checks that the server neither
 * forged, replayed, reordered nor left out anything. Changes made while offline go out as one envelope once the
 * server has sent everything this copy lacks.
 */
export class SealedDocSync {
  private readonly progress: SealedProgress;
  private open = false;
  private caughtUp = false;
  private readonly compaction: CompactionCounter;
  private readonly steps = new OrderedSteps();
  private readonly own: OwnChanges;
  private readonly snapshots: SnapshotWriter;
  private readonly backlog = new CatchUpBacklog();
  private readonly incoming: IncomingEnvelopes;
  private readonly heldAlone: HeldAloneWatch;
  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    // What this object applies from the server is no local change.
    if (origin !== this) {
      this.own.local(update);
    }
  };

  constructor(private readonly options: SealedDocSyncOptions) {
    this.own = new OwnChanges(options, () => this.canSealNow());
    this.progress = new SealedProgress(options.state);
    this.compaction = new CompactionCounter(options.compaction);
    if (options.snapshotFirst) {
      this.compaction.want();
    }
    this.snapshots = new SnapshotWriter(this.compaction, this.own, options.doc, options.send);
    this.incoming = new IncomingEnvelopes(options, this.progress, this.own, this.compaction, this);
    this.heldAlone = new HeldAloneWatch(options.checkLostLater ?? afterGrace, () =>
      this.steps.add(() => this.report(this.progress.stillLost() ? { kind: 'held-alone' } : null)),
    );
    options.doc.on('update', this.onUpdate);
  }

  /** Local changes not yet confirmed stored on the server; those of this tick count as the one envelope they make. */
  get waiting(): number {
    return this.own.unconfirmed.count;
  }

  /** True when connected, caught up, and every local change is stored on the server. */
  get synced(): boolean {
    return this.open && this.caughtUp && this.waiting === 0;
  }

  /**
   * What to remember for the next connection (saved by the caller after each `onChange`): the durable point only, so
   * "everything after N" never starts past an envelope the server could still renumber after a crash.
   */
  remembered(): SealedSyncState {
    const { lastSeq, seen } = this.progress.point;
    return { ...this.own.remembered, lastSeq, seen };
  }

  /** Resolves once every message received so far has taken effect (signatures checked, changes applied). */
  settled(): Promise<void> {
    this.flushBacklog();
    return this.steps.idle();
  }

  /**
   * Seals the local changes collected this tick now rather than when it is over, and sends what waits for its
   * signature at once: before the socket is closed or the window goes. If the socket cannot take them, they wait for
   * the next connection's catch-up like any offline change.
   */
  flush(): void {
    this.own.flush();
    this.own.sendWaitingNow();
  }

  /** The socket opened: ask for everything after the last sequence this copy holds. */
  connected(): void {
    this.flushBacklog();
    this.backlog.collecting = true;
    this.steps.add(() => this.handleConnected());
  }

  /** The socket closed. Envelopes not confirmed go out again, as part of the next offline catch-up. */
  disconnected(): void {
    this.flushBacklog();
    this.backlog.collecting = false;
    this.steps.add(() => this.handleDisconnected());
  }

  private handleConnected(): void {
    this.open = true;
    this.caughtUp = false;
    this.own.connectionChanged();
    this.progress.restartFromDurable();
    const after = this.progress.point.lastSeq;
    this.options.send(encodeSealedClientMessage({ type: 'hello', after, batches: true }));
    this.changed();
  }

  private handleDisconnected(): void {
    this.open = false;
    this.caughtUp = false;
    // The catch-up seals everything past the confirmed state, so what was not confirmed goes out with it.
    this.own.connectionChanged();
    this.changed();
  }

  /** A message from the server. */
  receive(bytes: Uint8Array): void {
    const message = decodeSealedServerMessage(bytes);
    if (!message) {
      this.options.onProblem({ kind: 'malformed' });
      return;
    }
    // A `relays` message as the `relay`s it stands for: a catch-up's join its batch, any other is taken as it comes.
    singleMessages(message).forEach((single) => this.receiveMessage(single));
  }

  private receiveMessage(message: SingleMessage): void {
    if (message.type === 'relay' && this.backlog.collecting) {
      if (this.backlog.add(message)) {
        this.flushBacklog();
      }
      return;
    }
    this.flushBacklog();
    this.backlog.collecting &&= message.type !== 'caught-up';
    const { verifier, letterId, keys } = this.options;
    const signature =
      message.type === 'relay' && verifier
        ? startSignatureCheck(verifier, letterId, message.envelope, keys.verifyKey)
        : undefined;
    this.steps.addWith(signature, (signatureValid) => {
      this.handleMessage(message, signatureValid);
      this.snapshots.offerIfDue(this.snapshotPoint());
      this.changed();
    });
  }

  /**
   * Checks the relays of a catch-up together, so each writer's hash chain spares all but its newest signature check
   * (`crypto/chain-check.ts`), and applies them in one Yjs transaction, so the editor redraws once.
   */
  private flushBacklog(): void {
    const relays = this.backlog.take();
    if (relays.length === 0) {
      return;
    }
    const { verifier, letterId, keys, doc } = this.options;
    const envelopes = relays.map((relay) => relay.envelope);
    this.steps.addWith(openBatch(letterId, keys, verifier ?? verifyInScript, envelopes), (opened) => {
      Y.transact(
        doc,
        () => relays.forEach((relay, index) => this.handleBatchRelay(relay, opened[index])),
        this,
      );
      this.snapshots.offerIfDue(this.snapshotPoint());
      this.changed();
    });
  }

  private handleBatchRelay(relay: RelayMessage, opened: OpenedEnvelope | undefined): void {
    if (opened) {
      this.incoming.relay(relay.seq, relay.envelope, () => opened);
    }
    this.handleStoredThrough(relay.durable);
  }

  destroy(): void {
    this.heldAlone.stop();
    this.backlog.take();
    this.steps.stop();
    this.own.stop();
    this.options.doc.off('update', this.onUpdate);
  }

  private handleMessage(message: SingleMessage, signatureValid: boolean | undefined): void {
    switch (message.type) {
      case 'relay':
        this.incoming.relay(message.seq, message.envelope, () =>
          openEnvelope(this.options.letterId, message.envelope, this.options.keys, signatureValid),
        );
        this.handleStoredThrough(message.durable);
        return;
      case 'durable':
        this.handleStoredThrough(message.through);
        return;
      case 'stored':
        this.handleStored(message.counter, message.seq);
        return;
      case 'caught-up':
        this.handleCaughtUp(message.latest);
        return;
      case 'refused':
        this.options.onProblem({ kind: 'refused', reason: message.reason });
        return;
      case 'lease':
        this.snapshots.leaseAnswered(message.granted, message.covers, this.snapshotPoint());
        return;
    }
  }

  private handleStored(counter: number, seq: number): void {
    const sent = this.own.unconfirmed.stored(counter);
    if (!sent) {
      return;
    }
    if (sent.kind === 'snapshot') {
      this.compaction.snapshotSeen();
    } else {
      this.compaction.stored(sent.bytes);
      this.report(mapSequence(this.progress.sequence.stored(seq)));
      this.progress.took({ kind: 'update', seq, writer: this.own.writer, counter });
    }
    // Batches are stored in order, so everything numbered before an own envelope is stored too.
    this.handleStoredThrough(sent.kind === 'update' ? seq : 0);
  }

  /** The server has stored everything through `through`: that much of what this copy applied may be remembered. */
  private handleStoredThrough(through: number): void {
    this.report(mapSequence(this.progress.storedThrough(through)));
    this.confirmIfSettled();
  }

  /** Where this copy stands for a snapshot: settled or not, and what it would cover. */
  private snapshotPoint(): SnapshotPoint {
    return {
      settled: this.isSettled(),
      lastSeq: this.progress.point.lastSeq,
      covered: this.progress.order.covered(),
    };
  }

  /** Caught up, every own change stored, and everything applied known stored: a point a snapshot may cover. */
  private isSettled(): boolean {
    return this.caughtUp && this.own.unconfirmed.none && !this.progress.ahead;
  }

  private handleCaughtUp(latest: number): void {
    this.report(mapSequence(this.progress.sequence.caughtUp(latest)));
    this.caughtUp = true;
    // An editor's copy sends what the server lost at once; a viewer's can only say so, if its writer does not.
    const lost = this.progress.lostOnServer(!this.own.canWrite);
    if (lost && !this.own.canWrite) {
      this.heldAlone.start();
    }
    if (!this.own.caughtUp(this.progress.heldCounter(this.own.writer), lost)) {
      this.confirmIfSettled();
    }
  }

  /** Not while the socket is closed or closing, nor before the catch-up, which sends all that waits at once. */
  private canSealNow(): boolean {
    return this.open && this.caughtUp && this.options.canSend?.() !== false;
  }

  /**
   * With nothing in flight or unsent after catching up, the server holds everything this copy holds: remember that
   * state. A state vector costs one entry per writer, so this stays cheap however long the letter is.
   */
  private confirmIfSettled(): void {
    if (this.isSettled()) {
      this.own.confirm();
    }
  }

  private report(problem: SealedSyncProblem | null): void {
    if (problem) {
      this.options.onProblem(problem);
    }
  }

  private changed(): void {
    this.options.onChange?.();
  }
}

function mapSequence(problem: SequenceProblem | null): SealedSyncProblem | null {
  return problem && { kind: 'sequence', detail: problem };
}
