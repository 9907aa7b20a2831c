import { placeSuffixStart } from './chapters';
import { sliceTokens, tokenizeLine, type LineToken } from './line-tokens';
import { findCuts, knownNameCuts, type Cut, type KnownNames } from './merged-line-cuts';
import { placeAt } from './places';
import { ARTICLES, CHAPTER_WORDS, CONNECTORS } from './vocabulary';

export { prepareKnownNames, type KnownNames } from './merged-line-cuts';

/** A line cut into the organizations it holds, with why each cut was made. */
export interface LineSplit {
  parts: string[];
  /** One reason per cut, in order: `reasons[i]` explains the cut between `parts[i]` and `parts[i + 1]`. */
  reasons: string[];
}

const JOINING_END = /[:\-–—/&+]$/u;
const JOINING_START = /^[-–—/&+(]/u;
const OPENING = '([（';
const CLOSING = ')]）';
const ENCLOSING = /[([（)\]）“«”»]/u;
// Longest line looked at for cuts, in words. A copy runs a few names together (the fixture's longest merged line has
// 18 words); a longer line is prose or a whole list pasted as one line, and weighing every cut against every other
// in it would take time growing with the square of its length.
const MAX_CUT_WORDS = 80;

/**
 * Proposes where a line that holds several organizations should be cut: after words that end names
 * ("Association", "Foundation", "Network"…), after a part in brackets, after a name in another script, after
 * ", Country", before a repeated first word ("Tibetan Youth Association in Europe Tibetan Youth Congress"), before
 * words that begin names in Romance languages ("Asociación"), and around known names. A cut is kept only when both
 * sides still read as names, so "Japan Association of Monks for Tibet (Super Sangha)" stays whole. Returns null for
 * a line that holds one name. `tokens` are the line's tokens when the caller has them already.
 */
export function splitMergedLine(
  line: string,
  knownNames: KnownNames = new Map(),
  tokens: readonly LineToken[] = tokenizeLine(line),
): LineSplit | null {
  if (tokens.length > MAX_CUT_WORDS) {
    return null;
  }
  const enclosed = enclosedBefore(tokens);
  const candidates = [...findCuts(tokens), ...knownNameCuts(tokens, knownNames)].filter(
    (cut) => !enclosed[cut.at] && cutAllowed(tokens, cut.at),
  );
  const accepted: Cut[] = [];
  for (const strong of [true, false]) {
    for (const cut of candidates.filter((candidate) => candidate.strong === strong)) {
      // Several rules often agree on one cut; the first (strongest) reason explains it.
      if (!accepted.some((other) => other.at === cut.at) && keepsNames(tokens, accepted, cut.at)) {
        accepted.push(cut);
      }
    }
  }
  if (accepted.length === 0) {
    return null;
  }
  accepted.sort((a, b) => a.at - b.at);
  const bounds = [0, ...accepted.map((cut) => cut.at), tokens.length];
  return {
    parts: bounds.slice(1).map((end, index) => sliceTokens(line, tokens, bounds[index] ?? 0, end)),
    reasons: accepted.map((cut) => cut.reason),
  };
}

// Never cut next to a dash or colon, before a translation, or before a small or lower-case word (nor inside
// brackets or quotes: see enclosedBefore).
function cutAllowed(tokens: readonly LineToken[], at: number): boolean {
  const before = tokens[at - 1];
  const next = tokens[at];
  if (!before || !next) {
    return false;
  }
  if (
    before.word === '' ||
    next.word === '' ||
    JOINING_END.test(before.text) ||
    JOINING_START.test(next.text)
  ) {
    return false;
  }
  // A name in another script right after a Latin one is its translation ("… Hong Kong 芝援香港").
  if (before.script === 'latin' && next.script === 'other') {
    return false;
  }
  const smallWord = CONNECTORS.has(next.word) && !ARTICLES.has(next.word);
  return next.capitalised && !smallWord && !CONNECTORS.has(before.word);
}

// For each token, whether it starts inside brackets or quotes (a cut before it would break them): one pass over
// the line instead of one per cut.
function enclosedBefore(tokens: readonly LineToken[]): boolean[] {
  const enclosed: boolean[] = [];
  let depth = 0;
  let quoted = false;
  for (const token of tokens) {
    enclosed.push(depth > 0 || quoted);
    if (!ENCLOSING.test(token.text)) {
      continue;
    }
    for (const character of token.text) {
      depth += OPENING.includes(character) ? 1 : CLOSING.includes(character) ? -1 : 0;
      quoted = '“«'.includes(character) ? true : '”»'.includes(character) ? false : quoted;
    }
  }
  return enclosed;
}

function keepsNames(tokens: readonly LineToken[], accepted: readonly Cut[], at: number): boolean {
  const earlier = accepted.filter((cut) => cut.at < at).map((cut) => cut.at);
  const later = accepted.filter((cut) => cut.at > at).map((cut) => cut.at);
  const from = Math.max(0, ...earlier);
  const to = Math.min(tokens.length, ...later);
  return readsAsName(tokens, from, at) && readsAsName(tokens, at, to);
}

/** True when tokens `[from, to)` can be an organization's name on their own. */
function readsAsName(tokens: readonly LineToken[], from: number, to: number): boolean {
  const suffix = placeSuffixStart(tokens.slice(from, to));
  const end = suffix > 0 ? from + suffix : to;
  const words = tokens.slice(from, end).filter((token) => token.word !== '');
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || CONNECTORS.has(last.word) || (first.script === 'latin' && !first.capitalised)) {
    return false;
  }
  if ((CONNECTORS.has(first.word) && !ARTICLES.has(first.word)) || onlyPlaces(words)) {
    return false;
  }
  // "Catalonia Chapter" is the end of "Internet Society Catalonia Chapter"; "“DAAM”" is the name's short form.
  if (
    (words.length <= 3 && CHAPTER_WORDS.has(last.word)) ||
    (words.length === 1 && /^["“«'(]/u.test(first.text))
  ) {
    return false;
  }
  if (words.length >= 2) {
    return true;
  }
  return first.brand || first.script === 'other';
}

// "Victoria Australia" is two places, not an organization.
function onlyPlaces(tokens: readonly LineToken[]): boolean {
  const words = tokens.map((token) => token.word);
  let index = 0;
  while (index < words.length) {
    const place = placeAt(words, index);
    if (!place) {
      return false;
    }
    index += place.length;
  }
  return true;
}
