import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ApiFailure } from '../../src-common/api/errors';
import { MIN_PASSPHRASE_LENGTH, WrongPassphrase } from './passphrase-box';
import type { SecretBox } from './secret-box';
import { errorText } from '../../src-common/error-text';

const LOCKED =
  'Sharing is locked on this computer: enter the passphrase that protects the secrets of shared letters.';

const letterAccessSchema = z.object({
  server: z.string(),
  role: z.enum(['owner', 'editor', 'viewer']),
  token: z.string(),
  /** Kept by the owner only, so the links can be shown again. */
  editorToken: z.string().optional(),
  viewerToken: z.string().optional(),
  /**
   * The letter's id on the server, when it differs from its id here: a link joined while this computer already
   * had another letter with the link's id opens as a new letter, so the one here is never sent anywhere.
   */
  remoteLetterId: z.string().optional(),
  /**
   * The keys of an end-to-end encrypted letter as a link's fragment parameters (see `crypto/letter-keys.ts`): the
   * content key, and the signing key for owners and editors. Absent for letters shared before encryption.
   */
  keys: z.string().optional(),
});

/** How this computer reaches one shared letter. */
export type LetterAccess = z.output<typeof letterAccessSchema>;

const fileSchema = z.object({
  version: z.literal(1),
  servers: z.record(z.string(), z.object({ instanceKey: z.string().optional() })),
  letters: z.record(z.string(), letterAccessSchema),
});

type CollabFile = z.output<typeof fileSchema>;

/**
 * Keeps the secrets of collaboration on this computer: each server's instance key and each shared letter's
 * tokens, in one small file sealed by a {@link SecretBox} and replaced atomically on every change.
 */
export class CollabKeeper {
  private readonly path: string;
  // Read on first use: a box locked by a passphrase cannot be read before the person gives it.
  private data: CollabFile | null = null;

  constructor(
    dataDir: string,
    private readonly box: SecretBox,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    this.path = join(dataDir, box.fileName);
  }

  /** Every server this computer knows, for the Share dialog and the Content-Security-Policy (none while locked). */
  servers(): { server: string; hasInstanceKey: boolean }[] {
    if (this.box.isLocked?.() === true) {
      return [];
    }
    const data = this.current();
    const known = new Set([
      ...Object.keys(data.servers),
      ...Object.values(data.letters).map((a) => a.server),
    ]);
    return [...known].sort().map((server) => ({
      server,
      hasInstanceKey: data.servers[server]?.instanceKey !== undefined,
    }));
  }

  /** How the secrets are kept here, and whether a passphrase is awaited before sharing works. */
  protection(): { kind: SecretBox['kind']; locked: boolean; passphraseSet: boolean } {
    return {
      kind: this.box.kind,
      locked: this.box.isLocked?.() === true,
      passphraseSet: this.box.hasFile?.() === true,
    };
  }

  /** Opens a passphrase box, or sets its passphrase the first time; the file is read afresh afterwards. */
  unlock(passphrase: string): void {
    if (!this.box.unlock) {
      throw new ApiFailure('invalid-request', 'No passphrase protects the secrets of shared letters here.');
    }
    if (this.box.hasFile?.() !== true && passphrase.length < MIN_PASSPHRASE_LENGTH) {
      throw new ApiFailure(
        'invalid-request',
        `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`,
      );
    }
    const hadFile = this.box.hasFile?.() === true;
    try {
      this.box.unlock(passphrase);
    } catch (error) {
      throw error instanceof WrongPassphrase ? new ApiFailure('unauthorized', error.message) : error;
    }
    this.data = null;
    if (!hadFile) {
      // Written at once, so the passphrase just chosen is the one asked for from now on.
      this.change(() => undefined);
    }
  }

  /** The instance key kept for a server, if any. */
  instanceKey(server: string): string | undefined {
    return this.current().servers[server]?.instanceKey;
  }

  /** How this computer reaches a letter, or null when it is not shared here. */
  access(letterId: string): LetterAccess | null {
    return this.current().letters[letterId] ?? null;
  }

  /**
   * The letter here that a server's letter was shared from or joined into before, or null: the only letter an
   * invite for that server and id may open.
   */
  localLetterFor(server: string, remoteLetterId: string): string | null {
    const found = Object.entries(this.current().letters).find(
      ([localId, access]) =>
        access.server === server && (access.remoteLetterId ?? localId) === remoteLetterId,
    );
    return found?.[0] ?? null;
  }

  /** Remembers a server's instance key. */
  rememberInstanceKey(server: string, instanceKey: string): void {
    this.change((data) => {
      data.servers[server] = { instanceKey };
    });
  }

  /** True when this computer already knows the server (so the page's CSP allows it). */
  knows(server: string): boolean {
    return this.servers().some((known) => known.server === server);
  }

  /** Remembers how to reach a letter. */
  rememberAccess(letterId: string, access: LetterAccess): void {
    this.change((data) => {
      data.letters[letterId] = access;
      data.servers[access.server] ??= {};
    });
  }

  private current(): CollabFile {
    if (this.box.isLocked?.() === true) {
      throw new ApiFailure('unauthorized', LOCKED);
    }
    this.data ??= this.read();
    return this.data;
  }

  private change(apply: (data: CollabFile) => void): void {
    const next = structuredClone(this.current());
    apply(next);
    this.write(next);
    this.data = next;
  }

  private read(): CollabFile {
    const empty: CollabFile = { version: 1, servers: {}, letters: {} };
    if (!existsSync(this.path)) {
      return empty;
    }
    try {
      return fileSchema.parse(JSON.parse(this.box.open(readFileSync(this.path))));
    } catch (error) {
      // Never overwrite what could not be read: it is set aside, so a keychain that comes back later can open it.
      const aside = `${this.path}.unreadable-${Date.now()}`;
      renameSync(this.path, aside);
      this.log(`Could not read ${this.path} (${errorText(error)}); kept as ${aside}.`);
      return empty;
    }
  }

  private write(data: CollabFile): void {
    const sealed = this.box.seal(JSON.stringify(data));
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, sealed, { mode: 0o600 });
    // The mode above applies only to a new file; a leftover one keeps its own, so it is set again.
    chmodSync(temporary, 0o600);
    const handle = openSync(temporary, 'r');
    try {
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    renameSync(temporary, this.path);
  }
}
