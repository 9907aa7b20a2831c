import { z } from 'zod';
import { IMPORT_LIMITS } from '../limits';
import { problemSchema } from '../problems';
import { base64Schema } from '../letter/encoding';
import { letterSummarySchema } from './letters-schemas';

const lineRangeSchema = z.object({
  start: z
    .number()
    .int()
    .min(0)
    .max(IMPORT_LIMITS.lines + 1),
  end: z
    .number()
    .int()
    .min(0)
    .max(IMPORT_LIMITS.lines + 1),
});

/** Where each part of an imported text starts and ends (line ranges), as the review screen shows and moves them. */
export const letterSegmentsSchema = z.strictObject({
  preamble: lineRangeSchema,
  title: lineRangeSchema,
  body: lineRangeSchema,
  signatories: lineRangeSchema,
  notes: lineRangeSchema,
  junk: lineRangeSchema,
});

/**
 * What to import: the text, the parts as the person set them in the review screen (found anew if absent), and the
 * clean-up suggestions the person dismissed (every other one is applied).
 */
const importRequestSchema = z.strictObject({
  text: z.string(),
  segments: letterSegmentsSchema.optional(),
  dismissed: z.array(z.string().max(200)).max(IMPORT_LIMITS.lines).optional(),
});

/** One clean-up suggestion for the signatory block, as the review lists it to accept or dismiss. */
export const importSuggestionSchema = z.object({
  id: z.string(),
  kind: z.enum(['split', 'complete-fragment', 'remove-duplicate']),
  explanation: z.string(),
  accepted: z.boolean(),
});

/** See {@link importSuggestionSchema}. */
export type ImportSuggestion = z.output<typeof importSuggestionSchema>;

/** What an import read, for the report shown before and after the letter is made. */
export const importReportSchema = z.object({
  title: z.string(),
  segments: letterSegmentsSchema,
  paragraphs: z.number().int(),
  notes: z.number().int(),
  signatoryLines: z.number().int(),
  signatories: z.number().int(),
  /** Signatories the block says signed without naming them ("…and 40 more"); counted, not listed. */
  unlisted: z.number().int().default(0),
  /** The signatory block's first clean-up suggestions (see MAX_REPORTED_SUGGESTIONS), and how many there are. */
  suggestions: z.array(importSuggestionSchema).default([]),
  suggestionCount: z.number().int().default(0),
  problems: z.array(problemSchema),
});

/** See {@link importReportSchema}. */
export type ImportReport = z.output<typeof importReportSchema>;

/** The channels of importing, merged into the contract. */
export const importChannels = {
  'import:preview': { request: importRequestSchema, response: importReportSchema },
  'import:readWord': {
    request: z.strictObject({ fileName: z.string().max(500), base64: base64Schema }),
    response: z.object({ text: z.string() }),
  },
  'import:create': {
    request: importRequestSchema,
    response: z.object({ letter: letterSummarySchema, report: importReportSchema }),
  },
} as const;
