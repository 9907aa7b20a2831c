import { z } from 'zod';
import { hasControlCharacter } from '../text/text-rules';

const field = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine(
      (text) => !hasControlCharacter(text.replace(/[\n\t]/g, ' ')),
      'must not contain control characters',
    );

/** A source as the person enters it. */
export const citationInputSchema = z.strictObject({
  title: field(500),
  author: field(300).default(''),
  publisher: field(300).default(''),
  date: field(40).default(''),
  url: field(2000).default(''),
  archivedUrl: field(2000).default(''),
  notes: field(5000).default(''),
});

/** A source in the library. */
export const citationSchema = z.object({
  id: z.string(),
  title: z.string(),
  author: z.string(),
  publisher: z.string(),
  date: z.string(),
  url: z.string(),
  archivedUrl: z.string(),
  notes: z.string(),
  updatedAt: z.number().int(),
});

/** See {@link citationSchema}. */
export type Citation = z.output<typeof citationSchema>;

/** See {@link citationInputSchema}. */
export type CitationInput = z.output<typeof citationInputSchema>;

/** The channels of the citation library, merged into the contract. */
export const citationChannels = {
  'citations:search': {
    request: z.strictObject({
      query: z.string().max(200),
      limit: z.number().int().min(1).max(100).default(20),
    }),
    response: z.array(citationSchema),
  },
  'citations:secureUrls': { request: z.strictObject({}), response: z.array(z.string()) },
  'citations:save': {
    request: z.strictObject({ id: z.string().max(64).optional(), citation: citationInputSchema }),
    response: citationSchema,
  },
} as const;
