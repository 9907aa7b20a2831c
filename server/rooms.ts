import type { Role } from './auth';
import { SealedRoom, type SealedRoomContext } from './sealed-room';
import { readSealedLetter } from './store/envelopes';
import type { SealingKeys } from './store/letters';

/** What the registry needs to load a letter. */
export type RoomsContext = Omit<SealedRoomContext, 'release'>;

/** The letters loaded in memory, by id; a letter loads when its first connection arrives. */
export class Rooms {
  private readonly rooms = new Map<string, SealedRoom>();
  private readonly context: RoomsContext;

  constructor(context: RoomsContext) {
    this.context = context;
  }

  /**
   * The loaded letter, loading it from the store (synchronously) when it is not in memory; null for a letter
   * registered before end-to-end encryption, which has no verify key and is no longer served.
   */
  open(letterId: string): SealedRoom | null {
    const loaded = this.rooms.get(letterId);
    if (loaded) {
      return loaded;
    }
    const sealed = readSealedLetter(this.context.db, letterId);
    if (!sealed) {
      return null;
    }
    const release = (room: SealedRoom): void => {
      if (this.rooms.get(room.letterId) === room) {
        this.rooms.delete(room.letterId);
      }
    };
    const room = new SealedRoom(letterId, sealed, { ...this.context, release });
    this.rooms.set(letterId, room);
    return room;
  }

  /** How many connections a letter has now. */
  connectionCount(letterId: string): number {
    return this.rooms.get(letterId)?.size ?? 0;
  }

  /** How many connections all letters have now. */
  totalConnections(): number {
    let total = 0;
    this.rooms.forEach((room) => (total += room.size));
    return total;
  }

  /** True when the letter is in memory (for tests of idle unloading). */
  isLoaded(letterId: string): boolean {
    return this.rooms.has(letterId);
  }

  /** Gives a loaded sealed letter its new keys after its links were reset. */
  rekey(letterId: string, keys: SealingKeys): void {
    this.rooms.get(letterId)?.rekey(keys);
  }

  /** Closes a letter's connections that hold one of `roles`, e.g. after its links were reset. */
  closeRoles(letterId: string, roles: readonly Role[], code: number, reason: string): void {
    const room = this.rooms.get(letterId);
    if (!room) {
      return;
    }
    for (const peer of room.connections()) {
      if (roles.includes(peer.role)) {
        peer.close(code, reason);
      }
    }
  }

  /** Stores what is waiting, closes every connection and unloads every letter (on shutdown). */
  closeAll(code: number, reason: string): void {
    this.context.batcher.flush();
    for (const room of [...this.rooms.values()]) {
      room.closeAll(code, reason);
      room.release();
    }
  }
}
