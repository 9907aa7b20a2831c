import type { SealedServerMessage } from './sealed-messages';

/** A relayed envelope, as the server sent it. */
export type RelayMessage = Extract<SealedServerMessage, { type: 'relay' }>;

/** A server message about one thing: a `relays` message is taken as the `relay` messages it holds. */
export type SingleMessage = Exclude<SealedServerMessage, { type: 'relays' }>;

/** A message as the single ones it stands for: a `relays` message as one `relay` per envelope, with its `durable`. */
export function singleMessages(message: SealedServerMessage): SingleMessage[] {
  if (message.type !== 'relays') {
    return [message];
  }
  const { durable, relays } = message;
  return relays.map(({ seq, envelope }) => ({ type: 'relay', seq, durable, envelope }));
}

/**
 * How many relays are checked and applied together at most: a long backlog then still shows progress, and each
 * part costs only one more signature check per writer.
 */
export const MAX_BACKLOG_BATCH = 1_000;

/**
 * The relays of a catch-up (from the hello to `caught-up`), held so their signatures are checked as one batch: each
 * writer's hash chain then needs only its newest envelope's signature checked. A relay arriving once the copy is
 * caught up is live, alone, and checked as it comes.
 */
export class CatchUpBacklog {
  /** True from the hello until `caught-up` or the socket's close. */
  collecting = false;
  private relays: RelayMessage[] = [];

  /** Holds a relay; true once the batch is as large as one batch may be, and should be taken now. */
  add(relay: RelayMessage): boolean {
    this.relays.push(relay);
    return this.relays.length >= MAX_BACKLOG_BATCH;
  }

  /** The relays held, oldest first, and an empty batch. */
  take(): RelayMessage[] {
    const relays = this.relays;
    this.relays = [];
    return relays;
  }
}
