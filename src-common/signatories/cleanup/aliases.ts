import { nameKey, type NameKey } from './name-key';

/** A directory organization and the other names it goes by (spellings, translations). */
export interface AliasEntry {
  name: string;
  aliases: readonly string[];
}

/** Finds the directory organization a name belongs to. */
export interface AliasIndex {
  /** The directory name for a name's key, or null when the directory does not know it. */
  lookup(key: NameKey): string | null;
}

/** An index that knows no names. */
export const NO_ALIASES: AliasIndex = { lookup: () => null };

/** Indexes directory names and their aliases by normalised and canonical key, so spelling variants still match. */
export function buildAliasIndex(entries: readonly AliasEntry[]): AliasIndex {
  const byKey = new Map<string, string>();
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = nameKey(name);
      byKey.set(`n:${key.normalised}`, entry.name);
      if (!byKey.has(`c:${key.canonical}`)) {
        byKey.set(`c:${key.canonical}`, entry.name);
      }
    }
  }
  return {
    lookup: (key) => byKey.get(`n:${key.normalised}`) ?? byKey.get(`c:${key.canonical}`) ?? null,
  };
}
