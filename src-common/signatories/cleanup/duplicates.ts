import { NO_ALIASES, type AliasIndex } from './aliases';
import { editDistance } from './edit-distance';
import { explainSameKey, nameKey, type NameKey } from './name-key';
import { joinNearNames, MIN_NEAR_WORD } from './near-duplicates';
import { CONNECTORS } from './vocabulary';
import { pushTo } from '../../collections';

/** A name to check, with its chapter's country if it has one. */
export interface NamedEntry {
  name: string;
  country?: string;
}

/** One entry that repeats another, with the reason in plain words. */
export interface DuplicateMatch {
  /** The entry that repeats. */
  index: number;
  /** The entry to keep: the best-written one of the group. */
  duplicateOf: number;
  /** `exact`: same name after normalising; `alias`: the directory says so; `near`: spelling or language differs. */
  kind: 'exact' | 'alias' | 'near';
  /** Why ("same name after normalising", "differs by one letter (“Uighur” / “Uyghur”)", "alias of …"). */
  explanation: string;
}

/** Options for {@link findDuplicates}. */
export interface DuplicateOptions {
  /** The directory's names and aliases (see buildAliasIndex). */
  aliases?: AliasIndex;
}

/**
 * Finds entries that name the same organization as another entry: equal after normalising, equal apart from
 * spelling, language, word order or how fully the place is named, listed in the directory as aliases, or one
 * letter apart in one word. The same organization in another country or city is a chapter, not a duplicate.
 * Entries are grouped through indexes (never compared all against all), so 10,000 names take milliseconds.
 */
export function findDuplicates(
  entries: readonly NamedEntry[],
  options: DuplicateOptions = {},
): DuplicateMatch[] {
  const aliases = options.aliases ?? NO_ALIASES;
  const keys = entries.map((entry) => nameKey(entry.name, entry.country ?? ''));
  const groups = new UnionFind(entries.length);
  // Equal normalised names have equal compact ones (and only empty names have an empty one): one pass for both.
  unionEqual(groups, keys, (key) => key.compact);
  unionEqual(groups, keys, (key) => (key.core.length === 0 ? null : key.canonical));
  unionEqual(groups, keys, (key) => aliases.lookup(key));
  joinNearNames(keys, (a, b) => groups.union(a, b));
  unionShortForms(groups, entries, keys);
  return describeGroups(groups, entries, keys, aliases);
}

// "Intervozes - Coletivo Brasil de Comunicação Social" beside "Coletivo Brasil de Comunicação Social", "Rede X
// (UECE)" beside "Rede X": the full name with its short name or acronym is the same organization. Each entry looks
// up its full name among the others' names once: linear in the list.
function unionShortForms(groups: UnionFind, entries: readonly NamedEntry[], keys: readonly NameKey[]): void {
  const byCompact = new Map<string, number>();
  keys.forEach((key, index) => {
    if (key.compact !== '' && !byCompact.has(key.compact)) {
      byCompact.set(key.compact, index);
    }
  });
  entries.forEach((entry, index) => {
    for (const full of fullNamesIn(entry.name)) {
      const other = byCompact.get(nameKey(full, entry.country ?? '').compact);
      if (other !== undefined && other !== index) {
        groups.union(other, index);
      }
    }
  });
}

const SHORT_FORM_MARK = /[(（\-–—]/u;
const WITH_ACRONYM = /^(.*\S)\s*[(（]([^()（）\s]+)[)）]$/u;
const SHORT_THEN_FULL = /^(\S+)\s+[-–—]\s+(.+)$/u;
const FULL_THEN_SHORT = /^(.+?)\s+[-–—]\s+(\S+)$/u;

/** The full name inside a name written with its short form: "X (ABC)", "Short - Full Name", "Full Name – ABC". */
export function fullNamesIn(name: string): string[] {
  const found: string[] = [];
  if (!SHORT_FORM_MARK.test(name)) {
    return found;
  }
  const words = (text: string) => text.split(/\s+/u).length;
  const bracketed = WITH_ACRONYM.exec(name);
  if (bracketed?.[1] !== undefined && words(bracketed[1]) >= 2) {
    found.push(bracketed[1]);
  }
  const shortFirst = SHORT_THEN_FULL.exec(name);
  if (shortFirst?.[2] !== undefined && words(shortFirst[2]) >= 3) {
    found.push(shortFirst[2]);
  }
  const shortLast = FULL_THEN_SHORT.exec(name);
  if (shortLast?.[1] !== undefined && words(shortLast[1]) >= 3) {
    found.push(shortLast[1]);
  }
  return found;
}

function unionEqual(
  groups: UnionFind,
  keys: readonly NameKey[],
  keyOf: (key: NameKey) => string | null,
): void {
  const first = new Map<string, number>();
  keys.forEach((key, index) => {
    const value = keyOf(key);
    if (value === null) {
      return;
    }
    const earlier = first.get(value);
    if (earlier === undefined) {
      first.set(value, index);
    } else {
      groups.union(earlier, index);
    }
  });
}

function describeGroups(
  groups: UnionFind,
  entries: readonly NamedEntry[],
  keys: readonly NameKey[],
  aliases: AliasIndex,
): DuplicateMatch[] {
  const roots = keys.map((_, index) => groups.find(index));
  const sizes = new Map<number, number>();
  roots.forEach((root) => sizes.set(root, (sizes.get(root) ?? 0) + 1));
  const members = new Map<number, number[]>();
  roots.forEach((root, index) => {
    if ((sizes.get(root) ?? 0) > 1) {
      pushTo(members, root, index);
    }
  });
  const matches: DuplicateMatch[] = [];
  for (const group of members.values()) {
    if (group.length < 2) {
      continue;
    }
    const keeper = bestWritten(group, entries, keys, aliases);
    for (const index of group) {
      if (index !== keeper) {
        const shortForm = isShortForm(entries[index]?.name ?? '', entries[keeper]?.name ?? '');
        const explained = shortForm
          ? { kind: 'near' as const, explanation: 'the same name, once with its short name or acronym' }
          : explainPair(keys, index, keeper, aliases);
        matches.push({ index, duplicateOf: keeper, ...explained });
      }
    }
  }
  return matches.sort((a, b) => a.index - b.index);
}

function isShortForm(a: string, b: string): boolean {
  const same = (full: string, other: string) => nameKey(full).compact === nameKey(other).compact;
  return fullNamesIn(a).some((full) => same(full, b)) || fullNamesIn(b).some((full) => same(full, a));
}

function explainPair(
  keys: readonly NameKey[],
  index: number,
  keeper: number,
  aliases: AliasIndex,
): Pick<DuplicateMatch, 'kind' | 'explanation'> {
  const a = keys[index];
  const b = keys[keeper];
  if (!a || !b) {
    return { kind: 'near', explanation: 'looks like the same organization' };
  }
  if (a.normalised === b.normalised || a.compact === b.compact) {
    return { kind: 'exact', explanation: explainSameKey(a, b) };
  }
  if (a.canonical === b.canonical) {
    return { kind: 'near', explanation: explainSameKey(a, b) };
  }
  const directoryName = aliases.lookup(a);
  if (directoryName !== null && directoryName === aliases.lookup(b)) {
    return { kind: 'alias', explanation: `alias of “${directoryName}”` };
  }
  return { kind: 'near', explanation: explainNear(a, b) };
}

function explainNear(a: NameKey, b: NameKey): string {
  const onlyA = a.core.filter((word) => !b.core.includes(word));
  const onlyB = b.core.filter((word) => !a.core.includes(word));
  const [wordA] = onlyA;
  const [wordB] = onlyB;
  if (onlyA.length === 1 && onlyB.length === 1 && wordA !== undefined && wordB !== undefined) {
    const letters = editDistance(wordA, wordB, 2);
    return `differs by ${letters === 1 ? 'one letter' : 'two letters'} (“${wordA}” / “${wordB}”)`;
  }
  return 'looks like the same organization as another entry that matches both';
}

// The entry kept from a group: the directory's own name, then the one written with capitals, the usual spelling,
// in English and with its place, then the first one listed.
function bestWritten(
  group: readonly number[],
  entries: readonly NamedEntry[],
  keys: readonly NameKey[],
  aliases: AliasIndex,
): number {
  let best = group[0] ?? 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const index of group) {
    const score = writingScore(entries[index], keys[index], aliases);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  return best;
}

function writingScore(entry: NamedEntry | undefined, key: NameKey | undefined, aliases: AliasIndex): number {
  if (!entry || !key) {
    return 0;
  }
  const directoryName = aliases.lookup(key);
  let score =
    directoryName !== null && nameKey(directoryName).normalised === nameKey(entry.name).normalised ? 100 : 0;
  score += hasLowercaseWord(entry.name) ? 0 : 4;
  score += key.mappings.some((mapping) => mapping.why === 'spelling') ? 0 : 2;
  score += key.mappings.some((mapping) => mapping.why === 'translation') ? 0 : 1;
  score += (entry.country ?? '').trim() === '' ? 0 : 1;
  return score;
}

// "Dutch Uyghur human rights foundation" was typed in a hurry; "Dutch Uyghur Human Rights Foundation" was not.
function hasLowercaseWord(name: string): boolean {
  return name
    .split(/\s+/u)
    .some((word) => word.length >= MIN_NEAR_WORD && /^\p{Ll}/u.test(word) && !CONNECTORS.has(word));
}

class UnionFind {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, index) => index);
  }

  find(index: number): number {
    let root = index;
    while ((this.parent[root] ?? root) !== root) {
      root = this.parent[root] ?? root;
    }
    let current = index;
    while (current !== root) {
      const next = this.parent[current] ?? root;
      this.parent[current] = root;
      current = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) {
      this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    }
  }
}
