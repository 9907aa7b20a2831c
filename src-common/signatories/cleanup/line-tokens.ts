import { foldText, isLatinLetter } from '../normalise';

/** A word of a pasted line, as written and as folded. */
export interface LineToken {
  text: string;
  start: number;
  end: number;
  /** The folded letters and digits ("hkcan" for "(HKCAN)", "womens" for "Women’s"); empty for "–" or "/". */
  word: string;
  /** The script of the first letter: 芝援香港 and ئۇيغۇر are `other`. */
  script: 'latin' | 'other' | 'none';
  /** Starts with a capital, a digit, or a letter of a script without case. */
  capitalised: boolean;
  /** Written like a brand or an acronym ("UNFFT", "TIBETmichigan", "DC4HK"), so it can be a name on its own. */
  brand: boolean;
}

const WORD = /\S+/gu;
const FIRST_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const TWO_UPPER = /\p{Lu}.*\p{Lu}/u;
const DIGIT = /\p{N}/u;
const LETTER = /\p{L}/u;

/** Splits a line at spaces into tokens with their offsets. */
export function tokenizeLine(line: string): LineToken[] {
  const tokens: LineToken[] = [];
  for (const match of line.matchAll(WORD)) {
    tokens.push(readToken(match[0], match.index));
  }
  return tokens;
}

function readToken(text: string, start: number): LineToken {
  const firstAt = text.search(FIRST_LETTER_OR_DIGIT);
  const code = firstAt < 0 ? 0 : (text.codePointAt(firstAt) ?? 0);
  const first = firstAt < 0 ? '' : String.fromCodePoint(code);
  const letter = LETTER.test(first);
  const script = !letter ? 'none' : isLatinLetter(code) ? 'latin' : 'other';
  const word = foldText(text);
  return {
    text,
    start,
    end: start + text.length,
    word: word.includes(' ') ? word.replaceAll(' ', '') : word,
    script,
    capitalised: first !== '' && (!letter || script === 'other' || first !== first.toLowerCase()),
    brand: isBrand(text),
  };
}

function isBrand(text: string): boolean {
  return TWO_UPPER.test(text) || (DIGIT.test(text) && LETTER.test(text));
}

// Arabic script writes its own comma and semicolon (U+060C, U+061B): "مرصد حقوق المحامين، كندا".
const TRAILING_COMMA = /[,،]$/u;

/** True for a word a comma ends, in Latin or Arabic script ("Berlin,", "المحامين،"). */
export function endsWithComma(token: LineToken): boolean {
  return TRAILING_COMMA.test(token.text);
}

/** The text of tokens `[from, to)` as written in the line, without a trailing comma or semicolon. */
export function sliceTokens(line: string, tokens: readonly LineToken[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) {
    return '';
  }
  return line
    .slice(first.start, last.end)
    .replace(/[,;،؛]+$/u, '')
    .trim();
}
