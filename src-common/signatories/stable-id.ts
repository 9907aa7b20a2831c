/**
 * An id made from the content a suggestion is about (the line, the names), never from positions: pasting the same
 * list again, or the list with lines added, gives the same suggestion the same id, so a dismissal still applies.
 */
export function stableId(prefix: string, ...parts: readonly string[]): string {
  const text = parts.join('\u241E');
  return `${prefix}-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01000193)}`;
}

// FNV-1a over UTF-16 code units; two seeds make 64 bits, so ids of one letter's suggestions do not collide.
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
