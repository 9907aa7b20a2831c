import { withinOneEdit } from './edit-distance';
import type { NameKey } from './name-key';

// Names alike in all words but one ("Uighur Association Victoria" / "Uyghur Association Victoria") are found
// without comparing every name with every other: each name goes into one bucket per word, keyed by a hash of its
// other words and its places; only names sharing a bucket are compared, and only their odd words. Hashes instead
// of joined strings keep 10,000 names to a few milliseconds; comparing each distinct word once, through its
// one-letter deletions, keeps 100,000 names (an import's cap) to well under a second.

/** Shortest word a one-letter difference counts in: "HK" and "UK" are different names, not a typo. */
export const MIN_NEAR_WORD = 4;

/**
 * Most other words, in names otherwise the same, that a word may be one letter from and still be read as a typo
 * of one of them. A word near more ("Alliance Abcd" beside "Abce", "Abcf", "Abed", "Xbcd"…) belongs to a family of
 * names made alike on purpose (lettered chapters, a generated list): joining them would make one group of
 * thousands and tens of thousands of suggestions that help nobody. "Uyghur", "Uighur", "Uygur", "Uyghr" still join.
 */
export const MAX_NEAR_SPELLINGS = 3;

// Longer "words" are a pasted address or a run of letters, not a word of a name; skipping them bounds the work.
const MAX_NEAR_WORD = 64;
// Bucket members are packed as `index * MAX_WORDS + position`, below MEMBER_SPACE; with a bucket hash of
// BUCKET_BITS in front they stay below 2^53, exact in a double. More collisions than a 32-bit hash cost nothing:
// buckets are split by their real words anyway (see wordsByRest).
const MAX_WORDS = 32;
const BUCKET_BITS = 24;
const MEMBER_SPACE = 2 ** 29;
// Up to this many distinct words in a bucket, all pairs are compared; above it, pairs are found through
// one-letter deletions instead.
const PAIRWISE_LIMIT = 24;
// A one-letter deletion shared by more words than this is a family too (see MAX_NEAR_SPELLINGS); skipping it
// keeps the pairs compared per deletion bounded.
const FAMILY_LIMIT = 12;

/** Calls `join` for each pair of names whose core words differ in one word by one letter, in the same places. */
export function joinNearNames(keys: readonly NameKey[], join: (a: number, b: number) => void): void {
  for (const bucket of sharedBuckets(keys)) {
    for (const words of wordsByRest(keys, bucket)) {
      const names = [...words.values()];
      for (const [a, b] of typoPairs([...words.keys()])) {
        join(names[a] ?? 0, names[b] ?? 0);
      }
    }
  }
}

// The buckets of more than one name, each as its members (`index * MAX_WORDS + position`) in list order. Each
// member is packed with its bucket's hash into one number and the numbers sorted, so a bucket's members end up
// side by side: a typed array sorts 300,000 numbers in tens of milliseconds and leaves no garbage, unlike a map.
function sharedBuckets(keys: readonly NameKey[]): number[][] {
  const packed: number[] = [];
  keys.forEach((key, index) => {
    const words = key.sortedCore;
    if (words.length < 2 || words.length > MAX_WORDS) {
      return;
    }
    const hashes = words.map((word) => hash(word, 0x811c9dc5));
    const base = hash(key.places.join(' '), words.length);
    words.forEach((word, position) => {
      if (word.length < MIN_NEAR_WORD || word.length > MAX_NEAR_WORD || words[position - 1] === word) {
        return;
      }
      let bucket = base;
      hashes.forEach((wordHash, other) => {
        bucket = other === position ? bucket : Math.imul(bucket ^ wordHash, 0x01000193) >>> 0;
      });
      packed.push((bucket >>> (32 - BUCKET_BITS)) * MEMBER_SPACE + index * MAX_WORDS + position);
    });
  });
  const sorted = Float64Array.from(packed).sort();
  const buckets: number[][] = [];
  let start = 0;
  for (let end = 1; end <= sorted.length; end += 1) {
    const bucket = Math.floor((sorted[start] ?? 0) / MEMBER_SPACE);
    if (end < sorted.length && Math.floor((sorted[end] ?? 0) / MEMBER_SPACE) === bucket) {
      continue;
    }
    if (end - start > 1) {
      buckets.push(Array.from(sorted.subarray(start, end), (value) => value % MEMBER_SPACE));
    }
    start = end;
  }
  return buckets;
}

/** Names of one bucket alike but for one word: the first name (index) with each distinct odd word. */
interface RestGroup {
  index: number;
  position: number;
  words: Map<string, number>;
}

// Buckets are keyed by a hash, so they are split by their real other words and places; nearly always into one
// group, so each name is compared word by word with the groups' first names rather than keyed by a joined string.
// Names with the same odd word too have the same canonical key and are joined already: one name per word is enough.
function wordsByRest(keys: readonly NameKey[], bucket: readonly number[]): Map<string, number>[] {
  const groups: RestGroup[] = [];
  for (const packed of bucket) {
    const index = Math.floor(packed / MAX_WORDS);
    const position = packed % MAX_WORDS;
    const key = keys[index];
    if (!key) {
      continue;
    }
    let group = groups.find((other) => sameRest(keys[other.index], other.position, key, position));
    if (!group) {
      group = { index, position, words: new Map() };
      groups.push(group);
    }
    const word = key.sortedCore[position] ?? '';
    if (!group.words.has(word)) {
      group.words.set(word, index);
    }
  }
  return groups.map((group) => group.words);
}

// The same words but the one at each position, and the same places.
function sameRest(a: NameKey | undefined, positionA: number, b: NameKey, positionB: number): boolean {
  if (!a || a.sortedCore.length !== b.sortedCore.length || a.places.length !== b.places.length) {
    return false;
  }
  for (let atA = 0, atB = 0; atA < a.sortedCore.length; atA += 1, atB += 1) {
    atA += atA === positionA ? 1 : 0;
    atB += atB === positionB ? 1 : 0;
    if (atA < a.sortedCore.length && a.sortedCore[atA] !== b.sortedCore[atB]) {
      return false;
    }
  }
  return a.places.every((place, at) => place === b.places[at]);
}

/** Distinct words one edit apart, and the words found to be in a family (see FAMILY_LIMIT). */
interface NearWords {
  pairs: [number, number][];
  family: Set<number>;
}

// The pairs of distinct words one edit apart, but for words of a family: near more than MAX_NEAR_SPELLINGS
// others, or sharing a one-letter deletion with more than FAMILY_LIMIT others.
function typoPairs(words: readonly string[]): [number, number][] {
  if (words.length < 2) {
    return [];
  }
  const near: NearWords =
    words.length <= PAIRWISE_LIMIT
      ? { pairs: allNearPairs(words), family: new Set() }
      : nearWordsThroughDeletions(words);
  const nearCount = new Map<number, number>();
  for (const pair of near.pairs) {
    for (const word of pair) {
      nearCount.set(word, (nearCount.get(word) ?? 0) + 1);
    }
  }
  const typo = (word: number): boolean =>
    !near.family.has(word) && (nearCount.get(word) ?? 0) <= MAX_NEAR_SPELLINGS;
  return near.pairs.filter(([a, b]) => typo(a) && typo(b));
}

function allNearPairs(words: readonly string[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let a = 0; a < words.length; a += 1) {
    for (let b = a + 1; b < words.length; b += 1) {
      if (withinOneEdit(words[a] ?? '', words[b] ?? '')) {
        pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

// Two words one edit apart share the word itself or one of its one-letter deletions. Pairs of two family words
// are not looked for: they never join, and in a list of lettered names they are nearly all the pairs.
function nearWordsThroughDeletions(words: readonly string[]): NearWords {
  const groups = deletionGroups(words);
  const family = new Set<number>();
  for (const group of groups) {
    if (group.length > FAMILY_LIMIT) {
      group.forEach((word) => family.add(word));
    }
  }
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const group of groups) {
    if (group.length > FAMILY_LIMIT) {
      continue;
    }
    group.forEach((a, position) => {
      for (const b of group.slice(position + 1)) {
        const id = a * words.length + b;
        if (family.has(a) && family.has(b)) {
          continue;
        }
        if (!seen.has(id) && withinOneEdit(words[a] ?? '', words[b] ?? '')) {
          seen.add(id);
          pairs.push([a, b]);
        }
      }
    });
  }
  return { pairs, family };
}

// The words (as indexes, ascending) sharing each one-letter deletion or whole word, for deletions shared at all.
// A deletion of one word is kept as a bare number, not an array: most are.
function deletionGroups(words: readonly string[]): number[][] {
  const byDeletion = new Map<string, number | number[]>();
  words.forEach((word, index) => {
    for (let cut = -1; cut < word.length; cut += 1) {
      const deletion = cut < 0 ? word : word.slice(0, cut) + word.slice(cut + 1);
      const group = byDeletion.get(deletion);
      if (group === undefined) {
        byDeletion.set(deletion, index);
      } else if (typeof group === 'number') {
        // "Aaron" gives "aron" twice; each word once per group.
        if (group !== index) {
          byDeletion.set(deletion, [group, index]);
        }
      } else if (group[group.length - 1] !== index) {
        group.push(index);
      }
    }
  });
  const groups: number[][] = [];
  for (const group of byDeletion.values()) {
    if (typeof group !== 'number') {
      groups.push(group);
    }
  }
  return groups;
}

function hash(text: string, seed: number): number {
  let value = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    value = Math.imul(value ^ text.charCodeAt(index), 0x01000193) >>> 0;
  }
  return value;
}
