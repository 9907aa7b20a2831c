import type { Limits } from './config';

// Node sets up its global `performance` on first use (about 2 ms): taken as the server loads, not on its first
// connection, whose rate limits would otherwise pay it.
const clock = performance;

/**
 * A token bucket: holds up to `burst` tokens and refills at `perSecond`. Taking more than it holds is refused, so
 * short bursts (a paste, a reconnect's catch-up) pass while a sustained flood does not.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => clock.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes `amount` tokens; false (taking none) when the bucket holds fewer. */
  take(amount: number): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (amount > this.tokens) {
      return false;
    }
    this.tokens -= amount;
    return true;
  }
}

/** A per-connection rate limit: messages and bytes, each a {@link TokenBucket}. */
export class RateLimiter {
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;

  constructor(
    rate: { messagesPerSecond: number; messageBurst: number; bytesPerSecond: number; byteBurst: number },
    now?: () => number,
  ) {
    this.messages = new TokenBucket(rate.messagesPerSecond, rate.messageBurst, now);
    this.bytes = new TokenBucket(rate.bytesPerSecond, rate.byteBurst, now);
  }

  /** The limit on everything a connection sends; the largest message always fits the byte burst. */
  static forMessages(limits: Limits, now?: () => number): RateLimiter {
    return new RateLimiter({ ...limits, byteBurst: Math.max(limits.byteBurst, limits.maxMessageBytes) }, now);
  }

  /**
   * The limit on presence: every participant gets a copy of each message, so it is much tighter. Its byte burst is
   * a second's worth, and at least one message of the largest size.
   */
  static forPresence(limits: Limits, now?: () => number): RateLimiter {
    return new RateLimiter(
      {
        messagesPerSecond: limits.presenceMessagesPerSecond,
        messageBurst: limits.presenceMessageBurst,
        bytesPerSecond: limits.presenceBytesPerSecond,
        byteBurst: Math.max(limits.presenceBytesPerSecond, limits.maxPresenceBytes),
      },
      now,
    );
  }

  /** Counts one message of `size` bytes; false when it goes over either rate. */
  allow(size: number): boolean {
    return this.messages.take(1) && this.bytes.take(size);
  }
}

/** True when storing `incoming` more bytes would take a letter of `storedBytes` past the size limit. */
export function exceedsDocLimit(limits: Limits, storedBytes: number, incoming: number): boolean {
  return storedBytes + incoming > limits.maxDocBytes;
}
