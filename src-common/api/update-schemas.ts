import { z } from 'zod';

/**
 * Whether a new version of the app is downloaded and waits for a restart. Only the desktop app updates itself
 * (src-main/update/); browser mode and a copy that cannot update always answer "none".
 */
export const updateStatusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('ready'), version: z.string().min(1).max(64) }),
]);

/** See {@link updateStatusSchema}. */
export type UpdateStatus = z.output<typeof updateStatusSchema>;

/** What every copy without a downloaded update answers. */
export const NO_UPDATE: UpdateStatus = { kind: 'none' };

/**
 * What asking to restart into the update did: the app is restarting; it waits because a window still holds edits
 * that are not saved (it never restarts over them); or there was nothing to restart into.
 */
export const restartOutcomeSchema = z.object({
  outcome: z.enum(['restarting', 'wait-for-save', 'nothing-ready']),
});

/** See {@link restartOutcomeSchema}. */
export type RestartOutcome = z.output<typeof restartOutcomeSchema>['outcome'];

const noPayload = z.strictObject({});

/** The update channels of the contract. */
export const updateChannels = {
  'app:updateStatus': { request: noPayload, response: updateStatusSchema },
  'app:restartToUpdate': { request: noPayload, response: restartOutcomeSchema },
} as const;

/** The status bar's offer to restart: the button's words and what it says on hover and to screen readers. */
export interface RestartOffer {
  label: string;
  description: string;
}

/** The offer to show for a status, or null while there is nothing to restart into. */
export function restartOfferOf(status: UpdateStatus): RestartOffer | null {
  if (status.kind !== 'ready') {
    return null;
  }
  return {
    label: 'Restart to update',
    description:
      `Undersigned ${status.version} is ready. Restart to start using it: ` +
      'your letters are kept, and it waits until every change is saved.',
  };
}
