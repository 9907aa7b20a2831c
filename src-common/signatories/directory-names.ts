import { buildAliasIndex } from './aliases';
import type { BlockOptions } from './block-parser';
import { nameKey } from './name-key';

/** A directory organization's id, name and the other names it goes by, as the clean-up engine reads them. */
export interface DirectoryNames {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** What the clean-up engine learns from the directory: aliases for duplicates, and known names to cut merged lines. */
export function directoryBlockOptions(entries: readonly DirectoryNames[]): BlockOptions {
  return {
    aliases: buildAliasIndex(entries),
    knownNames: entries.flatMap((entry) => [entry.name, ...entry.aliases]),
  };
}

/**
 * Finds the directory entry a pasted name belongs to, through its name or any alias (spelling variants too), so a
 * signatory added from a pasted list is linked to the organization the directory already knows.
 */
export function directoryIdFinder(
  entries: readonly DirectoryNames[],
): (name: string, country?: string) => string | null {
  const index = buildAliasIndex(entries);
  const idByName = new Map<string, string>();
  for (const entry of entries) {
    if (!idByName.has(entry.name)) {
      idByName.set(entry.name, entry.id);
    }
  }
  return (name, country = '') => {
    const found = index.lookup(nameKey(name, country)) ?? index.lookup(nameKey(name));
    return found === null ? null : (idByName.get(found) ?? null);
  };
}
