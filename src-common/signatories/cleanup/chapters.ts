import { countryCodeOf } from '../country-codes';
import { endsWithComma, tokenizeLine, type LineToken } from './line-tokens';
import { isCountrySlot, maxPlaceWords } from './places';

/** A name with the country, region or city of its chapter, as written ("Los Angeles"); empty when none. */
export interface NameWithCountry {
  name: string;
  country: string;
}

const DASHES = new Set(['–', '—', '-']);

/**
 * Separates a trailing place written after a comma or a dash: "Tibet Lives, India" and "TSG – Slovenia" are the
 * organization and its country, the way a chapter is printed ("Students for a Free Tibet – Canada"). A place
 * without the comma ("Uyghur Association France") stays part of the name, as the organization writes it.
 * `tokens` are the text's tokens when the caller has them already.
 */
export function splitChapter(
  text: string,
  tokens: readonly LineToken[] = tokenizeLine(text),
): NameWithCountry {
  const start = withCityBefore(tokens, placeSuffixStart(tokens));
  const place = tokens[start];
  const before = tokens[start - 1];
  if (start < 0 || !place || !before) {
    return { name: text.trim(), country: '' };
  }
  const nameEnd = isDash(before) ? (tokens[start - 2]?.end ?? 0) : before.end - 1;
  const name = text.slice(0, nameEnd).trim();
  return name === '' ? { name: text.trim(), country: '' } : { name, country: text.slice(place.start).trim() };
}

/**
 * "Name, Munich, Germany": a city or region written before the country, after a comma of its own, belongs to the
 * place ("Munich, Germany"), not to the name. Returns where the place then starts.
 */
function withCityBefore(tokens: readonly LineToken[], start: number): number {
  const comma = tokens[start - 1];
  if (start < 2 || !comma || !endsWithComma(comma)) {
    return start;
  }
  for (let city = Math.max(1, start - maxPlaceWords()); city < start; city += 1) {
    const before = tokens[city - 1];
    const words = tokens.slice(city, start).map((token) => token.word);
    // Two countries ("France, Germany") are not a city and its country.
    const isCity = isCountrySlot(words) && countryCodeOf(words.join(' ')) === null;
    if (before && (endsWithComma(before) || isDash(before)) && isCity) {
      return city;
    }
  }
  return start;
}

/**
 * Where a place after a comma or dash starts in `tokens` (the longest such place), or -1. Used both to read a
 * chapter and to see where a name ends inside a merged line.
 */
export function placeSuffixStart(tokens: readonly LineToken[], end = tokens.length): number {
  // Only the last few words can be a place: a long line costs no more than a short one.
  for (let start = Math.max(1, end - maxPlaceWords()); start < end; start += 1) {
    const before = tokens[start - 1];
    if (!before || !(endsWithComma(before) || (isDash(before) && start >= 2))) {
      continue;
    }
    if (isCountrySlot(tokens.slice(start, end).map((token) => token.word))) {
      return start;
    }
  }
  return -1;
}

/**
 * "FIAN Sweden" read as an acronym and a place, or null. An international organization known by its acronym names
 * its sections after the country; the block parser reads them so when one list holds several ("FIAN Sweden",
 * "FIAN Germany"). A name of words ("Uyghur Association France") keeps its place.
 */
export function acronymSection(
  text: string,
  tokens: readonly LineToken[] = tokenizeLine(text),
): NameWithCountry | null {
  const [first, second] = tokens;
  if (!first || !second || !/^\p{Lu}{2,}$/u.test(first.text)) {
    return null;
  }
  return isCountrySlot(tokens.slice(1).map((token) => token.word))
    ? { name: first.text, country: text.slice(second.start).trim() }
    : null;
}

function isDash(token: LineToken): boolean {
  return DASHES.has(token.text);
}
