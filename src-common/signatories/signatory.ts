import { z } from 'zod';

/** Where a signatory is in the sign-on process. */
export const SIGNATORY_STATUSES = ['invited', 'confirmed', 'declined', 'withdrawn'] as const;

/** One of {@link SIGNATORY_STATUSES}. */
export type SignatoryStatus = (typeof SIGNATORY_STATUSES)[number];

/** Longest display name accepted; real organization names stay far below it. */
export const MAX_NAME_LENGTH = 300;

/** Longest country, region or city of a chapter accepted. */
export const MAX_COUNTRY_LENGTH = 100;

/**
 * One organization (or chapter) on a letter's list, as shared with co-editors. Contact people, e-mails and phone
 * numbers are not here on purpose: they stay in the local directory, which `directoryId` links to.
 */
export const signatorySchema = z.object({
  id: z.string().min(1),
  /** The name as it should be printed, without the chapter ("Students for a Free Tibet"). */
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  /** The country, region or city of this chapter or organization ("Canada", "Los Angeles"); empty when none. */
  country: z.string().trim().max(MAX_COUNTRY_LENGTH).default(''),
  /** Free labels such as the constituency ("Uyghur", "Tibetan", "Hong Kong"). */
  tags: z.array(z.string().trim().min(1).max(60)).default([]),
  status: z.enum(SIGNATORY_STATUSES),
  /** When the organization confirmed, as YYYY-MM-DD, or empty. */
  confirmedOn: z.union([z.literal(''), z.iso.date()]).default(''),
  /** A note shared with co-editors ("signed by phone, e-mail to follow"). */
  note: z.string().max(2000).default(''),
  /** The co-editor who added the entry, as shown to others. */
  addedBy: z.string().max(200).default(''),
  /** The matching entry of this computer's organization directory, when linked. */
  directoryId: z.string().min(1).optional(),
});

/** See {@link signatorySchema}. */
export type Signatory = z.output<typeof signatorySchema>;

/** The printed form: "Students for a Free Tibet – Canada" for a chapter, else the name alone. */
export function displayName(entry: { name: string; country?: string }): string {
  const country = entry.country?.trim() ?? '';
  return country === '' ? entry.name.trim() : `${entry.name.trim()} – ${country}`;
}

/**
 * True when a name and country fit {@link signatorySchema}. A pasted "name" of thousands of characters is a paragraph
 * or a whole list on one line: callers leave it out (the block parser says so) rather than fail the whole paste.
 */
export function fitsSignatory(entry: { name: string; country: string }): boolean {
  const name = entry.name.trim();
  return name !== '' && name.length <= MAX_NAME_LENGTH && entry.country.trim().length <= MAX_COUNTRY_LENGTH;
}

/** How many signatories have confirmed; chapters count as separate organizations. */
export function confirmedCount(signatories: readonly Pick<Signatory, 'status'>[]): number {
  return signatories.filter((signatory) => signatory.status === 'confirmed').length;
}
