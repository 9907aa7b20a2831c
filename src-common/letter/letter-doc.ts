import * as Y from 'yjs';
import { z } from 'zod';

/** The Y.XmlFragment holding the letter's body as ProseMirror content. */
export const BODY_FIELD = 'body';

/** The Y.Map holding the letter's metadata. */
export const META_FIELD = 'meta';

/** Where a letter is in its life. */
export const LETTER_STATUSES = ['draft', 'circulating', 'closed', 'published'] as const;

/** One of {@link LETTER_STATUSES}. */
export type LetterStatus = (typeof LETTER_STATUSES)[number];

/** A calendar date as YYYY-MM-DD, or empty when not set. */
export const optionalDateSchema = z.union([z.literal(''), z.iso.date()]);

/** Headings people give the notes section of a letter. */
export const NOTES_HEADINGS = ['Notes', 'Editors’ Notes', 'References', 'Endnotes'] as const;

/** The most signatories a letter may say it does not list by name. */
export const MAX_UNLISTED_SIGNATORIES = 1_000_000;

/** The letter's metadata as stored in its Y.Doc. */
export const letterMetaSchema = z.object({
  title: z.string(),
  status: z.enum(LETTER_STATUSES),
  signOnDeadline: optionalDateSchema,
  publicationDate: optionalDateSchema,
  /** The heading of the notes section; files written before it existed read as "Notes". */
  notesHeading: z.string().max(80).default('Notes'),
  /**
   * How many signed beyond the names listed ("…and 40 more organizations"): counted with the list and printed
   * after it. Files written before it existed read as 0.
   */
  unlistedSignatories: z.number().int().min(0).max(MAX_UNLISTED_SIGNATORIES).default(0),
});

/** See {@link letterMetaSchema}. */
export type LetterMeta = z.output<typeof letterMetaSchema>;

/** Metadata of a letter nobody has described yet. */
export const EMPTY_META: LetterMeta = {
  title: '',
  status: 'draft',
  signOnDeadline: '',
  publicationDate: '',
  notesHeading: 'Notes',
  unlistedSignatories: 0,
};

/** The title shown for a letter whose title is blank. */
export const UNTITLED = 'Untitled letter';

/** Reads the metadata, falling back field by field when a value is missing or malformed. */
export function readLetterMeta(doc: Y.Doc): LetterMeta {
  const map = doc.getMap<unknown>(META_FIELD);
  const fields = letterMetaSchema.partial().safeParse(Object.fromEntries(map.entries()));
  const stored = fields.success ? fields.data : {};
  return {
    title: stored.title ?? EMPTY_META.title,
    status: stored.status ?? EMPTY_META.status,
    signOnDeadline: stored.signOnDeadline ?? EMPTY_META.signOnDeadline,
    publicationDate: stored.publicationDate ?? EMPTY_META.publicationDate,
    notesHeading: stored.notesHeading ?? EMPTY_META.notesHeading,
    unlistedSignatories: stored.unlistedSignatories ?? EMPTY_META.unlistedSignatories,
  };
}

/** Changes some metadata fields in one transaction (so one undo step and one update). */
export function updateLetterMeta(doc: Y.Doc, patch: Partial<LetterMeta>, origin: unknown = null): void {
  const map = doc.getMap<unknown>(META_FIELD);
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined && map.get(key) !== value) {
        map.set(key, value);
      }
    }
  }, origin);
}

/**
 * The first state of a new letter. Only the letter's creator calls this, once: seeding a doc that is already
 * shared would duplicate content when the copies merge.
 */
export function seedLetter(title: string): Uint8Array {
  const doc = new Y.Doc();
  updateLetterMeta(doc, { ...EMPTY_META, title });
  doc.getXmlFragment(BODY_FIELD);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** The title to show: the stored one, or "Untitled letter". */
export function displayTitle(title: string): string {
  return title.trim() === '' ? UNTITLED : title.trim();
}
