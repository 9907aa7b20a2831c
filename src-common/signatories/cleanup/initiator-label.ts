// "Eine Initiative des Göttinger Klimabündnisses, unterstützt von: A, B, C": the label before a list written as one
// sentence can name the initiator, who signs first. German names it in the genitive ("des … Klimabündnisses",
// "des Vereins"); the list gives it as the organization calls itself.

const INITIATIVE =
  /^(?:(?:eine|an|une|uma|una)\s+)?(?:initiative|iniciativa|iniziativa)\s+(des|der|von|vom|of|de|du|da|do|della|del)\s+(.+?),?\s+(?:unterstützt|mitgetragen|getragen|supported|endorsed|soutenue?|apoiad[ao]|apoyad[ao]|sostenut[ao])\s+(?:von|durch|by|par|por|pel[ao]s?|da|dal(?:la)?)\s*[:：]?\s*$/iu;
const GENITIVE_ARTICLE = /^des$/iu;

/** The initiator a list's label names, or null when the label names none. */
export function initiatorOf(label: string): string | null {
  const match = INITIATIVE.exec(label.trim());
  const name = match?.[2]?.trim() ?? '';
  if (name === '') {
    return null;
  }
  return GENITIVE_ARTICLE.test(match?.[1] ?? '') ? nominative(name) : name;
}

// The last word carries the genitive: "Klimabündnisses" is "Klimabündnis", "Vereins" is "Verein". A word ending in
// "-es" otherwise ("Bundes") is left as written rather than guessed.
function nominative(name: string): string {
  const words = name.split(/\s+/u);
  const last = words.pop() ?? '';
  const base = /nisses$/u.test(last)
    ? last.replace(/nisses$/u, 'nis')
    : /\p{Ll}[^e]s$/u.test(last)
      ? last.slice(0, -1)
      : last;
  return [...words, base].join(' ');
}
