import * as awarenessProtocol from 'y-protocols/awareness';
import { scriptSigner, type EnvelopeSigner } from '../crypto/envelope-signer';
import type { LetterKeys } from '../crypto/letter-keys';
import { EnvelopeOutbox } from './envelope-outbox';

export interface SealedPresenceOptions {
  letterId: string;
  keys: LetterKeys;
  awareness: awarenessProtocol.Awareness;
  writerId: Uint8Array;
  send(bytes: Uint8Array): void;
  /** Signs an editor's presence with `keys.signingSeed`; by default the script's Ed25519 (see `SealedDocSyncOptions`). */
  signer?: EnvelopeSigner;
  /** The clock that spaces out unchanged presence; `Date.now` unless a test gives its own. */
  now?: () => number;
}

/** How long answers to newcomers are gathered before this copy sends its presence once. */
const INTRODUCTION_DELAY_MS = 150;

/**
 * How long presence set again unchanged is not sent again. The caret plugin sets this copy's caret anew after every
 * co-editor's change, unchanged, and each would be sealed and signed; but the others drop a caret not heard of for
 * 30 s (y-protocols' `outdatedTimeout`, renewed every 15 s), so unchanged presence still goes out this often.
 */
export const UNCHANGED_PRESENCE_RESEND_MS = 10_000;

/**
 * How long after this person's caret moves their presence goes out. Sealing and signing it takes a few milliseconds,
 * which would otherwise be spent inside the keystroke that moved the caret; and carets moved in quick succession
 * (a typist's every key) go out as one.
 */
export const PRESENCE_SEND_DELAY_MS = 100;

/**
 * Presence (who is here, their name, colour and caret) through the sealed relay: this copy's own awareness state is
 * sealed like any change, so the server relays names and carets it cannot read. Viewers share presence too: theirs is
 * sealed but unsigned, which the server relays and never stores. Presence takes counter 0: it is not part of any
 * writer's order, and Yjs awareness clocks already put it in order.
 */
export class SealedPresence {
  private open = false;
  private introduction: ReturnType<typeof setTimeout> | null = null;
  private pending: ReturnType<typeof setTimeout> | null = null;
  /** What this copy last sent of its own presence, and when. */
  private lastSent: { state: string; at: number } | null = null;
  /** Sends presence in the order it was set, though its signature may come later. */
  private readonly outbox: EnvelopeOutbox;
  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const own = this.options.awareness.clientID;
    const touched = [...change.added, ...change.updated, ...change.removed];
    if (origin !== this && touched.includes(own)) {
      this.sendSoon();
    }
  };

  constructor(private readonly options: SealedPresenceOptions) {
    const seed = options.keys.signingSeed;
    const signer = options.signer ?? (seed ? scriptSigner(seed) : null);
    this.outbox = new EnvelopeOutbox({ ...options, signer });
    options.awareness.on('update', this.onAwarenessUpdate);
  }

  /** The socket opened: tell the others who is here. */
  connected(): void {
    this.open = true;
    this.sendOwn();
  }

  /** The socket closed: the others' carets are no longer known to be current, so they go. */
  disconnected(): void {
    this.open = false;
    // Presence still waiting for its signature was meant for the closed socket; the next one says it afresh.
    this.outbox.drop();
    const awareness = this.options.awareness;
    const others = [...awareness.getStates().keys()].filter((client) => client !== awareness.clientID);
    awarenessProtocol.removeAwarenessStates(awareness, others, this);
  }

  /** A co-editor's sealed presence, already opened and checked. Bytes that are not an awareness update are ignored. */
  receive(plaintext: Uint8Array): void {
    const awareness = this.options.awareness;
    const before = new Set(awareness.getStates().keys());
    try {
      awarenessProtocol.applyAwarenessUpdate(awareness, plaintext, this);
    } catch {
      // Not an awareness update: presence is best effort, and the letter itself is untouched.
      return;
    }
    const someoneNew = [...awareness.getStates().keys()].some((client) => !before.has(client));
    if (someoneNew) {
      this.introduceSoon();
    }
  }

  /**
   * The relay keeps no presence, so someone who just arrived learns who is here only from the others: each answers
   * a newcomer with its own presence. Answers are gathered over a moment, so a newcomer who hears from ten people at
   * once answers once, not ten times.
   */
  private introduceSoon(): void {
    if (this.introduction !== null) {
      return;
    }
    this.introduction = setTimeout(() => {
      this.introduction = null;
      this.sendOwn();
    }, INTRODUCTION_DELAY_MS);
  }

  /**
   * Says this copy is leaving, so the others drop its caret at once rather than after a timeout; at once, signed in the
   * script if need be, since the socket closes next.
   */
  destroy(): void {
    if (this.introduction !== null) {
      clearTimeout(this.introduction);
    }
    if (this.pending !== null) {
      clearTimeout(this.pending);
    }
    const awareness = this.options.awareness;
    awareness.off('update', this.onAwarenessUpdate);
    if (this.open) {
      awarenessProtocol.removeAwarenessStates(awareness, [awareness.clientID], 'leaving');
      this.sendOwn();
    }
    this.outbox.flushNow();
    this.outbox.stop();
  }

  private sendSoon(): void {
    if (this.pending !== null) {
      return;
    }
    this.pending = setTimeout(() => {
      this.pending = null;
      if (this.isNews()) {
        this.sendOwn();
      }
    }, PRESENCE_SEND_DELAY_MS);
  }

  // Whether this copy's presence differs from what it last sent, or was last sent long enough ago to renew it.
  private isNews(): boolean {
    const state = JSON.stringify(this.options.awareness.getLocalState());
    return (
      !this.lastSent ||
      this.lastSent.state !== state ||
      this.now() - this.lastSent.at >= UNCHANGED_PRESENCE_RESEND_MS
    );
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private sendOwn(): void {
    if (!this.open) {
      return;
    }
    const { awareness, writerId } = this.options;
    this.lastSent = { state: JSON.stringify(awareness.getLocalState()), at: this.now() };
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]);
    const header = { kind: 'presence' as const, writerId, counter: 0, covers: 0 };
    this.outbox.add({ header, plaintext: () => update });
  }
}
