import {
  isClosing,
  isNotesHeadingText,
  isSignatoryLead,
  opensSignatoryBlock,
  signatoryLabelList,
} from './segment-headings';
import { isJunkLine, isPageLineAboveList } from './segment-junk';
import { isListSentence } from './segment-lists';
import { bestNameRun, isContactRun, nameScore } from './segment-names';

/** Where the blocks after the body start: line indices, null for a block the text does not have. */
export interface FoundBlocks {
  signatories: number | null;
  notes: number | null;
  /** Where the page's furniture starts (the text's length when there is none). */
  junk: number;
}

// "[1] text", "[^1]: text": a note. "[1]: https://…" alone is a Markdown link's target, not a note.
const NOTE_LINE = /^\[\^?1\]:?\s*\S/u;
const LINK_TARGET = /^\[[^\]]+\]:\s*<?\S+>?\s*$/u;
// Prose after a headless list of names outweighing a quarter of the list (or two lines' worth) says the list was
// inside the body, not at its end: a page's closing sentence after a hundred names does not.
const PROSE_AFTER_NAMES = 4;
// The score of a line of prose: a sentence of several words (see nameScore).
const PROSE = -2;

/**
 * Finds the signatory block, the notes block and the page furniture after the letter. The signatory block starts
 * at its heading ("Signed by:", "Firmantes:", "聯署團體"), else after the last closing ("Sincerely,"), else at the
 * run of name-like lines that ends the letter. The notes block starts at its heading or at a "[1] …" line; it may
 * come before the signatory block.
 */
export function findBlocks(lines: readonly string[], texts: readonly string[], from: number): FoundBlocks {
  const count = texts.length;
  // Several searches ask whether a line is furniture: each line's answer is worked out once.
  const known = new Int8Array(count);
  const isJunk = (text: string, index: number) => {
    if (known[index] === 0) {
      known[index] = isJunkLine(text) ? 1 : -1;
    }
    return known[index] === 1;
  };
  const notes = findNotes(texts, from, count);
  const found = findSignatories(lines, texts, { from, notes, isJunk });
  const signatories = found === null ? null : withFurnitureBefore(texts, found, from);
  // The page's "Sign this letter" lines may open the block above its heading: the list starts after them.
  const heading = signatories === null ? null : firstOwnLine(texts, signatories);
  const last = Math.max(heading ?? -1, notes ?? -1);
  const junkFrom = last >= 0 ? last + 1 : lastProseLine(texts, from, count) + 1;
  const junk = findIndex(texts, isJunk, junkFrom, count) ?? count;
  if (signatories === null || (notes !== null && notes < signatories)) {
    return { signatories, notes, junk };
  }
  // Furniture or a rule ("---", "* * *") after the names ends them: what follows is the page's, or the notes.
  const limit = Math.min(notes ?? junk, junk);
  const end = findIndex(
    texts,
    (text, index) => isJunk(text, index) || isRule(lines[index] ?? ''),
    (heading ?? signatories) + 1,
    limit,
  );
  if (notes === null) {
    const listEnd = listParagraphEnd(texts, signatories, end ?? limit);
    return { signatories, notes, junk: listEnd ?? end ?? junk };
  }
  return { signatories, notes: end ?? notes, junk };
}

/** The block's first line that is not the page's (see withFurnitureBefore); `start` itself when there is none. */
function firstOwnLine(texts: readonly string[], start: number): number {
  const found = findIndex(texts, (text) => text !== '' && !isPageLineAboveList(text), start, texts.length);
  return found ?? start;
}

/**
 * A block that is one list paragraph ("Unterzeichnet von:" then "BUND Göttingen, Extinction Rebellion Göttingen,
 * …") ends with it, unless another group follows: the short lines after it are a PDF's logos, not more names.
 */
function listParagraphEnd(texts: readonly string[], start: number, to: number): number | null {
  const isLead = (text: string) =>
    signatoryLabelList(text) === null && (opensSignatoryBlock(text) || isSignatoryLead(text));
  const skip = (from: number, test: (text: string) => boolean) =>
    findIndex(texts, (text) => text !== '' && !test(text), from, to);
  const list = skip(start, (text) => isJunkLine(text) || isLead(text));
  if (list === null) {
    return null;
  }
  const text = texts[list] ?? '';
  if (!isListSentence(signatoryLabelList(text) ?? text, 5)) {
    return null;
  }
  const next = skip(list + 1, () => false);
  if (next === null) {
    return null;
  }
  const nextText = texts[next] ?? '';
  const moreNames = isListSentence(nextText, 3) || opensSignatoryBlock(nextText) || isSignatoryLead(nextText);
  return moreNames ? null : list + 1;
}

/** A thematic break: "---", "* * *", "___". */
function isRule(line: string): boolean {
  return /^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/u.test(line.trim());
}

function findNotes(texts: readonly string[], from: number, count: number): number | null {
  const heading = findIndex(texts, isNotesHeadingText, from, count);
  if (heading !== null) {
    return heading;
  }
  return findIndex(texts, (text) => NOTE_LINE.test(text) && !LINK_TARGET.test(text), from + 1, count);
}

interface Search {
  from: number;
  notes: number | null;
  isJunk: (text: string, index: number) => boolean;
}

function findSignatories(
  lines: readonly string[],
  texts: readonly string[],
  { from, notes, isJunk }: Search,
): number | null {
  const marked = (index: number) => /^(?:#{1,6}\s|\*\*|__)/u.test(lines[index]?.trim() ?? '');
  const heading = findIndex(
    texts,
    (text, index) => opensSignatoryBlock(text, marked(index)),
    from,
    texts.length,
  );
  if (heading !== null) {
    return heading;
  }
  const end = notes ?? texts.length;
  const closing = findLastIndex(texts, isClosing, from + 1, end);
  if (closing !== null) {
    // A remark after the closing ("All signatures are in a personal capacity.") stays with the letter.
    const next = findIndex(
      texts,
      (text) => text !== '' && (nameScore(text) > PROSE || isListSentence(text, 3)),
      closing + 1,
      end,
    );
    return next ?? closing + 1;
  }
  const run = nameRunAtEnd(texts, from + 1, end, isJunk) ?? listAtEnd(texts, from + 1, end, isJunk);
  // "The first signatories of this letter are:" before names; a second group's lead ("This letter is also signed
  // by:") inside the run does not cut off the first group.
  const lead = findLastIndex(texts, isSignatoryLead, from + 1, end);
  const afterLead = lead === null ? null : findIndex(texts, (text) => text !== '', lead + 1, end);
  const afterText = afterLead === null ? '' : (texts[afterLead] ?? '');
  if (lead !== null && (nameScore(afterText) > 0 || isListSentence(afterText, 3))) {
    return run !== null && run < lead ? run : lead;
  }
  return run ?? signatureLine(lines, texts, from + 1, end);
}

// A line set apart in bold or italics: "***Göttinger Klimabündnis***", "_The Coalition_".
const EMPHASISED = /^(\*{1,3}|_{1,3})[^*_].*\1$/u;

/**
 * The one name that signs a statement, on the last line before the notes, set apart in bold or italics after the
 * last paragraph ("***Göttinger Klimabündnis***"); null when the letter ends otherwise.
 */
function signatureLine(
  lines: readonly string[],
  texts: readonly string[],
  from: number,
  end: number,
): number | null {
  const last = findLastIndex(texts, (text) => text !== '', from, end);
  if (last === null || !EMPHASISED.test(lines[last]?.trim() ?? '') || nameScore(texts[last] ?? '') < 1) {
    return null;
  }
  const before = findLastIndex(texts, (text) => text !== '', from, last);
  return before !== null && nameScore(texts[before] ?? '') <= PROSE ? last : null;
}

/**
 * "Sign the letter", "Published at …" and the post's address just before the signatory block go with the block, not
 * the body: its readers skip them, and the review shows them with it.
 */
function withFurnitureBefore(texts: readonly string[], start: number, from: number): number {
  let first = start;
  for (let index = start - 1; index > from; index -= 1) {
    const text = texts[index] ?? '';
    if (text !== '' && !isPageLineAboveList(text)) {
      break;
    }
    if (text !== '') {
      first = index;
    }
  }
  return first;
}

/** The start of the run of name-like lines that ends the letter, or null when the letter does not end in one. */
function nameRunAtEnd(
  texts: readonly string[],
  from: number,
  end: number,
  isJunk: (text: string, index: number) => boolean,
): number | null {
  const scores = texts.map((text, index) => (index >= from && index < end ? nameScore(text) : 0));
  const run = bestNameRun(scores, from, end);
  if (run === null || isContactRun(texts, run, end)) {
    return null;
  }
  // The names follow the letter: a run with no sentence before it is a list in the body (or the whole text).
  if (!scores.slice(from, run.start).some((score) => score <= PROSE)) {
    return null;
  }
  const furniture = findIndex(texts, isJunk, run.start + 1, end) ?? end;
  let prose = 0;
  for (let index = run.end; index < furniture; index += 1) {
    prose += Math.min(0, scores[index] ?? 0);
  }
  return prose > -Math.max(2, run.score / PROSE_AFTER_NAMES) ? numberedFrom(texts, run.start, from) : null;
}

const ITEM_NUMBER = /^(\d{1,4})[.)]\s/u;

/**
 * Where a numbered list starts that a run of names starts inside: items 1 to 4 ("1. John J. Tkacik, International
 * Assessment and Strategy Center, Retired US Foreign Service Officer, Alexandria, VA") can read as prose, but the
 * numbers say they are the list's first items.
 */
function numberedFrom(texts: readonly string[], start: number, from: number): number {
  let expected = Number(ITEM_NUMBER.exec(texts[start] ?? '')?.[1] ?? 0) - 1;
  let first = start;
  for (let index = start - 1; index >= from && expected >= 1; index -= 1) {
    const text = texts[index] ?? '';
    if (text === '') {
      continue;
    }
    if (Number(ITEM_NUMBER.exec(text)?.[1] ?? 0) !== expected) {
      break;
    }
    first = index;
    expected -= 1;
  }
  return expected === 0 ? first : start;
}

/**
 * The letter's last paragraph when it lists names with no heading before it ("Die Fridays For Future Ortsgruppen
 * Gießen, Göttingen, … und Hannover."): a list that long, closed by "und", is the signatories, not a sentence.
 */
function listAtEnd(
  texts: readonly string[],
  from: number,
  end: number,
  isJunk: (text: string, index: number) => boolean,
): number | null {
  for (let index = end - 1; index >= from; index -= 1) {
    const text = texts[index] ?? '';
    if (text !== '' && !isJunk(text, index)) {
      return isListSentence(text, 8, true) ? index : null;
    }
  }
  return null;
}

/** The last line of prose (a long sentence); the letter's furniture comes after it. */
function lastProseLine(texts: readonly string[], from: number, count: number): number {
  for (let index = count - 1; index >= from; index -= 1) {
    if (nameScore(texts[index] ?? '') <= PROSE) {
      return index;
    }
  }
  return from;
}

function findIndex(
  texts: readonly string[],
  test: (text: string, index: number) => boolean,
  from: number,
  to: number,
): number | null {
  for (let index = Math.max(0, from); index < to; index += 1) {
    if (test(texts[index] ?? '', index)) {
      return index;
    }
  }
  return null;
}

function findLastIndex(
  texts: readonly string[],
  test: (text: string) => boolean,
  from: number,
  to: number,
): number | null {
  for (let index = to - 1; index >= from; index -= 1) {
    if (test(texts[index] ?? '')) {
      return index;
    }
  }
  return null;
}
