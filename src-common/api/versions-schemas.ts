import { z } from 'zod';
import { letterMetaSchema } from '../letter/letter-doc';
import { proseMirrorJsonSchema } from '../letter/prosemirror-json';
import { letterIdSchema } from './letters-schemas';
import { hasControlCharacter } from '../text/text-rules';

/**
 * How a version came to be: named by a person (kept for ever), or saved by the app after a pause in the editing or
 * before a restore or an import's merge (thinned with age).
 */
export const VERSION_KINDS = ['named', 'automatic'] as const;

/** A version as listed. */
export const versionSummarySchema = z.object({
  id: z.number().int().positive(),
  letterId: letterIdSchema,
  label: z.string(),
  kind: z.enum(VERSION_KINDS),
  createdAt: z.number().int(),
  createdBy: z.string(),
});

/** See {@link versionSummarySchema}. */
export type VersionSummary = z.output<typeof versionSummarySchema>;

const versionLabelSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .refine((label) => !hasControlCharacter(label), 'must not contain control characters');

/** The channels of named versions, merged into the contract. */
export const versionChannels = {
  'versions:save': {
    request: z.strictObject({
      letterId: letterIdSchema,
      label: versionLabelSchema,
      kind: z.enum(VERSION_KINDS).default('named'),
    }),
    response: versionSummarySchema,
  },
  'versions:list': {
    request: z.strictObject({ letterId: letterIdSchema }),
    response: z.array(versionSummarySchema),
  },
  'versions:open': {
    request: z.strictObject({ id: z.number().int().positive() }),
    response: z.object({
      version: versionSummarySchema,
      meta: letterMetaSchema,
      body: proseMirrorJsonSchema,
    }),
  },
} as const;
