import { z } from 'zod';
import { letterIdSchema } from './letters-schemas';

/** The shapes a letter is published in. */
export const EXPORT_FORMATS = ['pdf', 'docx', 'html', 'fragment', 'md', 'txt'] as const;

/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The choices of the export dialog, remembered between exports. */
export const exportChoicesSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  pageSize: z.enum(['A4', 'Letter']).default('A4'),
  notes: z.enum(['footnotes', 'endnotes']).default('footnotes'),
});

/** See {@link exportChoicesSchema}. */
export type ExportChoices = z.output<typeof exportChoicesSchema>;

/** The channels of exporting, merged into the contract. */
export const exportChannels = {
  'export:letter': {
    request: z.strictObject({ id: letterIdSchema, choices: exportChoicesSchema }),
    response: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() }),
  },
} as const;
