import * as Y from 'yjs';
import { toBase64Url } from '../crypto/base64url';
import { openEnvelope, readEnvelopeHeader, sealEnvelope, type EnvelopeHeader } from '../crypto/envelope';
import { startSignatureCheck } from '../crypto/signature-verifier';
import type { SealedDocSyncOptions } from './sealed-doc-sync-options';
import { OrderedSteps } from './ordered-steps';
import { CompactionCounter } from './sealed-compaction';
import {
  decodeSealedServerMessage,
  encodeSealedClientMessage,
  type SealedServerMessage,
} from './sealed-messages';
import { SealedProgress, type ProvisionalEntry } from './sealed-progress';
import type { SequenceProblem } from './sealed-sequence';
import { decodeSnapshotContent, encodeSnapshotContent } from './sealed-snapshot';
import { holdsMoreThan, type SealedSyncProblem, type SealedSyncState } from './sealed-sync-state';
import { UnconfirmedChanges } from './unconfirmed-changes';

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
  private state: SealedSyncState;
  private open = false;
  private caughtUp = false;
  private readonly compaction: CompactionCounter;
  private readonly steps = new OrderedSteps();
  private readonly changes: UnconfirmedChanges;
  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    this.handleLocalUpdate(update, origin);
  };

  constructor(private readonly options: SealedDocSyncOptions) {
    // Content the server may lack can also come from before this object existed (an import, another window).
    const changed = options.state.changedSinceConfirmed || holdsMoreThan(options.doc, options.state);
    this.state = { ...options.state, changedSinceConfirmed: changed };
    this.progress = new SealedProgress(options.state);
    this.compaction = new CompactionCounter(options.compaction);
    if (options.snapshotFirst) {
      this.compaction.want();
    }
    const waitingFromEarlier = changed && this.canWrite ? Math.max(1, options.waitingFromEarlier ?? 0) : 0;
    this.changes = new UnconfirmedChanges(waitingFromEarlier, () => this.flush(), options.schedule);
    options.doc.on('update', this.onUpdate);
  }

  /** Local changes not yet confirmed stored on the server; those of this tick count as the one envelope they make. */
  get waiting(): number {
    return this.changes.count;
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
    return { ...this.state, lastSeq, seen };
  }

  /** Resolves once every message received so far has taken effect (signatures checked, changes applied). */
  settled(): Promise<void> {
    return this.steps.idle();
  }

  /**
   * Seals the local changes collected this tick now rather than when it is over: before the socket is closed or the
   * window goes. If the socket cannot take them, they wait for the next connection's catch-up like any offline change.
   */
  flush(): void {
    const update = this.changes.batch.take();
    if (!update) {
      return;
    }
    if (!this.canSealNow()) {
      this.changes.waitForCatchUp();
    } else {
      this.seal(update);
    }
    this.changed();
  }

  /** The socket opened: ask for everything after the last sequence this copy holds. */
  connected(): void {
    this.steps.add(() => this.handleConnected());
  }

  /** The socket closed. Envelopes not confirmed go out again, as part of the next offline catch-up. */
  disconnected(): void {
    this.steps.add(() => this.handleDisconnected());
  }

  private handleConnected(): void {
    this.open = true;
    this.caughtUp = false;
    this.changes.connectionChanged();
    this.progress.restartFromDurable();
    this.options.send(encodeSealedClientMessage({ type: 'hello', after: this.progress.point.lastSeq }));
    this.changed();
  }

  private handleDisconnected(): void {
    this.open = false;
    this.caughtUp = false;
    // The catch-up seals everything past the confirmed state, so what was not confirmed goes out with it.
    this.changes.connectionChanged();
    this.changed();
  }

  /** A message from the server. */
  receive(bytes: Uint8Array): void {
    const message = decodeSealedServerMessage(bytes);
    if (!message) {
      this.options.onProblem({ kind: 'malformed' });
      return;
    }
    const { verifier, letterId, keys } = this.options;
    const signature =
      message.type === 'relay' && verifier
        ? startSignatureCheck(verifier, letterId, message.envelope, keys.verifyKey)
        : undefined;
    this.steps.addWith(signature, (signatureValid) => {
      this.handleMessage(message, signatureValid);
      this.offerSnapshotIfDue();
      this.changed();
    });
  }

  destroy(): void {
    this.steps.stop();
    this.changes.batch.stop();
    this.options.doc.off('update', this.onUpdate);
  }

  private handleMessage(message: SealedServerMessage, signatureValid: boolean | undefined): void {
    switch (message.type) {
      case 'relay':
        this.handleRelay(message.seq, message.envelope, signatureValid);
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
        this.handleLease(message.granted, message.covers);
        return;
    }
  }

  private handleRelay(seq: number, envelope: Uint8Array, signatureValid: boolean | undefined): void {
    const header = readEnvelopeHeader(envelope);
    if (!header) {
      this.options.onProblem({ kind: 'unreadable', problem: 'malformed' });
      return;
    }
    const verdict = this.progress.sequence.relay(seq, header.kind, this.changes.updatesInFlight);
    if (!verdict.apply) {
      return;
    }
    this.report(verdict.problem && { kind: 'sequence', detail: verdict.problem });
    const opened = openEnvelope(this.options.letterId, envelope, this.options.keys, signatureValid);
    if (header.kind === 'presence') {
      this.handlePresence(opened);
      return;
    }
    if (!opened.ok) {
      this.options.onProblem({ kind: 'unreadable', problem: opened.problem });
      this.progress.took({ kind: 'other', seq });
      return;
    }
    this.progress.took(this.applyStoredEnvelope(seq, header, opened.plaintext, envelope.length));
  }

  private handlePresence(opened: ReturnType<typeof openEnvelope>): void {
    if (!opened.ok) {
      this.options.onProblem({ kind: 'unreadable', problem: opened.problem });
      return;
    }
    this.options.onPresence?.(opened.plaintext);
  }

  /** Applies a co-editor's update or a snapshot; returns what it changes in the durable point once stored. */
  private applyStoredEnvelope(
    seq: number,
    header: EnvelopeHeader,
    plaintext: Uint8Array,
    bytes: number,
  ): ProvisionalEntry {
    if (header.kind === 'snapshot') {
      this.compaction.snapshotSeen();
      const covered = this.applySnapshot(plaintext);
      return covered ? { kind: 'snapshot', seq, covered } : { kind: 'other', seq };
    }
    this.compaction.stored(bytes);
    if (this.isOwn(header.writerId)) {
      return { kind: 'other', seq };
    }
    const orderProblem = this.progress.order.accept(header);
    this.report(orderProblem && { kind: 'order', detail: orderProblem });
    if (orderProblem?.kind === 'replayed') {
      return { kind: 'other', seq };
    }
    this.apply(plaintext);
    return { kind: 'update', seq, writer: toBase64Url(header.writerId), counter: header.counter };
  }

  private applySnapshot(plaintext: Uint8Array): Record<string, number> | null {
    const content = decodeSnapshotContent(plaintext);
    if (!content) {
      this.options.onProblem({ kind: 'not-applied' });
      return null;
    }
    this.progress.startOrderFrom(content.covered);
    this.apply(content.update);
    return content.covered;
  }

  private apply(update: Uint8Array): void {
    try {
      Y.applyUpdate(this.options.doc, update, this);
    } catch {
      this.options.onProblem({ kind: 'not-applied' });
      return;
    }
    this.confirmIfSettled();
  }

  private handleStored(counter: number, seq: number): void {
    const sent = this.changes.stored(counter);
    if (!sent) {
      return;
    }
    if (sent.kind === 'snapshot') {
      this.compaction.snapshotSeen();
    } else {
      this.compaction.stored(sent.bytes);
      this.report(mapSequence(this.progress.sequence.stored(seq)));
      this.progress.took({ kind: 'other', seq });
    }
    // Batches are stored in order, so everything numbered before an own envelope is stored too.
    this.handleStoredThrough(sent.kind === 'update' ? seq : 0);
  }

  /** The server has stored everything through `through`: that much of what this copy applied may be remembered. */
  private handleStoredThrough(through: number): void {
    this.report(mapSequence(this.progress.storedThrough(through)));
    this.confirmIfSettled();
  }

  /** Asks for the lease to write a snapshot, when enough is stored past the last one and this copy is settled. */
  private offerSnapshotIfDue(): void {
    if (!this.canWrite || !this.isSettled() || !this.compaction.shouldAsk()) {
      return;
    }
    this.compaction.asked();
    this.options.send(encodeSealedClientMessage({ type: 'lease', covers: this.progress.point.lastSeq }));
  }

  /** Writes the snapshot if the lease is for exactly what this copy holds (nothing arrived or changed meanwhile). */
  private handleLease(granted: boolean, covers: number): void {
    this.compaction.answered(granted);
    if (!granted || covers !== this.progress.point.lastSeq || !this.isSettled()) {
      return;
    }
    const covered = {
      ...this.progress.order.covered(),
      [toBase64Url(this.state.writerId)]: this.state.nextCounter - 1,
    };
    const content = encodeSnapshotContent({ update: Y.encodeStateAsUpdate(this.options.doc), covered });
    this.sendEnvelope('snapshot', content, covers);
  }

  /** Caught up, every own change stored, and everything applied known stored: a point a snapshot may cover. */
  private isSettled(): boolean {
    return this.caughtUp && this.changes.none && !this.progress.ahead;
  }

  private handleCaughtUp(latest: number): void {
    this.report(mapSequence(this.progress.sequence.caughtUp(latest)));
    this.caughtUp = true;
    this.changes.caughtUp();
    if (this.canWrite && this.state.changedSinceConfirmed) {
      this.seal(Y.encodeStateAsUpdate(this.options.doc, this.state.confirmedStateVector));
      return;
    }
    this.confirmIfSettled();
  }

  /**
   * Runs inside the keystroke's transaction, so it only collects: sealing and signing wait for the end of the tick.
   * The flag to remember is set at once, so a window closed before then still sends the change on its next start.
   */
  private handleLocalUpdate(update: Uint8Array, origin: unknown): void {
    if (origin === this || !this.canWrite) {
      return;
    }
    const alreadyChanged = this.state.changedSinceConfirmed;
    if (!alreadyChanged) {
      this.state = { ...this.state, changedSinceConfirmed: true };
    }
    if (!this.canSealNow()) {
      this.changes.waitForCatchUp();
      this.changed();
      return;
    }
    const startsBatch = this.changes.batch.isEmpty;
    this.changes.batch.add(update);
    // Listeners hear of the batch once, when the waiting count changes, not on each of its keystrokes.
    if (startsBatch || !alreadyChanged) {
      this.changed();
    }
  }

  /** Not while the socket is closed or closing, nor before the catch-up, which sends all that waits at once. */
  private canSealNow(): boolean {
    return this.open && this.caughtUp && this.options.canSend?.() !== false;
  }

  private seal(update: Uint8Array): void {
    this.sendEnvelope('update', update, 0);
  }

  /**
   * Seals and sends. A snapshot takes counter 0 and leaves the writer's counters alone: readers that never see it (it
   * is for newcomers) must not take the gap it would leave for a missing update.
   */
  private sendEnvelope(kind: 'update' | 'snapshot', plaintext: Uint8Array, covers: number): void {
    const counter = kind === 'snapshot' ? 0 : this.state.nextCounter;
    if (kind === 'update') {
      this.state = { ...this.state, nextCounter: counter + 1 };
    }
    const header = { kind, writerId: this.state.writerId, counter, covers };
    const envelope = sealEnvelope(this.options.letterId, this.options.keys, header, plaintext);
    this.changes.sent(counter, { kind, bytes: envelope.length });
    this.options.send(encodeSealedClientMessage({ type: 'envelope', envelope }));
  }

  /**
   * With nothing in flight or unsent after catching up, the server holds everything this copy holds: remember that
   * state. A state vector costs one entry per writer, so this stays cheap however long the letter is.
   */
  private confirmIfSettled(): void {
    if (!this.isSettled()) {
      return;
    }
    this.state = {
      ...this.state,
      confirmedStateVector: Y.encodeStateVector(this.options.doc),
      changedSinceConfirmed: false,
    };
  }

  /** True for envelopes this computer wrote, now or before a restart: their changes are already here. */
  private isOwn(writerId: Uint8Array): boolean {
    const writer = toBase64Url(writerId);
    return writer === toBase64Url(this.state.writerId) || this.state.formerWriters.includes(writer);
  }

  /** Viewers hold no signing key: their copy is read-only, and nothing of it is ever sent. */
  private get canWrite(): boolean {
    return this.options.keys.signingSeed !== undefined;
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
