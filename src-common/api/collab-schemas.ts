import { z } from 'zod';
import { letterIdSchema } from './letters-schemas';

const roleSchema = z.enum(['owner', 'editor', 'viewer']);

const serverSchema = z.string().trim().min(1, 'is empty').max(2_000, 'is too long');

/** An instance key as a server prints it (or as a self-hoster chose it). */
const instanceKeySchema = z
  .string()
  .trim()
  .min(16, 'is too short to be an instance key')
  .max(200, 'is too long to be an instance key')
  .regex(/^\S+$/u, 'must not contain spaces');

/** One invite in both forms: the app's link and the web address for browser mode. */
const linkPairSchema = z.object({ app: z.string(), web: z.string() });

/** The invites the owner hands out. */
export const shareLinksSchema = z.object({ editor: linkPairSchema, viewer: linkPairSchema });

/** See {@link shareLinksSchema}. */
export type ShareLinks = z.output<typeof shareLinksSchema>;

/** How this computer reaches a shared letter: the server, and the token that says what it may do there. */
export const collabConnectionSchema = z.object({
  server: z.string(),
  /** The letter's id on the server: the id here, unless the letter was joined beside one that had it already. */
  room: letterIdSchema,
  role: roleSchema,
  token: z.string(),
  /** The letter's keys as link fragment parameters, when it is shared end-to-end encrypted. */
  keys: z.string().optional(),
});

/** See {@link collabConnectionSchema}. */
export type CollabConnection = z.output<typeof collabConnectionSchema>;

const inviteLinkSchema = z.string().max(4_000, 'is too long to be an invite link');

/**
 * What joining an invite would do, shown before anything happens: the server and letter it names, and whether it
 * opens a letter joined before (`reopen`), makes a new one (`new`), or makes a new one beside a letter here that
 * already has the link's id and stays untouched (`separate`). `title` is that letter's title here, if any.
 */
export const joinPreviewSchema = z.object({
  server: z.string(),
  letterId: z.string(),
  role: roleSchema,
  outcome: z.enum(['reopen', 'new', 'separate']),
  title: z.string().nullable(),
});

/** See {@link joinPreviewSchema}. */
export type JoinPreview = z.output<typeof joinPreviewSchema>;

/**
 * How this computer keeps the secrets of shared letters: the system keychain, a file only its owner can read, or a
 * passphrase (where the keychain protects nothing); `locked` while the passphrase has not been given.
 */
export const secretsProtectionSchema = z.object({
  kind: z.enum(['keychain', 'file', 'passphrase']),
  locked: z.boolean(),
  passphraseSet: z.boolean(),
});

/** See {@link secretsProtectionSchema}. */
export type SecretsProtection = z.output<typeof secretsProtectionSchema>;

/** The channels of sharing a letter through a collaboration server, merged into the contract. */
export const collabChannels = {
  'collab:connection': {
    request: z.strictObject({ letterId: letterIdSchema }),
    response: collabConnectionSchema.nullable(),
  },
  'collab:servers': {
    request: z.strictObject({}),
    response: z.array(z.object({ server: z.string(), hasInstanceKey: z.boolean() })),
  },
  'collab:share': {
    request: z.strictObject({
      letterId: letterIdSchema,
      server: serverSchema,
      instanceKey: instanceKeySchema.optional(),
    }),
    response: z.object({ links: shareLinksSchema, reloadNeeded: z.boolean() }),
  },
  'collab:links': {
    request: z.strictObject({ letterId: letterIdSchema }),
    response: z
      .object({ server: z.string(), role: roleSchema, links: shareLinksSchema.nullable() })
      .nullable(),
  },
  'collab:resetLinks': {
    request: z.strictObject({ letterId: letterIdSchema }),
    response: z.object({ links: shareLinksSchema }),
  },
  'collab:protection': {
    request: z.strictObject({}),
    response: secretsProtectionSchema,
  },
  'collab:unlock': {
    request: z.strictObject({ passphrase: z.string().min(1, 'is empty').max(1_000, 'is too long') }),
    response: z.object({ unlocked: z.literal(true) }),
  },
  'collab:preview': {
    request: z.strictObject({ link: inviteLinkSchema }),
    response: joinPreviewSchema,
  },
  'collab:join': {
    request: z.strictObject({ link: inviteLinkSchema }),
    response: z.object({ letterId: z.string(), reloadNeeded: z.boolean() }),
  },
} as const;
