import type * as Y from 'yjs';
import { signatoriesMap } from './signatories-doc';
import type { Signatory, SignatoryStatus } from './signatory';
import { placeFromText, placeText } from './signatory-place';

/** What a directory entry contributes to a signatory picked from it. */
export interface DirectoryPick {
  id: string;
  name: string;
  parentName: string | null;
  country: string;
  tags: readonly string[];
}

/**
 * The signatory fields for a directory entry: a chapter is listed under its organization's name with its own
 * country or, lacking one, its own name as the chapter ("Students for a Free Tibet – Canada"). The directory keeps
 * its place as written ("Munich, Germany"), read here as a country and chapter.
 */
export function signatoryFieldsFor(
  entry: DirectoryPick,
): Pick<Signatory, 'name' | 'country' | 'chapter' | 'tags'> {
  const place = placeFromText(entry.country);
  if (entry.parentName === null) {
    return { name: entry.name, ...place, tags: [...entry.tags] };
  }
  const chapter = entry.country.trim() === '' ? { country: '', chapter: entry.name } : place;
  return { name: entry.parentName, ...chapter, tags: [...entry.tags] };
}

/**
 * What the directory is asked to find a signatory by: its link, its name and its place as the directory writes one
 * ("Munich, Germany"), cut to the directory's 100 characters.
 */
export function directoryRef(signatory: Pick<Signatory, 'directoryId' | 'name' | 'country' | 'chapter'>): {
  directoryId: string | undefined;
  name: string;
  country: string;
} {
  return {
    directoryId: signatory.directoryId,
    name: signatory.name,
    country: placeText(signatory).slice(0, 100),
  };
}

/** Links a signatory of the letter to a directory entry of this computer (only the id is shared, never contacts). */
export function linkToDirectory(doc: Y.Doc, signatoryId: string, directoryId: string): void {
  signatoriesMap(doc).get(signatoryId)?.set('directoryId', directoryId);
}

/**
 * The letter's organizations that are in the directory, with their statuses, for the directory's "letters signed".
 * `entryIdOf` says which entry a signatory is here (its link, or found by name). An organization listed twice
 * counts once, with the status that says most (confirmed, then invited, declined, withdrawn).
 */
export function directorySignatures<T extends Pick<Signatory, 'status'>>(
  signatories: readonly T[],
  entryIdOf: (signatory: T) => string | null,
): { entryId: string; status: SignatoryStatus }[] {
  const rank: Record<SignatoryStatus, number> = { confirmed: 0, invited: 1, declined: 2, withdrawn: 3 };
  const byEntry = new Map<string, SignatoryStatus>();
  for (const signatory of signatories) {
    const entryId = entryIdOf(signatory);
    const known = entryId === null ? undefined : byEntry.get(entryId);
    if (entryId !== null && (known === undefined || rank[signatory.status] < rank[known])) {
      byEntry.set(entryId, signatory.status);
    }
  }
  return [...byEntry].map(([entryId, status]) => ({ entryId, status }));
}
