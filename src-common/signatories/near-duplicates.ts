import { editDistance } from './edit-distance';
import type { NameKey } from './name-key';

// Names alike in all words but one ("Uighur Association Victoria" / "Uyghur Association Victoria") are found
// without comparing every name with every other: each name goes into one bucket per word, keyed by a hash of its
// other words and its places; only names sharing a bucket are compared, and only their odd words. Hashes instead
// of joined strings, and bare numbers for one-name buckets, keep 10,000 names to a few milliseconds.

/** Shortest word a one-letter difference counts in: "HK" and "UK" are different names, not a typo. */
export const MIN_NEAR_WORD = 4;

// Bucket members are packed as `index * MAX_WORDS + position`.
const MAX_WORDS = 32;
// Above this many names in a bucket, pairs are found through one-letter deletions instead of all pairs.
const PAIRWISE_LIMIT = 24;

interface Member {
  index: number;
  position: number;
  word: string;
}

/** Calls `join` for each pair of names whose core words differ in one word by one letter, in the same places. */
export function joinNearNames(keys: readonly NameKey[], join: (a: number, b: number) => void): void {
  const buckets = new Map<number, number | number[]>();
  keys.forEach((key, index) => {
    const words = key.sortedCore;
    if (words.length < 2 || words.length > MAX_WORDS) {
      return;
    }
    const hashes = words.map((word) => hash(word, 0x811c9dc5));
    const base = hash(key.places.join(' '), words.length);
    words.forEach((word, position) => {
      if (word.length < MIN_NEAR_WORD || words[position - 1] === word) {
        return;
      }
      let bucket = base;
      hashes.forEach((wordHash, other) => {
        bucket = other === position ? bucket : Math.imul(bucket ^ wordHash, 0x01000193) >>> 0;
      });
      addToBucket(buckets, bucket, index * MAX_WORDS + position);
    });
  });
  for (const bucket of buckets.values()) {
    if (typeof bucket !== 'number') {
      joinBucket(
        keys,
        bucket.map((packed) => unpack(keys, packed)),
        join,
      );
    }
  }
}

function addToBucket(buckets: Map<number, number | number[]>, key: number, value: number): void {
  const bucket = buckets.get(key);
  if (bucket === undefined) {
    buckets.set(key, value);
  } else if (typeof bucket === 'number') {
    buckets.set(key, [bucket, value]);
  } else {
    bucket.push(value);
  }
}

function unpack(keys: readonly NameKey[], packed: number): Member {
  const index = Math.floor(packed / MAX_WORDS);
  const position = packed % MAX_WORDS;
  return { index, position, word: keys[index]?.sortedCore[position] ?? '' };
}

function joinBucket(
  keys: readonly NameKey[],
  members: readonly Member[],
  join: (a: number, b: number) => void,
): void {
  if (members.length <= PAIRWISE_LIMIT) {
    members.forEach((a, i) => {
      for (const b of members.slice(i + 1)) {
        if (a.word !== b.word && editDistance(a.word, b.word, 1) <= 1 && sameRest(keys, a, b)) {
          join(a.index, b.index);
        }
      }
    });
    return;
  }
  // Two words one edit apart share the word itself or one of its one-letter deletions.
  const byVariant = new Map<string, Member[]>();
  for (const member of members) {
    for (let cut = -1; cut < member.word.length; cut += 1) {
      const variant = cut < 0 ? member.word : member.word.slice(0, cut) + member.word.slice(cut + 1);
      const group = byVariant.get(variant);
      if (group) {
        group.push(member);
      } else {
        byVariant.set(variant, [member]);
      }
    }
  }
  for (const group of byVariant.values()) {
    if (group.length > 1) {
      joinBucket(keys, group.slice(0, PAIRWISE_LIMIT), join);
    }
  }
}

// Buckets are keyed by a hash, so the other words and the places are compared for real before joining.
function sameRest(keys: readonly NameKey[], a: Member, b: Member): boolean {
  const keyA = keys[a.index];
  const keyB = keys[b.index];
  if (!keyA || !keyB || keyA.sortedCore.length !== keyB.sortedCore.length) {
    return false;
  }
  const restA = keyA.sortedCore.filter((_, position) => position !== a.position);
  const restB = keyB.sortedCore.filter((_, position) => position !== b.position);
  return restA.join(' ') === restB.join(' ') && keyA.places.join(' ') === keyB.places.join(' ');
}

function hash(text: string, seed: number): number {
  let value = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    value = Math.imul(value ^ text.charCodeAt(index), 0x01000193) >>> 0;
  }
  return value;
}
