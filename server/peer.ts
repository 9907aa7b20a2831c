import type { Role } from './auth';

/** What a loaded letter needs of a connection. */
export interface Peer {
  readonly role: Role;
  /**
   * Sends a message; `written` runs once it has left for the network, and never if the connection closes first (a
   * long catch-up sends its next part only then, so one connection's catch-up holds one part in memory).
   */
  send(message: Uint8Array, written?: () => void): void;
  /**
   * Runs `run`, whose messages go out to the network together when it returns: a backlog of hundreds of small
   * envelopes costs one write, not one each.
   */
  sendTogether(run: () => void): void;
  close(code: number, reason: string): void;
  /** Checks soon that the connection is still there, and drops it if not. */
  probe(): void;
  /** Takes `bytes` of presence from the connection's allowance; false when it is sending presence too fast. */
  allowPresence(bytes: number): boolean;
}
