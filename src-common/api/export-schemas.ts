import { z } from 'zod';
import { base64Schema, decodeBinary } from '../letter/encoding';
import { GROUP_HEADINGS } from '../render/group-headings';
import { imageSize, LETTERHEAD_MAX_BYTES, LETTERHEAD_TYPES } from '../render/letterhead';
import { SUGGESTION_OUTCOMES } from '../suggestions/json-suggestions';
import { letterIdSchema } from './letters-schemas';

/** The shapes a letter is published in. */
export const EXPORT_FORMATS = ['pdf', 'docx', 'html', 'fragment', 'md', 'txt'] as const;

/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The named page margins, in millimetres: Word's "Narrow", the app's usual 2 cm, and a wide one for binding. */
export const MARGIN_PRESETS = { narrow: 12.7, normal: 20, wide: 30 } as const;

/** Margins a person may type, in millimetres: narrower cannot hold the page numbers, wider leaves no page. */
export const CUSTOM_MARGIN_MM = { min: 5, max: 50 } as const;

/** A letterhead image chosen in the dialog: a PNG or JPEG of at most 1 MB, checked by its own bytes. */
export const letterheadSchema = z
  .object({
    mimeType: z.enum(LETTERHEAD_TYPES),
    base64: z
      .string()
      .max(Math.ceil(LETTERHEAD_MAX_BYTES / 3) * 4, 'is larger than 1 MB')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'must be base64'),
  })
  .refine((image) => imageSize(decodeBinary(image.base64), image.mimeType) !== null, {
    message: 'is not a PNG or JPEG image',
    path: ['base64'],
  });

/** See {@link letterheadSchema}. */
export type LetterheadChoice = z.output<typeof letterheadSchema>;

/** The choices of the export dialog, remembered between exports. */
export const exportChoicesSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  pageSize: z.enum(['A4', 'Letter']).default('A4'),
  notes: z.enum(['footnotes', 'endnotes']).default('footnotes'),
  margins: z
    .union([
      z.enum(['narrow', 'normal', 'wide']),
      z.number().min(CUSTOM_MARGIN_MM.min).max(CUSTOM_MARGIN_MM.max),
    ])
    .default('normal'),
  /** How many columns the signatory block has on the web page and in the PDF; unset, as many as fit. */
  columns: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  /** Adds "N organizations have signed this letter." computed from the list. */
  countSentence: z.boolean().default(false),
  /** Which of the signatories panel's group headings the signatory block keeps. */
  groupHeadings: z.enum(GROUP_HEADINGS).default('auto'),
  letterhead: letterheadSchema.nullable().default(null),
  /** Suggested edits still pending: left out (the agreed text) or taken in. */
  suggestions: z.enum(SUGGESTION_OUTCOMES).default('rejected'),
});

/** See {@link exportChoicesSchema}. */
export type ExportChoices = z.output<typeof exportChoicesSchema>;

/** The margins of {@link ExportChoices} in millimetres. */
export function marginMillimetres(margins: ExportChoices['margins']): number {
  return typeof margins === 'number' ? margins : MARGIN_PRESETS[margins];
}

/** The channels of exporting, merged into the contract. */
export const exportChannels = {
  'export:letter': {
    /** `jobId`, chosen by the caller, lets `export:cancel` stop this export. */
    request: z.strictObject({ id: letterIdSchema, choices: exportChoicesSchema, jobId: z.uuid().optional() }),
    response: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() }),
  },
  'export:cancel': {
    request: z.strictObject({ jobId: z.uuid() }),
    response: z.object({ cancelled: z.boolean() }),
  },
  /** Desktop only: asks where to save with the system's dialog and writes the file; `path` is null if cancelled. */
  'export:saveFile': {
    request: z.strictObject({
      fileName: z.string().min(1).max(255),
      format: z.enum(EXPORT_FORMATS),
      base64: base64Schema,
    }),
    response: z.object({ path: z.string().nullable() }),
  },
} as const;
