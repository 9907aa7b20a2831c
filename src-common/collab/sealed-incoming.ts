import * as Y from 'yjs';
import { toBase64Url } from '../crypto/base64url';
import type { OpenedEnvelope } from '../crypto/chain-check';
import { readEnvelopeHeader, type EnvelopeHeader } from '../crypto/envelope';
import { readUpdateLink } from '../crypto/update-chain';
import type { CompactionCounter } from './sealed-compaction';
import type { SealedDocSyncOptions } from './sealed-doc-sync-options';
import type { OwnChanges } from './sealed-own-changes';
import type { ProvisionalEntry, SealedProgress } from './sealed-progress';
import { decodeSnapshotContent } from './sealed-snapshot';
import type { SealedSyncProblem } from './sealed-sync-state';

/**
 * What a relayed envelope does to a copy: its place is checked in the server's sequence and its writer's counters,
 * then it is opened and applied (a co-editor's update or a snapshot) or shown (presence), and taken into the copy's
 * progress as past the durable point until the server says it is stored.
 */
export class IncomingEnvelopes {
  constructor(
    private readonly options: SealedDocSyncOptions,
    private readonly progress: SealedProgress,
    private readonly own: OwnChanges,
    private readonly compaction: CompactionCounter,
    /** The origin of the changes applied here, so the document's listener does not take them for local ones. */
    private readonly origin: unknown,
  ) {}

  /** `open` checks and opens the envelope, once its place in the sequence says it is to be applied. */
  relay(seq: number, envelope: Uint8Array, open: () => OpenedEnvelope): void {
    const header = readEnvelopeHeader(envelope);
    if (!header) {
      this.options.onProblem({ kind: 'unreadable', problem: 'malformed' });
      return;
    }
    const verdict = this.progress.sequence.relay(seq, header.kind, this.own.unconfirmed.updatesInFlight);
    if (!verdict.apply) {
      return;
    }
    this.reportProblem(verdict.problem && { kind: 'sequence', detail: verdict.problem });
    const opened = open();
    if (!opened.ok) {
      if (!this.sealedBeforeReset(header)) {
        this.options.onProblem({ kind: 'unreadable', problem: opened.problem });
      }
      if (header.kind !== 'presence') {
        this.progress.took({ kind: 'other', seq });
      }
      return;
    }
    if (header.kind === 'presence') {
      this.options.onPresence?.(opened.plaintext);
      return;
    }
    this.progress.took(this.applyStoredEnvelope(seq, header, opened.plaintext, envelope.length));
  }

  /**
   * An envelope under older keys than this copy's was stored before the links were reset, and the new keys' snapshot
   * stands for the letter up to then: it is of no use here and no cause for alarm. (One under newer keys is: this
   * copy's link was reset.)
   */
  private sealedBeforeReset(header: EnvelopeHeader): boolean {
    return header.epoch < this.options.keys.epoch;
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
    const writer = toBase64Url(header.writerId);
    const update: ProvisionalEntry = { kind: 'update', seq, writer, counter: header.counter };
    // Its changes are here already; its counter tells what the server holds of ours (a crash may have lost the rest).
    if (this.own.isOwn(writer)) {
      return update;
    }
    const orderProblem = this.progress.order.accept(header, writer);
    this.reportProblem(orderProblem && { kind: 'order', detail: orderProblem });
    if (orderProblem?.kind === 'replayed') {
      return { kind: 'other', seq };
    }
    this.apply(readUpdateLink(plaintext).update);
    return update;
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

  /**
   * Applies without confirming: the envelope is not yet among what the server is known to hold, and confirming now
   * would count content the server may still lose in a crash as stored. The relay's durable point confirms it.
   */
  private apply(update: Uint8Array): void {
    try {
      Y.applyUpdate(this.options.doc, update, this.origin);
    } catch {
      this.options.onProblem({ kind: 'not-applied' });
    }
  }

  private reportProblem(problem: SealedSyncProblem | null): void {
    if (problem) {
      this.options.onProblem(problem);
    }
  }
}
