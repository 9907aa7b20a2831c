import { setIfUndefined } from 'lib0/map';
import {
  countryNamesEverywhere,
  englishCountryNames,
  isCountryCode,
  type CountryName,
} from './country-names';
import { foldText } from './normalise';

// A signatory's country is an ISO 3166 code; people write it as a name in whatever language the list is in. These
// read a name as its code and show a code as a name.

// Everyday names the runtime's tables lack (its English names are "United States", "United Kingdom", "Türkiye"...).
const EXTRA_NAMES: Readonly<Record<string, string>> = {
  usa: 'US',
  'u s a': 'US',
  'u s': 'US',
  'united states of america': 'US',
  america: 'US',
  eeuu: 'US',
  'ee uu': 'US',
  'u k': 'GB',
  britain: 'GB',
  'great britain': 'GB',
  holland: 'NL',
  'the netherlands': 'NL',
  burma: 'MM',
  korea: 'KR',
  'czech republic': 'CZ',
  turkey: 'TR',
  macedonia: 'MK',
  'ivory coast': 'CI',
  swaziland: 'SZ',
  'east timor': 'TL',
  'cape verde': 'CV',
  prc: 'CN',
  roc: 'TW',
  // The runtime names these "中国香港特别行政区" and the like; people write the short form.
  香港: 'HK',
  澳门: 'MO',
  澳門: 'MO',
  // Arabic letters write the short or older form of these ("السعودية" for "المملكة العربية السعودية").
  سورية: 'SY',
  السعودية: 'SA',
  الإمارات: 'AE',
  بريطانيا: 'GB',
  أمريكا: 'US',
  امريكا: 'US',
  'الولايات المتحدة الأمريكية': 'US',
};

// Two characters name a country in Chinese, Japanese and Korean ("香港", "日本"); the import's tables leave such
// short names out, where they could be a code, so they are added here.
const TWO_CHARACTER_LANGUAGES = ['zh-Hans', 'zh-Hant', 'ja', 'ko'];

let englishByName: ReadonlyMap<string, string> | null = null;
let byName: ReadonlyMap<string, string> | null = null;

// The everyday names and the English ones: the first part of the whole table below, built in the same order, so a
// name found here stands for the same code there. Most places in a list are written so ("Canada"), and these take
// a few milliseconds where the table of all 28 languages takes about a hundred, as a letter opens.
function englishNamesToCodes(): ReadonlyMap<string, string> {
  englishByName ??= withNames(new Map(Object.entries(EXTRA_NAMES)), englishCountryNames());
  return englishByName;
}

function namesToCodes(): ReadonlyMap<string, string> {
  if (!byName) {
    const names = withNames(new Map(Object.entries(EXTRA_NAMES)), countryNamesEverywhere());
    for (const code of allCountryCodes()) {
      for (const language of TWO_CHARACTER_LANGUAGES) {
        const folded = foldText(countryName(code, language));
        if (!names.has(folded)) {
          names.set(folded, code);
        }
      }
    }
    byName = names;
  }
  return byName;
}

// The first name wins: languages come in the order of their list, English first.
function withNames(names: Map<string, string>, countries: readonly CountryName[]): Map<string, string> {
  for (const { folded, code } of countries) {
    if (!names.has(folded) && isCountryCode(code)) {
      names.set(folded, code);
    }
  }
  return names;
}

/**
 * The ISO code a country name stands for, in any language letters are signed in ("Allemagne", "Germany", "UK"), or
 * null for anything else: a city, a region, a continent ("Munich", "Europe"). Other two-letter codes are not read:
 * "Columbus, GA" is in Georgia, not Gabon. The other languages' names are made only for a text the English ones
 * do not read.
 */
export function countryCodeOf(text: string): string | null {
  const folded = foldText(text.trim());
  return englishNamesToCodes().get(folded) ?? namesToCodes().get(folded) ?? null;
}

const displays = new Map<string, Intl.DisplayNames>();

/** A country's name in a language ("DE" → "Germany", "Allemagne"); the code itself for one the runtime lacks. */
export function countryName(code: string, language = 'en'): string {
  if (!isCountryCode(code)) {
    return code;
  }
  return setIfUndefined(displays, language, () => displayNamesFor(language)).of(code) ?? code;
}

function displayNamesFor(language: string): Intl.DisplayNames {
  try {
    return new Intl.DisplayNames(language, { type: 'region', fallback: 'code' });
  } catch {
    // A malformed language tag shows English names rather than none.
    return new Intl.DisplayNames('en', { type: 'region', fallback: 'code' });
  }
}

/** A country offered in a picker: its code and its name in the picker's language. */
export interface CountryOption {
  code: string;
  name: string;
}

// The list never changes for a language, and a letter's first view needs it twice (the side panel's country filter
// and its country picker), each time naming and sorting every country: made once per language.
const optionsByLanguage = new Map<string, readonly CountryOption[]>();

/** Every country, named in `language` and in its alphabet's order, for a picker; the same frozen list each time. */
export function countryOptions(language = 'en'): readonly CountryOption[] {
  return setIfUndefined(optionsByLanguage, language, () => {
    const collator = new Intl.Collator(language, { sensitivity: 'base' });
    return Object.freeze(
      allCountryCodes()
        .map((code) => Object.freeze({ code, name: countryName(code, language) }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    );
  });
}

function allCountryCodes(): string[] {
  const codes: string[] = [];
  for (let first = 65; first <= 90; first += 1) {
    for (let second = 65; second <= 90; second += 1) {
      const code = String.fromCharCode(first, second);
      if (isCountryCode(code)) {
        codes.push(code);
      }
    }
  }
  return codes;
}
