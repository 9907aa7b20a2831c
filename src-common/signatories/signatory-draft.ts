import type { SignatoryKind } from './signatory';
import { parseTags, type SignatoryDetails } from './signatory-edits';

// The edit dialog keeps a draft beside the values it opened with (its base). A co-editor's change that arrives
// while it is open moves the base; fields the person has not touched follow it, and saving writes only the fields
// the person changed, so the dialog never puts back a value a co-editor has just replaced.

/** The edit dialog's fields as typed: tags as the comma-separated text of the box. */
export interface DetailsDraft {
  name: string;
  /** The country's ISO code, or empty. */
  country: string;
  chapter: string;
  tags: string;
  note: string;
  /** 'organization', 'person', or '' for not set. */
  kind: SignatoryKind | '';
}

/** A field of {@link DetailsDraft}. */
export type DraftField = keyof DetailsDraft;

const FIELDS: readonly DraftField[] = ['name', 'country', 'chapter', 'tags', 'note', 'kind'];

/** The draft an entry's stored details open as; an entry without a kind opens as "not set". */
export function draftOf(
  details: Omit<SignatoryDetails, 'kind'> & { kind?: SignatoryKind | '' },
): DetailsDraft {
  return {
    name: details.name,
    country: details.country,
    chapter: details.chapter,
    tags: details.tags.join(', '),
    note: details.note,
    kind: details.kind ?? '',
  };
}

/** What a co-editor's change does to an open draft. */
export interface Rebased {
  draft: DetailsDraft;
  /** Fields both the person and a co-editor changed: the person's value stays in the box, and saving keeps it. */
  conflicts: DraftField[];
}

/** Moves a draft from `base` to `latest`: untouched fields take the co-editor's value, edited ones stay. */
export function rebaseDraft(draft: DetailsDraft, base: DetailsDraft, latest: DetailsDraft): Rebased {
  const next = { ...draft };
  const conflicts: DraftField[] = [];
  for (const field of FIELDS) {
    if (sameValue(field, latest[field], base[field])) {
      continue;
    }
    if (sameValue(field, draft[field], base[field])) {
      copyField(next, latest, field);
    } else if (!sameValue(field, draft[field], latest[field])) {
      conflicts.push(field);
    }
  }
  return { draft: next, conflicts };
}

function copyField<K extends DraftField>(to: DetailsDraft, from: DetailsDraft, field: K): void {
  to[field] = from[field];
}

/** The fields the person changed from the base, as the details to save. */
export function draftChanges(draft: DetailsDraft, base: DetailsDraft): Partial<SignatoryDetails> {
  const changes: Partial<SignatoryDetails> = {};
  for (const field of FIELDS) {
    if (sameValue(field, draft[field], base[field])) {
      continue;
    }
    if (field === 'tags') {
      changes.tags = parseTags(draft.tags);
    } else if (field === 'kind') {
      changes.kind = draft.kind;
    } else {
      changes[field] = draft[field];
    }
  }
  return changes;
}

// "Uyghur,Tibetan" and "Uyghur, Tibetan" are the same tags; surrounding spaces of a name are not a change.
function sameValue(field: DraftField, a: string, b: string): boolean {
  if (field === 'tags') {
    return parseTags(a).join('\n') === parseTags(b).join('\n');
  }
  return field === 'note' || field === 'kind' ? a === b : a.trim() === b.trim();
}
