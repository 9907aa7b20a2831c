import { z } from 'zod';
import { isCountryCode } from './country-names';
import { placeText } from './signatory-place';

/** Where a signatory is in the sign-on process. */
export const SIGNATORY_STATUSES = ['invited', 'confirmed', 'declined', 'withdrawn'] as const;

/** One of {@link SIGNATORY_STATUSES}. */
export type SignatoryStatus = (typeof SIGNATORY_STATUSES)[number];

/** Whether an entry is an organization (or one of its chapters) or a person signing in their own name. */
export const SIGNATORY_KINDS = ['organization', 'person'] as const;

/** One of {@link SIGNATORY_KINDS}. */
export type SignatoryKind = (typeof SIGNATORY_KINDS)[number];

/** Longest display name accepted; real organization names stay far below it. */
export const MAX_NAME_LENGTH = 300;

/** Longest chapter (a city, a region, "Europe") accepted. */
export const MAX_CHAPTER_LENGTH = 100;
/** The longest tag, note and "added by" an entry may have. */
export const MAX_TAG_LENGTH = 60;
export const MAX_NOTE_LENGTH = 2000;
export const MAX_ADDED_BY_LENGTH = 200;

/** A country as its ISO 3166 alpha-2 code ("DE"), upper case, or empty when none. */
export const countryCodeSchema = z.union([
  z.literal(''),
  z.string().trim().toUpperCase().refine(isCountryCode, { message: 'Not an ISO 3166 country code' }),
]);

/**
 * One organization (or chapter) on a letter's list, as shared with co-editors. Contact people, e-mails and phone
 * numbers are not here on purpose: they stay in the local directory, which `directoryId` links to.
 */
export const signatorySchema = z.object({
  id: z.string().min(1),
  /** The name as it should be printed, without the chapter ("Students for a Free Tibet"). */
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  /** The organization's or chapter's country as an ISO 3166 code ("CA"); empty when none. */
  country: countryCodeSchema.default(''),
  /** The chapter: a city, region or other part of the world ("Los Angeles", "Europe"); empty when none. */
  chapter: z.string().trim().max(MAX_CHAPTER_LENGTH).default(''),
  /** Free labels such as the constituency ("Uyghur", "Tibetan", "Hong Kong"). */
  tags: z.array(z.string().trim().min(1).max(MAX_TAG_LENGTH)).default([]),
  status: z.enum(SIGNATORY_STATUSES),
  /** When the organization confirmed, as YYYY-MM-DD, or empty. */
  confirmedOn: z.union([z.literal(''), z.iso.date()]).default(''),
  /** A note shared with co-editors ("signed by phone, e-mail to follow"). */
  note: z.string().max(MAX_NOTE_LENGTH).default(''),
  /** The co-editor who added the entry, as shown to others. */
  addedBy: z.string().max(MAX_ADDED_BY_LENGTH).default(''),
  /** The matching entry of this computer's organization directory, when linked. */
  directoryId: z.string().min(1).optional(),
  /**
   * An organization or a person; absent when not known (an older letter, or an import that could not tell). A
   * person keeps their title and affiliation in `note`.
   */
  kind: z.enum(SIGNATORY_KINDS).optional(),
});

/** See {@link signatorySchema}. */
export type Signatory = z.output<typeof signatorySchema>;

/**
 * The printed form of a name with its place as written ("Students for a Free Tibet – Canada"), or the name alone:
 * for a pasted or imported entry, before its place is read as a country or chapter.
 */
export function displayName(entry: { name: string; country?: string }): string {
  const country = entry.country?.trim() ?? '';
  return country === '' ? entry.name.trim() : `${entry.name.trim()} – ${country}`;
}

/**
 * A signatory's printed form: "Students for a Free Tibet – Canada", "Amnesty International – Munich, Germany", or
 * the name alone; the country is named in `language`.
 */
export function signatoryName(
  entry: Pick<Signatory, 'name' | 'country' | 'chapter'>,
  language = 'en',
): string {
  const place = placeText(entry, language);
  return place === '' ? entry.name.trim() : `${entry.name.trim()} – ${place}`;
}

/**
 * True when a name and the place read with it (a country or chapter as written) fit {@link signatorySchema}. A
 * pasted "name" of thousands of characters is a paragraph or a whole list on one line: callers leave it out (the
 * block parser says so) rather than fail the whole paste.
 */
export function fitsSignatory(entry: { name: string; country: string }): boolean {
  const name = entry.name.trim();
  return name !== '' && name.length <= MAX_NAME_LENGTH && entry.country.trim().length <= MAX_CHAPTER_LENGTH;
}

/** How many signatories have confirmed; chapters count as separate organizations. */
export function confirmedCount(signatories: readonly Pick<Signatory, 'status'>[]): number {
  return signatories.filter((signatory) => signatory.status === 'confirmed').length;
}
