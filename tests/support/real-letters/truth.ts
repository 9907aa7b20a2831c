import { z } from 'zod';

/** One signatory as the published letter lists it. */
export const truthSignatorySchema = z.object({
  name: z.string().min(1),
  country: z.string().optional(),
  /** The chapter's place, when the letter prints one ("Students for a Free Tibet – Canada"). */
  chapter: z.string().optional(),
  kind: z.enum(['organization', 'person']),
  affiliation: z.string().optional(),
});

/** A statement of how many signed, and whether it holds for the letter's real list. */
export const countClaimSchema = z.object({
  text: z.string().min(1),
  count: z.number().int().nonnegative(),
  holds: z.boolean(),
});

/** `truth.json`: what a careful reader finds in one published letter, written by hand. */
export const truthSchema = z.object({
  source: z.string().min(1),
  retrievedFrom: z.string().optional(),
  language: z.string().min(2),
  shapes: z.array(z.string().min(1)),
  // Any input.* is accepted here: a form the import cannot read scores as a failed import, not a skipped letter.
  input: z.string().regex(/^input\.[a-z]+$/u),
  title: z.string(),
  body: z.array(z.string()),
  notes: z.array(z.object({ number: z.number().int(), urls: z.array(z.string()) })),
  signatories: z.array(truthSignatorySchema),
  duplicates: z.array(z.array(z.string())).default([]),
  countClaims: z.array(countClaimSchema).default([]),
  furniture: z.array(z.string()).default([]),
  hardCases: z.array(z.string()).default([]),
  /** What the truth holds that the import does not reach from this input, and why (an address only in a PDF link). */
  outOfReach: z.array(z.string()).default([]),
});

export type Truth = z.infer<typeof truthSchema>;
export type TruthSignatory = z.infer<typeof truthSignatorySchema>;
export type CountClaimTruth = z.infer<typeof countClaimSchema>;
