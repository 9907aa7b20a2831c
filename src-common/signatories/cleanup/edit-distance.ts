/**
 * The number of single-letter edits (insert, delete, replace, swap two neighbours) between two words, or
 * `max + 1` as soon as it is known to exceed `max`: near-duplicate checks only care about one or two letters.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) {
    return max + 1;
  }
  if (a === b) {
    return 0;
  }
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? i) + 1, (current[j - 1] ?? j) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) {
      return max + 1;
    }
    previous2 = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}

/**
 * True when two words are at most one edit apart, as `editDistance(a, b, 1) <= 1` but in one pass with no
 * allocation: the near-duplicate search asks this of hundreds of thousands of word pairs on a long list.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) {
    return true;
  }
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  if (long.length - short.length > 1) {
    return false;
  }
  let first = 0;
  while (first < short.length && short.charCodeAt(first) === long.charCodeAt(first)) {
    first += 1;
  }
  if (short.length < long.length) {
    return sameTail(short, first, long, first + 1);
  }
  const swapped =
    short.charCodeAt(first) === long.charCodeAt(first + 1) &&
    short.charCodeAt(first + 1) === long.charCodeAt(first);
  return (
    sameTail(short, first + 1, long, first + 1) || (swapped && sameTail(short, first + 2, long, first + 2))
  );
}

// `a` from `fromA` reads as `b` from `fromB`, to the end of both.
function sameTail(a: string, fromA: number, b: string, fromB: number): boolean {
  if (a.length - fromA !== b.length - fromB) {
    return false;
  }
  for (let offset = 0; fromA + offset < a.length; offset += 1) {
    if (a.charCodeAt(fromA + offset) !== b.charCodeAt(fromB + offset)) {
      return false;
    }
  }
  return true;
}
