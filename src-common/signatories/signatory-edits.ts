import type * as Y from 'yjs';
import { signatoriesMap } from './signatories-doc';
import { signatorySchema, SIGNATORY_KINDS, type Signatory, type SignatoryKind } from './signatory';
import { storedPlace, writePlace } from './stored-place';

/**
 * The details a person may change on one entry; status has its own function because its changes are recorded.
 * `kind` is '' for "not set", so that a person can take a kind back.
 */
export type SignatoryDetails = Pick<Signatory, 'name' | 'country' | 'chapter' | 'tags' | 'note'> & {
  kind: SignatoryKind | '';
};

/**
 * Writes only the fields given that differ from what the entry holds. Each field is its own key of the entry's
 * Y.Map, so a co-editor who changed another field of the same entry keeps that change after merging; writing an
 * unchanged field would needlessly compete with theirs. Tags are stored as one plain array, so when two people change
 * the tags of the same entry offline the later write wins as a whole: rare enough, and the lost tags are easy to add
 * again. Returns false when the entry is gone (deleted by a co-editor) or the new details are not valid.
 */
export function updateSignatoryDetails(doc: Y.Doc, id: string, details: Partial<SignatoryDetails>): boolean {
  const fields = signatoriesMap(doc).get(id);
  if (!fields) {
    return false;
  }
  const { kind, ...rest } = details;
  const parsed = signatorySchema
    .pick({ name: true, country: true, chapter: true, tags: true, note: true })
    .partial()
    .safeParse(rest.tags ? { ...rest, tags: uniqueTags(rest.tags) } : rest);
  if (!parsed.success || (kind !== undefined && kind !== '' && !SIGNATORY_KINDS.includes(kind))) {
    return false;
  }
  const next = parsed.data;
  doc.transact(() => {
    for (const key of ['name', 'note'] as const) {
      // The schema fills a missing field with its default: only the fields given are written. A field at its
      // default is not stored (see addSignatories): absent reads as ''.
      const value = next[key];
      if (details[key] !== undefined && value !== undefined && (fields.get(key) ?? '') !== value) {
        fields.set(key, value);
      }
    }
    if (details.tags && next.tags && !sameTags(fields.get('tags'), next.tags)) {
      fields.set('tags', next.tags);
    }
    if (kind !== undefined) {
      writeKind(fields, kind);
    }
    if (details.country !== undefined || details.chapter !== undefined) {
      writeGivenPlace(fields, details, next);
    }
  });
  return true;
}

// The half of the place not given keeps its value, as read (an older app may have written it as text).
function writeGivenPlace(
  fields: Y.Map<unknown>,
  given: Partial<SignatoryDetails>,
  next: Partial<Pick<Signatory, 'country' | 'chapter'>>,
): void {
  const current = storedPlace(fields.toJSON());
  const place = {
    country: given.country === undefined ? current.country : (next.country ?? ''),
    chapter: given.chapter === undefined ? current.chapter : (next.chapter ?? ''),
  };
  if (place.country !== current.country || place.chapter !== current.chapter) {
    writePlace(fields, place);
  }
}

// "Not set" is no key at all, as an entry that never had a kind reads.
function writeKind(fields: Y.Map<unknown>, kind: SignatoryKind | ''): void {
  const current = fields.get('kind');
  if (kind === '' && current !== undefined) {
    fields.delete('kind');
  } else if (kind !== '' && current !== kind) {
    fields.set('kind', kind);
  }
}

/** Adds one tag to several entries (the bulk "Add tag…"); entries that already carry it are left alone. */
export function addTagToSignatories(doc: Y.Doc, ids: readonly string[], tag: string): void {
  const clean = tag.trim();
  if (clean === '') {
    return;
  }
  doc.transact(() => {
    for (const id of ids) {
      const fields = signatoriesMap(doc).get(id);
      const current = fields ? storedTags(fields.get('tags')) : [];
      if (fields && !current.some((existing) => sameTag(existing, clean))) {
        fields.set('tags', [...current, clean]);
      }
    }
  });
}

/** "Uyghur, Tibetan ,, Hong Kong" as a list of tags, blanks and repeats (in any letter case) dropped. */
export function parseTags(text: string): string[] {
  return uniqueTags(text.split(/[,،、]/));
}

function uniqueTags(tags: readonly string[]): string[] {
  const kept: string[] = [];
  for (const tag of tags.map((value) => value.trim())) {
    if (tag !== '' && !kept.some((existing) => sameTag(existing, tag))) {
      kept.push(tag);
    }
  }
  return kept;
}

function sameTag(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}

function storedTags(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : [];
}

function sameTags(stored: unknown, next: readonly string[]): boolean {
  const current = storedTags(stored);
  return current.length === next.length && current.every((tag, index) => tag === next[index]);
}
