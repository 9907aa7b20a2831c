import { buildAliasIndex } from './aliases';
import type { BlockOptions } from './block-parser';
import { nameKey } from './name-key';

/** A directory organization's names and place, as the clean-up engine and the linking of signatories read them. */
export interface DirectoryNames {
  id: string;
  name: string;
  aliases: readonly string[];
  country: string;
  /** The organization it is a chapter of, if any. */
  parentName: string | null;
}

/** What the clean-up engine learns from the directory: aliases for duplicates, and known names to cut merged lines. */
export function directoryBlockOptions(entries: readonly DirectoryNames[]): BlockOptions {
  return {
    aliases: buildAliasIndex(entries),
    knownNames: entries.flatMap((entry) => [entry.name, ...entry.aliases]),
  };
}

/** Keys of one name: normalised, then canonical (spelling variants, word order), so both can be looked up. */
function keysOf(name: string, country = ''): string[] {
  const key = nameKey(name, country);
  return [`n:${key.normalised}`, `c:${key.canonical}`];
}

/** A map from keys to entry ids where a key claimed by two different entries answers nothing. */
class UniqueKeys {
  private readonly ids = new Map<string, string | null>();

  add(keys: readonly string[], id: string): void {
    for (const key of keys) {
      const known = this.ids.get(key);
      this.ids.set(key, known === undefined || known === id ? id : null);
    }
  }

  find(keys: readonly string[]): string | null {
    for (const key of keys) {
      const id = this.ids.get(key);
      if (id) {
        return id;
      }
    }
    return null;
  }
}

/**
 * Finds the directory entry a signatory belongs to, through the name or any alias (spelling variants too) and its
 * chapter: "Students for a Free Tibet" in Canada is the Canadian entry (or a chapter entry under the organization),
 * and falls back to the organization's own entry when that has no country. A name two entries share in the same
 * place finds neither, rather than the wrong one.
 */
export function directoryIdFinder(
  entries: readonly DirectoryNames[],
): (name: string, country?: string) => string | null {
  const inPlace = new UniqueKeys();
  const withoutPlace = new UniqueKeys();
  const byNameOnly = new UniqueKeys();
  for (const entry of entries) {
    const names = [entry.name, ...entry.aliases];
    names.forEach((name) => inPlace.add(keysOf(name, entry.country), entry.id));
    if (entry.parentName !== null) {
      inPlace.add(keysOf(entry.parentName, entry.country || entry.name), entry.id);
    }
    names.forEach((name) => byNameOnly.add(keysOf(name), entry.id));
    if (entry.country === '') {
      names.forEach((name) => withoutPlace.add(keysOf(name), entry.id));
    }
  }
  return (name, country = '') =>
    inPlace.find(keysOf(name, country)) ??
    (country.trim() === '' ? byNameOnly.find(keysOf(name)) : withoutPlace.find(keysOf(name)));
}
