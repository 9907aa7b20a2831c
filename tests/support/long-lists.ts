/** A distinct word per index, its letters doubled so that no two words are one letter apart ("Zqbbcc"). */
export function distinctWord(index: number): string {
  let letters = '';
  for (let rest = index; ; rest = Math.floor(rest / 26) - 1) {
    const letter = 'abcdefghijklmnopqrstuvwxyz'[rest % 26] ?? 'a';
    letters = `${letter}${letter}${letters}`;
    if (rest < 26) {
      return `Zq${letters}`;
    }
  }
}

/**
 * A letter whose every signatory line merges two organizations ("Zqaa Tibet Association Zqbb Tibet Association",
 * as a PDF's two columns paste), so it lists twice as many signatories as it has lines.
 */
export function mergedListLetter(lines: number): string {
  const list = Array.from(
    { length: lines },
    (_, index) =>
      `${distinctWord(2 * index)} Tibet Association ${distinctWord(2 * index + 1)} Tibet Association`,
  );
  return ['# A letter copied from a two-column PDF', 'Signed by:', ...list].join('\n');
}
