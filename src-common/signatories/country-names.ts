import { foldText } from './normalise';

// Country names in the languages letters are signed in, from the runtime's own CLDR data (Intl.DisplayNames, in
// Node and every browser) instead of typed lists: "Allemagne", "Stati Uniti", "República Dominicana", "香港", "台灣".
// Built once, on first use.

/**
 * Languages besides English whose country names are read in a country slot ("Name (Francia)", "Name, Alemanha").
 * English comes first in every table, apart, so a name can be read in English before the others are made.
 */
const OTHER_LANGUAGES = [
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'nl',
  'ca',
  'zh-Hans',
  'zh-Hant',
  'ar',
  'ja',
  'ko',
  'ru',
  'uk',
  'tr',
  'pl',
  'sv',
  'da',
  'nb',
  'fi',
  'cs',
  'el',
  'he',
  'fa',
  'id',
  'vi',
  'hi',
];

// Codes CLDR names that are not countries: the EU, the UN, the eurozone, "Outlying Oceania", pseudo-regions.
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']);

let codesCache: ReadonlySet<string> | null = null;

/**
 * True for an ISO 3166 alpha-2 code of a country or territory the runtime names ("DE", "HK"); "EU" is not one, nor
 * is a code withdrawn in favour of another ("DD" for East Germany is now "DE", "BU" is "MM").
 */
export function isCountryCode(code: string): boolean {
  codesCache ??= new Set(regionCodes().filter((known) => isCurrent(known)));
  return codesCache.has(code);
}

function isCurrent(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
  } catch {
    return false;
  }
}

let regionsCache: readonly string[] | null = null;

/** The regions the runtime knows, as ISO codes; asked once, as each of 676 codes costs a look-up. */
function regionCodes(): readonly string[] {
  regionsCache ??= knownRegions();
  return regionsCache;
}

function knownRegions(): string[] {
  const english = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let first = 65; first <= 90; first += 1) {
    for (let second = 65; second <= 90; second += 1) {
      const code = String.fromCharCode(first, second);
      const name = english.of(code);
      if (name !== undefined && name !== code && !NOT_COUNTRIES.has(code)) {
        codes.push(code);
      }
    }
  }
  return codes;
}

/** A country's folded names and the ISO code they stand for. */
export interface CountryName {
  folded: string;
  code: string;
}

let englishCache: CountryName[] | null = null;
let everyCache: CountryName[] | null = null;

/** Every country's English name, long and short ("united states", "us"; "hong kong sar china", "hong kong"). */
export function englishCountryNames(): readonly CountryName[] {
  englishCache ??= namesIn(['en'], regionCodes());
  return englishCache;
}

/** Every country's name in English, then in each of {@link OTHER_LANGUAGES}, long and short. */
export function countryNamesEverywhere(): readonly CountryName[] {
  everyCache ??= [...englishCountryNames(), ...namesIn(OTHER_LANGUAGES, regionCodes())];
  return everyCache;
}

function namesIn(languages: readonly string[], codes: readonly string[]): CountryName[] {
  const names: CountryName[] = [];
  for (const language of languages) {
    for (const style of ['long', 'short'] as const) {
      const display = displayNames(language, style);
      for (const code of display ? codes : []) {
        const name = display?.of(code) ?? '';
        // A two-letter short form ("RU" for the United Kingdom in Spanish) is a code, not a name people write.
        if (name.replace(/\P{L}/gu, '').length > 2 || (name !== '' && language === 'en')) {
          names.push({ folded: foldText(name), code });
        }
        // A hyphenated name is one word of a line ("Royaume-Uni" folds to "royaumeuni" there).
        if (name.includes('-')) {
          names.push({ folded: foldText(name.replaceAll('-', '')), code });
        }
      }
    }
  }
  return names;
}

function displayNames(language: string, style: 'long' | 'short'): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames(language, { type: 'region', style, fallback: 'none' });
  } catch {
    // A runtime without this language's data (a small-ICU build) reads the others.
    return null;
  }
}

const REGIONAL_INDICATOR_A = 0x1f1e6;

/**
 * The English name of the country a flag emoji stands for ("🇳🇱" → "Netherlands"), or null for anything else. A
 * flag is two "regional indicator" letters spelling the ISO code.
 */
export function flagCountry(flag: string): string | null {
  const letters = [...flag].map((character) => (character.codePointAt(0) ?? 0) - REGIONAL_INDICATOR_A);
  if (letters.length !== 2 || letters.some((letter) => letter < 0 || letter > 25)) {
    return null;
  }
  const code = String.fromCharCode(...letters.map((letter) => letter + 65));
  const name = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' }).of(code);
  return name === undefined || name === code ? null : name;
}

/** Flag emoji in a text: a pair of regional indicator letters. */
export const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;
