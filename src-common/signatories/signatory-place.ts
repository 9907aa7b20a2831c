import { countryCodeOf, countryName } from './country-codes';

/** Where a signatory is: a country as its ISO code and a chapter (a city, region or "Europe"); either may be empty. */
export interface SignatoryPlace {
  country: string;
  chapter: string;
}

const NOWHERE: SignatoryPlace = { country: '', chapter: '' };

// Lists repeat the same few places thousands of times, and an old letter's list is read this way on every change.
const readPlaces = new Map<string, SignatoryPlace>();
const MAX_REMEMBERED = 5000;

/**
 * Reads a place written as one text, the way letters stored it before country and chapter were apart: a country
 * name in any language is the country ("Allemagne" → DE), "Munich, Germany" is a chapter and its country, anything
 * else is the chapter ("Los Angeles", "Europe").
 */
export function placeFromText(text: string): SignatoryPlace {
  const trimmed = text.trim();
  if (trimmed === '') {
    return NOWHERE;
  }
  const known = readPlaces.get(trimmed);
  if (known) {
    return known;
  }
  const place = readPlace(trimmed);
  if (readPlaces.size >= MAX_REMEMBERED) {
    readPlaces.clear();
  }
  readPlaces.set(trimmed, place);
  return place;
}

function readPlace(text: string): SignatoryPlace {
  const whole = countryCodeOf(text);
  if (whole) {
    return { country: whole, chapter: '' };
  }
  const comma = text.lastIndexOf(',');
  const country = comma > 0 ? countryCodeOf(text.slice(comma + 1)) : null;
  const chapter = text.slice(0, comma).trim();
  return country && chapter !== '' ? { country, chapter } : { country: '', chapter: text };
}

/**
 * The place as printed after a name: "Munich, Germany", "Munich" or "Germany", the country named in `language`.
 * {@link placeFromText} reads it back.
 */
export function placeText(place: SignatoryPlace, language = 'en'): string {
  const chapter = place.chapter.trim();
  const country = place.country === '' ? '' : countryName(place.country, language);
  return chapter !== '' && country !== '' ? `${chapter}, ${country}` : chapter || country;
}
