import { isCountryText, TRAILING_BRACKETS } from './country-text';
import type { FragmentWord } from './fragments';
import type { BlockEntry, SplitSuggestion } from './suggestions';

// How many entries must carry a description, and what share of those with one in brackets, before the list is read
// as a list of "Name (description)".
const MIN_DESCRIBED = 4;
const DESCRIBED_SHARE = 0.75;
// "(MST)", "(ISOC.DE)", "(BITMi)": an acronym in brackets is the name's own, whatever the list does.
// A word in capitals, where small letters are few ("BITMi"): "(Ativismo)" is a word, not an acronym.
const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})(?!.*\p{Ll}{3})[\p{Lu}\d][\p{L}\d&./-]{1,11}$/u;

/**
 * In a list where nearly every entry is "Name (what kind of group it is)", the few whose description the reader
 * did not know as one ("Iniciativa Cigana (Veículo de Contrapropaganda)", "Núcleo Antifascista do Porto
 * (Antifascismo)") are read the same way: the brackets become the entry's note, not part of its name. An entry
 * the reader means to split, a country or an acronym in brackets keeps its name.
 */
export function describeLikeTheList(read: {
  entries: BlockEntry[];
  fragmentWordsByEntry: (FragmentWord[] | null)[];
  splits: SplitSuggestion[];
}): void {
  const bracketed = read.entries.filter((entry) => describedInBrackets(entry) !== null);
  const described = read.entries.filter((entry) => entry.note !== undefined && entry.note !== '');
  const share = described.length / (described.length + bracketed.length);
  if (bracketed.length === 0 || described.length < MIN_DESCRIBED || share < DESCRIBED_SHARE) {
    return;
  }
  const split = new Set(read.splits.map((suggestion) => suggestion.line));
  read.entries.forEach((entry, index) => {
    const found = split.has(entry.line) ? null : describedInBrackets(entry);
    if (found === null) {
      return;
    }
    entry.name = found.name;
    entry.note = found.note;
    // A name with a note is one name (as readLine has it): no fragment words.
    read.fragmentWordsByEntry[index] = null;
  });
}

function describedInBrackets(entry: BlockEntry): { name: string; note: string } | null {
  if (entry.note !== undefined || entry.country !== '') {
    return null;
  }
  const brackets = TRAILING_BRACKETS.exec(entry.name);
  const inner = (brackets?.[1] ?? '').trim();
  const name = brackets ? entry.name.slice(0, brackets.index).trim() : '';
  if (!brackets || name === '' || ACRONYM.test(inner) || isCountryText(inner)) {
    return null;
  }
  return { name, note: inner };
}
