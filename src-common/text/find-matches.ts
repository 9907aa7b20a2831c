/** A match of the search term inside one text run, by character offsets. */
export interface TextMatch {
  start: number;
  end: number;
}

/** How to search. */
export interface FindOptions {
  caseSensitive: boolean;
}

/**
 * Every non-overlapping occurrence of `term` in `text`. Case-insensitive search folds case per character, so
 * offsets stay those of the original text (unlike lower-casing the whole string, which can change its length).
 */
export function findMatches(text: string, term: string, options: FindOptions): TextMatch[] {
  if (term === '') {
    return [];
  }
  const haystack = options.caseSensitive ? text : foldCase(text);
  const needle = options.caseSensitive ? term : foldCase(term);
  if (haystack.length !== text.length) {
    return [];
  }
  const matches: TextMatch[] = [];
  let from = haystack.indexOf(needle);
  while (from !== -1) {
    matches.push({ start: from, end: from + needle.length });
    from = haystack.indexOf(needle, from + needle.length);
  }
  return matches;
}

function foldCase(text: string): string {
  let folded = '';
  for (const unit of text.split('')) {
    const lower = unit.toLowerCase();
    folded += lower.length === unit.length ? lower : unit;
  }
  return folded;
}
