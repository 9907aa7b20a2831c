/**
 * How long after a commit readers hear of it in a notice, unless a relay told them first. Readers need the durable
 * point only to remember where to ask from on their next connection and to offer a snapshot, never to show an
 * edit, so a quarter of a second costs them nothing; at 20 ms a letter typed into every 50 ms sent a notice to every
 * reader after every keystroke, as many messages as the relays themselves.
 */
export const DURABLE_NOTICE_MS = 250;

/**
 * Keeps a sealed letter's readers told how far its envelopes are on disk. Relays carry the durable point as they go
 * out; the last batch of a burst has no later relay to carry it, so a notice follows within {@link DURABLE_NOTICE_MS}
 * of its commit, at most one per letter in that time, and says nothing when a relay has told it meanwhile.
 */
export class DurableNotice {
  /** The newest durable point every listener has been told, by a relay or a notice. */
  private told: number;
  private committed: number;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    stored: number,
    private readonly tell: (through: number) => void,
    private readonly delayMs = DURABLE_NOTICE_MS,
  ) {
    this.told = stored;
    this.committed = stored;
  }

  /** The newest sequence on disk. */
  get latest(): number {
    return this.committed;
  }

  /** A relay went to every listener carrying the durable point. */
  relayed(): void {
    this.told = this.committed;
  }

  /** A batch through `seq` is on disk. */
  stored(seq: number): void {
    this.committed = seq;
    if (this.timer || this.committed <= this.told) {
      return;
    }
    this.timer = setTimeout(() => this.notice(), this.delayMs);
    this.timer.unref();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private notice(): void {
    this.timer = undefined;
    if (this.committed <= this.told) {
      return;
    }
    this.told = this.committed;
    this.tell(this.committed);
  }
}
