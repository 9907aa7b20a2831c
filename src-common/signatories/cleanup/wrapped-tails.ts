import type { IdMaker } from './fragment-blocks';
import { numberedRows } from './numbered-rows';
import type { BlockEntry, FragmentSuggestion } from './suggestions';
import { LEGAL_FORMS } from './vocabulary';

// A table with narrow cells wraps a long company name: "Clevershell Software" / "Solutions", "Scimata Computing" /
// "(Gazapp)". The second line names no company on its own: no company is called "Solutions" or "Pvt. Ltd.". In a
// list read in order it ends the name on the line above; a numbered table copied out of a PDF gives its cells out of
// reading order, so there it may end any name, and is only left out.

// The words company names end with, in small letters: a line of them alone is the end of a name, never a name.
const TAIL_WORDS: ReadonlySet<string> = new Set([
  ...LEGAL_FORMS,
  ...(
    'solutions services technologies systems software electronics communications consulting consultants ' +
    'enterprises industries innovations networks pvt private limited corp corporation'
  ).split(' '),
]);
// A line that is one aside in parentheses, "(Gazapp)", "(BuyT.in)": the second name a company goes by.
const ASIDE_ALONE = /^\([^()]{1,60}\)$/u;

/** Whether a name is only the end of another: words like "Solutions" or "Pvt. Ltd.", or an aside in parentheses. */
export function isWrappedTail(name: string): boolean {
  const text = name.trim();
  if (ASIDE_ALONE.test(text)) {
    return true;
  }
  // Split by hand, not tokenized: every entry of a list of 100,000 is asked, and nearly all fail on the first word.
  const words = text.split(/\s+/u);
  return (
    words.length <= 3 && words.every((word) => TAIL_WORDS.has(word.toLowerCase().replace(/[.,;:]/gu, '')))
  );
}

/**
 * A suggestion for each entry that is the end of a wrapped name (see isWrappedTail): it completes the name on the
 * line above, or, in a numbered table (`pasted` is the block as pasted), leaves the line out. `view` is the list as
 * it reads with the splits and fragment completions accepted; `origins` the suggestions each entry comes from.
 */
export function wrappedTailSuggestions(
  view: readonly BlockEntry[],
  pasted: string,
  origins: ReadonlyMap<string, string[]>,
  newId: IdMaker,
): FragmentSuggestion[] {
  const tails = view.flatMap((entry, index) =>
    isWrappedTail(entry.name) && entry.country === '' ? [index] : [],
  );
  if (tails.length === 0) {
    return [];
  }
  const table = numberedRows(pasted.split(/\r?\n/u)) !== null;
  return tails
    .map((index) => {
      const tail = view[index];
      const above = view[index - 1];
      const completes = !table && above && tail && above.line === tail.line - 1 && !isWrappedTail(above.name);
      return completes ? completion(tail, above, origins, newId) : leftOut(tail, newId);
    })
    .filter((suggestion) => suggestion !== null);
}

function completion(
  tail: BlockEntry,
  above: BlockEntry,
  origins: ReadonlyMap<string, string[]>,
  newId: IdMaker,
): FragmentSuggestion {
  const name = `${above.name} ${tail.name.trim()}`;
  return {
    kind: 'complete-fragment',
    id: newId('tail', tail.name, above.name),
    explanation: `“${tail.name}” is not an organization: it is the end of “${name}”, wrapped onto a line of its own.`,
    dependsOn: origins.get(above.id) ?? [],
    lines: [tail.line],
    completions: [{ entryId: above.id, name, country: above.country }],
  };
}

function leftOut(tail: BlockEntry | undefined, newId: IdMaker): FragmentSuggestion | null {
  if (!tail) {
    return null;
  }
  return {
    kind: 'complete-fragment',
    id: newId('tail', tail.name),
    explanation:
      `“${tail.name}” is not an organization: it is the end of a name the table wrapped, and the copy gave the ` +
      'table’s cells out of order, so which name it ends cannot be told. It is left out; add it to its name by hand.',
    dependsOn: [],
    lines: [tail.line],
    completions: [],
  };
}
