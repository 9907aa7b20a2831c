import type { EnvelopeHeader } from '../src-common/crypto/envelope';
import type { Role } from './auth';
import { EnvelopeSignature } from './envelope-signature';
import type { SealingKeys } from './store/letters';

/** Plain reasons sent with `refused`; the client shows them in its status line. */
export const REFUSAL = {
  readOnly: 'This link can only read the letter.',
  badSignature: 'The change is not signed with this letter’s key.',
  otherKeys:
    'The change was sealed with other keys: the links to this letter were reset. Ask for a new link.',
  noLease: 'No lease for this snapshot.',
} as const;

/**
 * What a sealed letter stores: envelopes of its keys' epoch, signed with its signing key, from owners and editors. A
 * reset of the links replaces both.
 */
export class WriteCheck {
  private keys: SealingKeys;
  private signature: EnvelopeSignature;

  constructor(
    private readonly letterId: string,
    keys: SealingKeys,
  ) {
    this.keys = keys;
    this.signature = new EnvelopeSignature(keys.verifyKey);
  }

  /** The epoch of the letter's current keys. */
  get epoch(): number {
    return this.keys.epoch;
  }

  rekey(keys: SealingKeys): void {
    this.keys = keys;
    this.signature = new EnvelopeSignature(keys.verifyKey);
  }

  /**
   * Why an update or snapshot from a connection of `role` is not stored, or null when it is. The role and epoch
   * first: they cost nothing, and a signature costs a tenth of a millisecond.
   */
  refusal(role: Role, header: EnvelopeHeader, envelope: Uint8Array): string | null {
    if (role === 'viewer') {
      return REFUSAL.readOnly;
    }
    if (header.epoch !== this.keys.epoch) {
      return REFUSAL.otherKeys;
    }
    return this.signature.verifies(this.letterId, envelope) ? null : REFUSAL.badSignature;
  }
}
