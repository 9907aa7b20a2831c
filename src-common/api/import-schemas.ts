import { z } from 'zod';
import { letterSummarySchema } from './letters-schemas';

/** One thing the import noticed, in plain words, with where it is. */
export const importFindingSchema = z.object({
  kind: z.string(),
  message: z.string(),
  location: z.string().optional(),
  suggestion: z.string().optional(),
});

/** What an import read, for the report shown before and after the letter is made. */
export const importReportSchema = z.object({
  title: z.string(),
  paragraphs: z.number().int(),
  notes: z.number().int(),
  signatoryLines: z.number().int(),
  findings: z.array(importFindingSchema),
});

/** See {@link importReportSchema}. */
export type ImportReport = z.output<typeof importReportSchema>;

/** The channels of importing, merged into the contract. */
export const importChannels = {
  'import:preview': { request: z.strictObject({ text: z.string() }), response: importReportSchema },
  'import:create': {
    request: z.strictObject({ text: z.string() }),
    response: z.object({ letter: letterSummarySchema, report: importReportSchema }),
  },
} as const;
