import { placeSuffixStart } from './chapters';
import { tokenizeLine, type LineToken } from './line-tokens';
import { placeAt } from './places';
import {
  AMBIGUOUS_TYPE_WORDS,
  CONNECTORS,
  ENGLISH_ONLY,
  ENDING_WORDS,
  LEGAL_FORMS,
  ROMANCE_ONLY,
  START_WORDS,
  TYPE_WORDS,
} from './vocabulary';

// Where a line that runs several organizations together may be cut, each place with the rule that found it. Which
// cuts are kept (both sides must still read as names) is merged-lines.ts's.

/** Names the person already knows (their directory), as prepared by {@link prepareKnownNames}. */
export type KnownNames = ReadonlyMap<string, readonly string[][]>;

/** A place to cut a merged line, and why. */
export interface Cut {
  at: number;
  /** Strong cuts (brackets, scripts, repeated names…) are placed before weak ones (a word that often ends names). */
  strong: boolean;
  reason: string;
}

/** Indexes known names by their first word, for finding them inside merged lines. */
export function prepareKnownNames(names: readonly string[]): KnownNames {
  const known = new Map<string, string[][]>();
  for (const name of names) {
    const words = tokenizeLine(name)
      .map((token) => token.word)
      .filter((word) => word !== '');
    const [first] = words;
    if (first !== undefined && words.length >= 2) {
      known.set(first, [...(known.get(first) ?? []), words]);
    }
  }
  return known;
}

/** The cuts the rules find between the tokens of a line, in order. */
export function findCuts(tokens: readonly LineToken[]): Cut[] {
  const cuts: Cut[] = [];
  const firstWord = tokens.find((token) => token.word !== '' && !CONNECTORS.has(token.word));
  const words = tokens.map((token) => token.word);
  for (let at = 1; at < tokens.length; at += 1) {
    const before = tokens[at - 1];
    const next = tokens[at];
    if (!before || !next) {
      continue;
    }
    const cut =
      bracketCut(before, at) ??
      scriptCut(tokens, at) ??
      placeCut(tokens, at) ??
      repeatCut(firstWord, tokens, at) ??
      startWordCut(tokens, at) ??
      languageCut(tokens, at) ??
      endingWordCut(before, at, words);
    if (cut) {
      cuts.push(cut);
    }
  }
  return cuts;
}

function bracketCut(before: LineToken, at: number): Cut | null {
  return /[)\]）]$/u.test(before.text)
    ? { at, strong: true, reason: 'a part in brackets ends a name' }
    : null;
}

function scriptCut(tokens: readonly LineToken[], at: number): Cut | null {
  const before = tokens[at - 1];
  const next = tokens[at];
  if (before?.script !== 'other' || next?.script !== 'latin') {
    return null;
  }
  if (!tokens.slice(0, at - 1).some((token) => token.script === 'latin')) {
    return null;
  }
  return {
    at,
    strong: true,
    reason: `the name in another script (“${before.text}”) closes the name before it`,
  };
}

function placeCut(tokens: readonly LineToken[], at: number): Cut | null {
  const start = placeSuffixStart(tokens, at);
  if (start < 0) {
    return null;
  }
  const place = tokens
    .slice(start, at)
    .map((token) => token.text)
    .join(' ');
  return { at, strong: true, reason: `a place after a comma (“${place}”) ends a name` };
}

function repeatCut(firstWord: LineToken | undefined, tokens: readonly LineToken[], at: number): Cut | null {
  const next = tokens[at];
  if (!firstWord || !next || at < 2 || next === firstWord) {
    return null;
  }
  const stem = firstWord.word.slice(0, 5);
  const repeats = next.word === firstWord.word || (firstWord.word.length >= 5 && next.word.startsWith(stem));
  return repeats ? { at, strong: true, reason: `“${next.text}” starts a name again` } : null;
}

// "VERDE VIVO Associação de Produtores Orgânicos da Mantiqueira": a short name in capitals that opens the line goes
// before the organization's full name; the word for a kind of organization after it does not start a second one.
const MAX_SHORT_NAME_WORDS = 3;

function opensWithShortName(tokens: readonly LineToken[], at: number): boolean {
  const before = tokens.slice(0, at).filter((token) => token.word !== '');
  return (
    before.length > 0 &&
    before.length <= MAX_SHORT_NAME_WORDS &&
    before.every((token) => /\p{Lu}/u.test(token.text) && !/\p{Ll}/u.test(token.text))
  );
}

function startWordCut(tokens: readonly LineToken[], at: number): Cut | null {
  const next = tokens[at];
  if (!next || opensWithShortName(tokens, at)) {
    return null;
  }
  if (START_WORDS.has(next.word)) {
    return { at, strong: true, reason: `“${next.text}” begins a name` };
  }
  if (!AMBIGUOUS_TYPE_WORDS.has(next.word)) {
    return null;
  }
  // "Association" begins a French name only inside a Romance-language line: "Asociación … Association Cognizance".
  for (let index = at - 1; index >= 0; index -= 1) {
    const word = tokens[index]?.word ?? '';
    if (START_WORDS.has(word)) {
      return {
        at,
        strong: true,
        reason: `“${next.text}” begins a name, as “${tokens[index]?.text ?? ''}” did`,
      };
    }
    if (TYPE_WORDS.has(word)) {
      return null;
    }
  }
  return null;
}

// "Centro de Derechos Humanos Fray Bartolomé de las Casas Civil Rights Defenders": a name in English after one in
// a Romance language. The English name starts a word before an English-only word ("Civil Rights"), after the word
// that a Romance connector ("de las Casas") still holds.
function languageCut(tokens: readonly LineToken[], at: number): Cut | null {
  const next = tokens[at];
  const after = tokens[at + 1];
  if (!next || !after || !ENGLISH_ONLY.has(after.word) || ENGLISH_ONLY.has(next.word)) {
    return null;
  }
  const before = tokens.slice(0, at - 1).map((token) => token.word);
  if (!before.some((word) => ROMANCE_ONLY.has(word)) || before.some((word) => ENGLISH_ONLY.has(word))) {
    return null;
  }
  return { at, strong: false, reason: `“${next.text} ${after.text}” begins a name in another language` };
}

function endingWordCut(before: LineToken, at: number, words: readonly string[]): Cut | null {
  if (!(ENDING_WORDS.has(before.word) || LEGAL_FORMS.has(before.word)) || before.text.endsWith(',')) {
    return null;
  }
  // "Rainforest Foundation Norway Regnskogfondet": a place after the word, and at most a word after it (the name in
  // the country's language), are the organization's own; "… Association Boston Tibet Network" is two names.
  const place = placeAt(words, at);
  if (place && words.length - (at + place.length) <= 1) {
    return null;
  }
  return { at, strong: false, reason: `“${before.text}” usually ends a name` };
}

/** Cuts around the names the person knows, wherever they stand in the line. */
export function knownNameCuts(tokens: readonly LineToken[], knownNames: KnownNames): Cut[] {
  const cuts: Cut[] = [];
  tokens.forEach((token, start) => {
    for (const words of knownNames.get(token.word) ?? []) {
      const matches = words.every((word, offset) => tokens[start + offset]?.word === word);
      const end = start + words.length;
      if (!matches) {
        continue;
      }
      const reason = `“${tokens
        .slice(start, end)
        .map((known) => known.text)
        .join(' ')}” is a known name`;
      if (start > 0) {
        cuts.push({ at: start, strong: true, reason });
      }
      if (end < tokens.length) {
        cuts.push({ at: end, strong: true, reason });
      }
    }
  });
  return cuts;
}
