import { readMarks } from './line-marks';
import { tokenizeLine } from './line-tokens';
import { CONNECTORS } from './vocabulary';

// Some lists give each organization a line of its own and then a sentence about it: "[April](http://www.april.org/)
// - France" / "April is the main French advocacy association devoted to promote and protect Free/Libre Software".
// The sentence is the organization's description (its note), not a name. It is told apart from a name by the list's
// shape, not by its words alone: the names are set apart by marks (linked or bold) and the sentence is not.

// A list reads so when this many of its lines start with a marked name.
const MIN_MARKED = 3;
// A sentence has at least this many words, and at least two in small letters that are not small words.
const MIN_SENTENCE_WORDS = 5;
const MIN_LOWER_WORDS = 2;
/** A line that starts with a name in a link or in bold. */
export const MARKED_LINE = /^\s*(?:[-*+]\s+)?(?:\[[^\]]|\*\*|__)/u;

/** True when enough of the block's lines start with a name in a link or in bold for descriptions to follow them. */
export function hasMarkedNames(lines: readonly string[]): boolean {
  let marked = 0;
  for (const line of lines) {
    if (MARKED_LINE.test(line)) {
      marked += 1;
      if (marked >= MIN_MARKED) {
        return true;
      }
    }
  }
  return false;
}

/**
 * True when a line, in a list of marked names, is a description of the name above it: a sentence without marks
 * ("Europe's largest hacker group, founded in 1981.", "Association for arts and media").
 */
export function isDescriptionLine(raw: string): boolean {
  if (MARKED_LINE.test(raw)) {
    return false;
  }
  const marked = readMarks(raw);
  if (marked.lead !== null) {
    return false;
  }
  const words = tokenizeLine(marked.text).filter((token) => token.word !== '');
  if (words.length < MIN_SENTENCE_WORDS) {
    return false;
  }
  const lower = words.filter(
    (token) => token.script === 'latin' && !token.capitalised && !CONNECTORS.has(token.word),
  );
  return lower.length >= MIN_LOWER_WORDS || /[.!?]$/u.test(marked.text.trim());
}
