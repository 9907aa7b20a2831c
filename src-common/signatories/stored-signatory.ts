import { z } from 'zod';
import { isCountryCode } from './country-names';
import {
  MAX_ADDED_BY_LENGTH,
  MAX_CHAPTER_LENGTH,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_TAG_LENGTH,
  SIGNATORY_KINDS,
  SIGNATORY_STATUSES,
  type Signatory,
  type SignatoryKind,
  type SignatoryStatus,
} from './signatory';

// An entry as this app writes it is already in the schema's own form: its strings trimmed and within bounds, its
// status one of four. Such an entry is read here in a few comparisons; zod's general parse costs about 15 µs an
// entry, 30 ms for a list of 2,000 as a letter opens. Anything else (a co-editor's or an older app's shape, a
// string with spaces around it, a field this reading does not know) returns null and goes through the schema.

/** The schema's fields, in its order: `readSignatories`' test holds this list to the schema's. */
export const CANONICAL_FIELDS = [
  'id',
  'name',
  'country',
  'chapter',
  'tags',
  'status',
  'confirmedOn',
  'note',
  'addedBy',
  'directoryId',
  'kind',
] as const;

const ISO_DATE = z.iso.date();

/**
 * The entry exactly as `signatorySchema.parse` would give it (the same fields, values and key order) when `fields`
 * are already in that form; null when they are not, or when parsing could change or refuse them.
 */
export function canonicalSignatory(fields: Readonly<Record<string, unknown>>): Signatory | null {
  const { id, name, tags, status, directoryId, kind } = fields;
  // A missing field reads as its default; any other value, null too, must be of the field's own type.
  const country = orEmpty(fields.country);
  const chapter = orEmpty(fields.chapter);
  const confirmedOn = orEmpty(fields.confirmedOn);
  const note = orEmpty(fields.note);
  const addedBy = orEmpty(fields.addedBy);
  if (
    !isNonEmpty(id) ||
    !isTrimmed(name, 1, MAX_NAME_LENGTH) ||
    !isCanonicalCountry(country) ||
    !isTrimmed(chapter, 0, MAX_CHAPTER_LENGTH) ||
    !isStatus(status) ||
    !isDateOrEmpty(confirmedOn) ||
    !isShorterText(note, MAX_NOTE_LENGTH) ||
    !isShorterText(addedBy, MAX_ADDED_BY_LENGTH) ||
    !(directoryId === undefined || isNonEmpty(directoryId)) ||
    !(kind === undefined || isKind(kind))
  ) {
    return null;
  }
  const tagList = canonicalTags(tags);
  if (tagList === null) {
    return null;
  }
  const entry: Signatory = { id, name, country, chapter, tags: tagList, status, confirmedOn, note, addedBy };
  // Set in the schema's order, so the entry's keys come out as its parse would give them.
  if (directoryId !== undefined) {
    entry.directoryId = directoryId;
  }
  if (kind !== undefined) {
    entry.kind = kind;
  }
  return entry;
}

function orEmpty(value: unknown): unknown {
  return value === undefined ? '' : value;
}

function isNonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isTrimmed(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max && value.trim() === value;
}

function isShorterText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isCanonicalCountry(value: unknown): value is string {
  if (value === '') {
    return true;
  }
  return typeof value === 'string' && value.trim().toUpperCase() === value && isCountryCode(value);
}

function isStatus(value: unknown): value is SignatoryStatus {
  return SIGNATORY_STATUSES.some((known) => known === value);
}

function isKind(value: unknown): value is SignatoryKind {
  return SIGNATORY_KINDS.some((known) => known === value);
}

function isDateOrEmpty(value: unknown): value is string {
  return value === '' || (typeof value === 'string' && ISO_DATE.safeParse(value).success);
}

function canonicalTags(value: unknown): string[] | null {
  if (value === undefined) {
    return [];
  }
  if (!Array.isArray(value)) {
    return null;
  }
  const tags: string[] = [];
  for (const tag of value) {
    if (!isTrimmed(tag, 1, MAX_TAG_LENGTH)) {
      return null;
    }
    tags.push(tag);
  }
  return tags;
}
