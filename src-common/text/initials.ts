/**
 * Up to two letters for a person's badge: of the first and last words that start with a letter or digit, so
 * "Dolkun (WUC)" gives "DW" and never "D(". Scripts without case (Chinese, Arabic) keep their first characters.
 */
export function initials(name: string): string {
  const words = name.split(/\s+/u).flatMap((word) => {
    const start = /[\p{L}\p{N}]/u.exec(word);
    return start ? [start[0]] : [];
  });
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.join('').toLocaleUpperCase() || '?';
}
