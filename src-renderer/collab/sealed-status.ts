import type { InviteRole } from '../../src-common/collab/invite-links';
import type { SyncStatus, SyncStatusSource } from '../../src-common/collab/sync-tracker';
import type { SealedStatus } from './sealed-connection';

/**
 * The status line's words for a sealed connection: the same states as a plaintext one, so "Synced" still means that
 * every change made here is stored on the server. A problem with something the server sent (a change that fails its
 * checks) is shown until the next connection, because the copy may lack changes until then.
 */
export function sealedSyncStatus(role: InviteRole, status: SealedStatus, problem: string | null): SyncStatus {
  if (role === 'viewer') {
    return { kind: 'read-only', connected: status.open && status.synced };
  }
  if (status.refusal !== null) {
    return { kind: 'refused', reason: status.refusal, waiting: status.waiting };
  }
  if (!status.open) {
    return status.attempted
      ? { kind: 'offline', waiting: status.waiting }
      : { kind: 'connecting', waiting: status.waiting };
  }
  if (problem !== null) {
    return { kind: 'problem', message: problem, waiting: status.waiting };
  }
  if (!status.synced || status.waiting > 0) {
    return { kind: 'syncing', waiting: status.waiting };
  }
  return { kind: 'synced' };
}

/** Follows a sealed connection's status and problems for the status line. */
export class SealedStatusSource implements SyncStatusSource {
  private problem: string | null = null;
  private snapshot: SyncStatus | null = null;
  private wasOpen = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly role: InviteRole,
    private readonly read: () => SealedStatus,
  ) {}

  status(): SyncStatus {
    this.snapshot ??= sealedSyncStatus(this.role, this.read(), this.problem);
    return this.snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The connection's status changed. */
  changed(): void {
    const open = this.read().open;
    // A new connection starts with a clean slate: what it receives is checked afresh.
    if (open && !this.wasOpen) {
      this.problem = null;
    }
    this.wasOpen = open;
    this.notify();
  }

  /** Something the server sent failed its checks; `message` says so in plain words. */
  reportProblem(message: string): void {
    this.problem = message;
    this.notify();
  }

  private notify(): void {
    this.snapshot = null;
    this.listeners.forEach((listener) => listener());
  }
}
