import type * as Y from 'yjs';
import { isCountryCode } from './country-names';
import { placeFromText, placeText, type SignatoryPlace } from './signatory-place';

// Letters written before country and chapter were apart keep one free text under `country` ("Munich", "Canada"),
// and apps of that age still read and write only it. So the text stays: it always holds the printed place
// ("Munich, Germany", country named in English), which those apps show and edit as before. Where the text reads
// back as the same place, it is all an entry stores. Otherwise, and after any edit here, the country code and the
// chapter have keys of their own (so co-editors who change one each keep both), and `countryWritten` records the
// text written beside them. Text that differs from that record was written by an older app after us: it wins.

/** The entry's free-text place, as every version of the app reads it. */
const TEXT_KEY = 'country';
const CODE_KEY = 'countryCode';
const CHAPTER_KEY = 'chapter';
const WRITTEN_KEY = 'countryWritten';

// Older apps skip an entry whose text is longer: "a chapter of 100 characters, Germany" is cut to stay in their list.
const MAX_TEXT_LENGTH = 100;

/** Keys of an entry's Y.Map that hold its place, so callers writing other fields leave them alone. */
export const PLACE_KEYS: ReadonlySet<string> = new Set([TEXT_KEY, CODE_KEY, CHAPTER_KEY, WRITTEN_KEY]);

/** The place an entry's stored fields (its Y.Map as JSON) say, whichever app wrote them. */
export function storedPlace(fields: Readonly<Record<string, unknown>>): SignatoryPlace {
  const text = stringOf(fields[TEXT_KEY]);
  if (text !== stringOf(fields[WRITTEN_KEY])) {
    return placeFromText(text);
  }
  const code = stringOf(fields[CODE_KEY]);
  // A code this runtime does not know is left out rather than hide the whole entry.
  return { country: isCountryCode(code) ? code : '', chapter: stringOf(fields[CHAPTER_KEY]) };
}

/** The keys a new entry stores for its place: the text alone when it reads back as the same place. */
export function newPlaceFields(place: SignatoryPlace): [string, string][] {
  const text = textFor(place);
  const readBack = placeFromText(text);
  if (readBack.country === place.country && readBack.chapter === place.chapter) {
    return text === '' ? [] : [[TEXT_KEY, text]];
  }
  return placeFields(place, text).filter(([, value]) => value !== '');
}

/**
 * Changes an entry's place, writing only the keys whose value changes: a co-editor who changed the other half of
 * the place keeps their change.
 */
export function writePlace(fields: Y.Map<unknown>, place: SignatoryPlace): void {
  for (const [key, value] of placeFields(place, textFor(place))) {
    if (stringOf(fields.get(key)) !== value) {
      fields.set(key, value);
    }
  }
}

function placeFields(place: SignatoryPlace, text: string): [string, string][] {
  return [
    [CODE_KEY, place.country],
    [CHAPTER_KEY, place.chapter],
    [TEXT_KEY, text],
    [WRITTEN_KEY, text],
  ];
}

function textFor(place: SignatoryPlace): string {
  return placeText(place).slice(0, MAX_TEXT_LENGTH).trim();
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
