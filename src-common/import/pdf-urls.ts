/**
 * Web addresses a PDF broke across two lines ("https://eur-lex.europa.eu/…/regulation-6" / "40_en.pdf",
 * "https://www." / "example.org/x"). The second line's first piece carries on the address when the address stops
 * where an address cannot end, or the piece reads as the rest of an address (a path, a query, a file name).
 */

const TRAILING_ADDRESS = /(?:https?:\/\/|www\.)[^\s<>"]*$/iu;
// An address cut here is unfinished: a path, a parameter or a host name goes on.
const UNFINISHED = /[/\-_.=?&#%~:]$/u;
const ADDRESS_PIECE = /^[\p{L}\p{N}\-._~/?#[\]@!$&'()*+,;=%:]+/u;
const LOOKS_LIKE_PATH = /[/_=?&%#]|\.[a-z0-9]{2,5}$/iu;

/** Whether `next` starts with the rest of the address `line` ends with. */
export function continuesAddress(line: string, next: string): boolean {
  const address = TRAILING_ADDRESS.exec(line)?.[0];
  if (address === undefined) {
    return false;
  }
  const piece = ADDRESS_PIECE.exec(next)?.[0];
  if (piece === undefined) {
    return false;
  }
  // A sentence's full stop after an address ends it; a lone "." does not make the next word part of it.
  const endsLikeSentence =
    /\.$/u.test(address) && !/^www\.$|\/\/www\.$/iu.test(address) && /^\p{Lu}/u.test(piece);
  if (endsLikeSentence) {
    return false;
  }
  const bare = piece.replace(/[.,;:)]+$/u, '');
  return UNFINISHED.test(address) || LOOKS_LIKE_PATH.test(bare);
}

// A whole line that is one piece of an address, in lower case or digits, with a hyphen, a digit or a path mark in it.
const BARE_ADDRESS_LINE = /^[\p{Ll}\p{N}][\p{Ll}\p{N}\-._~/?#=&%]*$/u;

/**
 * In a note, also a line that is nothing but the rest of the address before it, cut mid-word where nothing shows
 * the cut ("…/abschlussbericht-once-only-wege-bauen-fuer-die-nachnutz" / "ung-von-daten-…-breme" / "n-132132"): a
 * note's text goes on in words, so a line without one that reads as an address's piece belongs to the address.
 */
export function continuesNoteAddress(line: string, next: string): boolean {
  if (continuesAddress(line, next)) {
    return true;
  }
  const trimmed = next.trim();
  return (
    TRAILING_ADDRESS.test(line) &&
    BARE_ADDRESS_LINE.test(trimmed) &&
    /[-_/=\d]/u.test(trimmed.replace(/\.$/u, ''))
  );
}
