import type { Contact, DirectoryEntry, DirectoryEntryInput } from '../../src-common/api/directory-schemas';

/** A directory entry as its form holds it while the person edits. */
export interface EntryDraft {
  name: string;
  /** One alias per line. */
  aliases: string;
  parentId: string | null;
  parentName: string | null;
  country: string;
  website: string;
  /** Comma-separated. */
  tags: string;
  contacts: Contact[];
}

/** An empty form, for a new organization. */
export const EMPTY_DRAFT: EntryDraft = {
  name: '',
  aliases: '',
  parentId: null,
  parentName: null,
  country: '',
  website: '',
  tags: '',
  contacts: [],
};

/** The form for an existing entry. */
export function draftOf(entry: DirectoryEntry): EntryDraft {
  return {
    name: entry.name,
    aliases: entry.aliases.join('\n'),
    parentId: entry.parentId,
    parentName: entry.parentName,
    country: entry.country,
    website: entry.website,
    tags: entry.tags.join(', '),
    contacts: entry.contacts,
  };
}

/** What is sent to be saved; blank lines and tags are dropped. */
export function inputOf(draft: EntryDraft): DirectoryEntryInput {
  return {
    name: draft.name.trim(),
    aliases: splitList(draft.aliases, /\n/u),
    parentId: draft.parentId,
    country: draft.country.trim(),
    website: draft.website.trim(),
    tags: [...new Set(splitList(draft.tags, /[,،]/u))],
    contacts: draft.contacts.filter((contact) => contact.name + contact.email + contact.phone !== ''),
  };
}

// Uyghur text uses the Arabic comma, so a tag list typed in it splits too.
function splitList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
