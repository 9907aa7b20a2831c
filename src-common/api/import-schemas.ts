import { z } from 'zod';
import { problemSchema } from '../problems';
import { base64Schema } from '../letter/encoding';
import { letterSummarySchema } from './letters-schemas';

/** What an import read, for the report shown before and after the letter is made. */
export const importReportSchema = z.object({
  title: z.string(),
  paragraphs: z.number().int(),
  notes: z.number().int(),
  signatoryLines: z.number().int(),
  signatories: z.number().int(),
  problems: z.array(problemSchema),
});

/** See {@link importReportSchema}. */
export type ImportReport = z.output<typeof importReportSchema>;

/** The channels of importing, merged into the contract. */
export const importChannels = {
  'import:preview': { request: z.strictObject({ text: z.string() }), response: importReportSchema },
  'import:readWord': {
    request: z.strictObject({ fileName: z.string().max(500), base64: base64Schema }),
    response: z.object({ text: z.string() }),
  },
  'import:create': {
    request: z.strictObject({ text: z.string() }),
    response: z.object({ letter: letterSummarySchema, report: importReportSchema }),
  },
} as const;
