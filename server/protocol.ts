import { SHARED_BEFORE_ENCRYPTION } from '../src-common/collab/sealed-messages';

/** WebSocket close codes the server uses, each with the reason sent along. */
export const CLOSE = {
  /** Wrong, missing or revoked token, or a token for another letter. Clients do not retry 44xx. */
  unauthorized: 4401,
  /** A letter shared before end-to-end encryption: this server no longer serves it, so it must be shared again. */
  sharedBeforeEncryption: 4410,
  /** The letter reached the server's size limit; retrying cannot help. */
  letterTooLarge: 4413,
  /** Bytes that are not a message this server understands. */
  malformed: 1007,
  /** Over the rate limit, or too many presence messages: the client may retry later. */
  policy: 1008,
  /** A message over the size limit (the WebSocket library sends this code itself, before reading the message). */
  tooBig: 1009,
  /** The server could not store a change; the client reconnects and sends it again. */
  serverError: 1011,
  /** The letter has as many connections as allowed. */
  tryLater: 1013,
  /** The server is shutting down. */
  goingAway: 1001,
} as const;

/** The reason sent with {@link CLOSE.sharedBeforeEncryption}; the app shows the same words. */
export const SHARED_BEFORE_ENCRYPTION_REASON = SHARED_BEFORE_ENCRYPTION;
