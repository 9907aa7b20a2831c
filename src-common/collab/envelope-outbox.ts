import { sealUnsigned, withSignature, type EnvelopeHeader, type UnsignedEnvelope } from '../crypto/envelope';
import type { EnvelopeSigner } from '../crypto/envelope-signer';
import type { LetterKeys } from '../crypto/letter-keys';
import { encodeSealedClientMessage } from './sealed-messages';

/** An envelope to seal, sign and send, in its turn. */
export interface OutgoingEnvelope {
  header: Omit<EnvelopeHeader, 'epoch' | 'signed'>;
  /** Made only once every envelope before it is whole: an update's plaintext links to the envelope before it. */
  plaintext(): Uint8Array;
  /** The whole envelope, just before it is sent. */
  sealed?(envelope: Uint8Array): void;
}

export interface EnvelopeOutboxOptions {
  letterId: string;
  keys: LetterKeys;
  /** Null when the keys cannot sign (a viewer's presence goes unsigned). */
  signer: EnvelopeSigner | null;
  send(bytes: Uint8Array): void;
}

interface Waiting {
  item: OutgoingEnvelope;
  unsigned?: UnsignedEnvelope;
  /** Set when the signer answered later than it was asked. */
  signature?: Uint8Array;
}

/**
 * Seals, signs and sends envelopes one after another, in the order they were added, though a signer may answer later
 * (WebCrypto's): each writer's counters must reach the server in order, and each update's hash-chain link is the
 * digest of the whole envelope before it, signature included. With a signer that answers at once, an envelope goes out
 * inside `add`, as it did before signing could wait.
 */
export class EnvelopeOutbox {
  private readonly queue: Waiting[] = [];
  private stopped = false;

  constructor(private readonly options: EnvelopeOutboxOptions) {}

  /** Envelopes added and not yet sent. */
  get pending(): number {
    return this.queue.length;
  }

  add(item: OutgoingEnvelope): void {
    if (this.stopped) {
      return;
    }
    this.queue.push({ item });
    if (this.queue.length === 1) {
      this.pump();
    }
  }

  /**
   * Sends everything waiting now, signing in the script what the signer has not answered yet: the window is going,
   * and a late answer would find no socket. Ed25519 gives the same signature either way.
   */
  flushNow(): void {
    for (let head = this.queue[0]; head; head = this.queue[0]) {
      const unsigned = this.unsignedOf(head);
      const signature = unsigned.signs && (head.signature ?? this.signer().signNow(unsigned.signs));
      this.complete(head, signature);
    }
  }

  /**
   * Forgets what waits: the connection it was meant for is gone, and the next catch-up carries those changes (the
   * caller counts them as unconfirmed already). A late signature for one of them is ignored.
   */
  drop(): void {
    this.queue.length = 0;
  }

  /** Nothing more is sent: the letter is no longer followed. */
  stop(): void {
    this.stopped = true;
    this.drop();
  }

  /** Sends from the head of the queue until an envelope waits for its signature. */
  private pump(): void {
    for (let head = this.queue[0]; head; head = this.queue[0]) {
      const unsigned = this.unsignedOf(head);
      if (!unsigned.signs) {
        this.complete(head, null);
        continue;
      }
      const signature = head.signature ?? this.signer().sign(unsigned.signs);
      if (signature instanceof Uint8Array) {
        this.complete(head, signature);
        continue;
      }
      void signature.then((late) => this.signedLater(head, late));
      return;
    }
  }

  private signedLater(entry: Waiting, signature: Uint8Array): void {
    // Sent meanwhile by `flushNow`, or dropped with its connection.
    if (this.queue[0] !== entry) {
      return;
    }
    entry.signature = signature;
    this.pump();
  }

  private unsignedOf(entry: Waiting): UnsignedEnvelope {
    const { letterId, keys } = this.options;
    entry.unsigned ??= sealUnsigned(letterId, keys, entry.item.header, entry.item.plaintext());
    return entry.unsigned;
  }

  private complete(entry: Waiting, signature: Uint8Array | null): void {
    this.queue.shift();
    const body = this.unsignedOf(entry).body;
    const envelope = signature ? withSignature(body, signature) : body;
    entry.item.sealed?.(envelope);
    this.options.send(encodeSealedClientMessage({ type: 'envelope', envelope }));
  }

  private signer(): EnvelopeSigner {
    if (!this.options.signer) {
      throw new Error('Only an editor can sign for this letter.');
    }
    return this.options.signer;
  }
}
