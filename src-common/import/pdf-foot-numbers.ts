/**
 * pdftotext often sets a page's footnote numbers apart from their texts: the first number alone on its line with a
 * blank line under it, then the texts, each further number alone before its text or after it, or all the numbers
 * first and all the texts after. This puts each number back in front of its text ("1 Website …"), in the order of
 * the numbers, so the foot reads as notes do when pdftotext keeps them whole. The page's foot is rewritten only when
 * its numbers are distinct and count up by one and its texts part into as many notes; whether they are the page's
 * notes at all (their markers in the body, the next numbers) is for the footnote reader to decide.
 */

/** A note number alone on its line, as pdftotext sets it apart from its text. */
export const LONE_NUMBER = /^\d{1,3}$/u;
// A note wraps over a few lines; a run of text this long before the foot's first number is the page's own text.
const MAX_TEXT_RUN = 12;
// A page's foot is its last lines: a page of thousands of lone numbers is searched that far up only, not read
// again from every one of them.
const MAX_FOOT_LINES = 80;

interface Foot {
  // The foot's numbers as the page shows them, each with the text lines under it up to the next number.
  numbers: number[];
  segments: string[][];
}

function footFrom(lines: readonly string[]): Foot {
  const foot: Foot = { numbers: [], segments: [] };
  for (const line of lines) {
    if (LONE_NUMBER.test(line)) {
      foot.numbers.push(Number(line));
      foot.segments.push([]);
    } else if (line !== '') {
      foot.segments.at(-1)?.push(line);
    }
  }
  return foot;
}

function countsUpByOne(numbers: readonly number[]): boolean {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted.every((number, at) => at === 0 || number === (sorted[at - 1] ?? 0) + 1);
}

// A text line after one that ends in an address starts the next note when it opens with a capitalised word and
// goes on after it: "…, https://deutschland-stack.gov.de/" then "Stefan Krempel, 2025: …". The rest of a broken
// address ("48972.html", "So-soll-die-…") has no space in it.
function startsNextNote(previous: string, line: string): boolean {
  const endsWithAddress = /(?:https?:\/\/|www\.)\S*$/iu.test(previous);
  const firstWord = /^\S+/u.exec(line)?.[0] ?? '';
  const capitalisedWord = /^\p{Lu}[\p{L}\p{M}\-.]*[,:;]?$/u.test(firstWord) && /\s/u.test(line);
  return endsWithAddress && capitalisedWord && !/[/_=?&%#]/u.test(firstWord);
}

function splitNotes(lines: readonly string[]): string[][] {
  const notes: string[][] = [];
  lines.forEach((line, at) => {
    const last = notes.at(-1);
    const previous = lines[at - 1] ?? '';
    if (last === undefined || startsNextNote(previous, line)) {
      notes.push([line]);
    } else {
      last.push(line);
    }
  });
  return notes;
}

/** The foot's notes, each as its number's lines; null when the texts cannot be told apart into its numbers. */
function notesOf(foot: Foot): { number: number; lines: string[] }[] | null {
  if (foot.segments.every((segment) => segment.length > 0)) {
    return foot.numbers.map((number, at) => ({ number, lines: foot.segments[at] ?? [] }));
  }
  const texts = splitNotes(foot.segments.flat());
  if (texts.length !== foot.numbers.length) {
    return null;
  }
  const numbers = [...foot.numbers].sort((a, b) => a - b);
  return numbers.map((number, at) => ({ number, lines: texts[at] ?? [] }));
}

/** The page with its foot's numbers set back before their texts, or the page as it is. */
export function withFootNumbersBeside(page: readonly string[]): string[] {
  let textRun = 0;
  let rewritten: string[] | null = null;
  // From the page's end up: the topmost lone number whose foot reads as notes starts the foot.
  const top = Math.max(0, page.length - MAX_FOOT_LINES);
  for (let at = page.length - 1; at >= top && textRun <= MAX_TEXT_RUN; at -= 1) {
    const line = page[at] ?? '';
    if (!LONE_NUMBER.test(line)) {
      textRun = line === '' ? textRun : textRun + 1;
      continue;
    }
    textRun = 0;
    const foot = footFrom(page.slice(at));
    const notes = countsUpByOne(foot.numbers) ? notesOf(foot) : null;
    if (notes !== null && notes.every((note) => note.lines.length > 0)) {
      const lines = notes.flatMap((note) => [
        `${note.number} ${note.lines[0] ?? ''}`,
        ...note.lines.slice(1),
      ]);
      rewritten = [...page.slice(0, at), ...lines];
    }
  }
  return rewritten ?? [...page];
}
