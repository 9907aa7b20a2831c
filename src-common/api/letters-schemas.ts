import { z } from 'zod';
import { base64Schema } from '../letter/encoding';
import { LETTER_STATUSES } from '../letter/letter-doc';
import { hasControlCharacter } from '../text/text-rules';

/** A letter's id: random, URL-safe, the same on every computer that has the letter. */
export const letterIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'is not a letter id');

/** A letter title as typed by a person. */
export const letterTitleSchema = z
  .string()
  .trim()
  .max(300, 'must be at most 300 characters')
  .refine((title) => !hasControlCharacter(title), 'must not contain control characters');

/** One row of the home screen's list. */
export const letterSummarySchema = z.object({
  id: letterIdSchema,
  title: z.string(),
  status: z.enum(LETTER_STATUSES),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  /** When it went to the trash; null while it is not there. */
  deletedAt: z.number().int().nullable(),
  /** Confirmed signatories and those the letter counts without listing them by name. */
  signatoryCount: z.number().int().nonnegative(),
  /** Comment threads nobody has resolved yet. */
  openCommentCount: z.number().int().nonnegative(),
});

/** See {@link letterSummarySchema}. */
export type LetterSummary = z.output<typeof letterSummarySchema>;

/** Names one letter. */
export const letterRefSchema = z.strictObject({ id: letterIdSchema });

/** What opening a letter file did: added a new letter, merged into this computer's copy, or made a copy. */
export const letterImportOutcomeSchema = z.enum(['added', 'merged', 'copied']);

/** See {@link letterImportOutcomeSchema}. */
export type LetterImportOutcome = z.output<typeof letterImportOutcomeSchema>;

/** Largest letter file the app opens (its text), checked before it is parsed. */
export const MAX_LETTER_FILE_CHARS = 16 * 1024 * 1024;

/** The channels of letters, merged into the contract. */
export const letterChannels = {
  'letters:list': {
    request: z.strictObject({ trash: z.boolean().default(false) }),
    response: z.array(letterSummarySchema),
  },
  'letters:create': { request: z.strictObject({ title: letterTitleSchema }), response: letterSummarySchema },
  'letters:open': {
    request: letterRefSchema,
    response: z.object({ letter: letterSummarySchema, state: base64Schema }),
  },
  'letters:save': {
    request: z.strictObject({ id: letterIdSchema, updates: z.array(base64Schema).min(1).max(10_000) }),
    response: z.object({ letter: letterSummarySchema }),
  },
  'letters:rename': {
    request: z.strictObject({ id: letterIdSchema, title: letterTitleSchema }),
    response: letterSummarySchema,
  },
  'letters:duplicate': { request: letterRefSchema, response: letterSummarySchema },
  'letters:trash': { request: letterRefSchema, response: letterSummarySchema },
  'letters:restore': { request: letterRefSchema, response: letterSummarySchema },
  'letters:exportFile': {
    request: letterRefSchema,
    response: z.object({ fileName: z.string(), content: z.string() }),
  },
  'letters:importFile': {
    request: z.strictObject({
      content: z.string().max(MAX_LETTER_FILE_CHARS, 'is larger than a letter file can be (16 MB)'),
      asCopy: z.boolean().default(false),
    }),
    response: z.object({ letter: letterSummarySchema, outcome: letterImportOutcomeSchema }),
  },
} as const;
