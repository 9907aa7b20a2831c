import type { SignatoryStatus } from '../../src-common/signatories/signatory';

/** Each status as the panel names it. */
export const STATUS_WORDS: Record<SignatoryStatus, string> = {
  invited: 'Invited',
  confirmed: 'Confirmed',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};
