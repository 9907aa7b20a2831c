import { foldText, nameTokens, normaliseName } from '../normalise';
import { placeAt, withParents } from './places';
import { DEMONYMS, ENGLISH_DEMONYMS, SPELLINGS, STOPWORDS, TYPE_WORDS } from './vocabulary';

/** A word of a name read as another word when comparing ("komiteen" as "committee"). */
export interface WordMapping {
  from: string;
  to: string;
  why: 'spelling' | 'translation';
}

/** What two names are compared by. */
export interface NameKey {
  /** The folded name and country ({@link normaliseName}). */
  normalised: string;
  /** The same without spaces ("hongkongers" for "Hong Kongers"). */
  compact: string;
  /** The words that say what the organization is, in order, with small words left out and one spelling each. */
  core: string[];
  /** The same words sorted. */
  sortedCore: string[];
  /** The places it is in, with the places containing them, sorted ("australia", "victoria"). */
  places: string[];
  /** Core words sorted, then places: equal keys name the same organization in the same place. */
  canonical: string;
  mappings: WordMapping[];
}

/** Reads a name (and its chapter's country, if any) into the key that duplicates are found by. */
export function nameKey(name: string, country = ''): NameKey {
  const normalisedName = normaliseName(name);
  const words = nameTokens(normalisedName);
  const countryWords = nameTokens(foldText(country));
  const core: string[] = [];
  const places = new Set<string>();
  const mappings: WordMapping[] = [];
  readWords(words, core, places, mappings);
  if (countryWords.length > 0) {
    const place = placeAt(countryWords, 0);
    const id = place?.length === countryWords.length ? place.id : countryWords.join(' ');
    for (const parent of withParents(id)) {
      places.add(parent);
    }
  }
  const sortedPlaces = places.size === 0 ? [] : [...places].sort();
  const sortedCore = core.length < 2 ? core : [...core].sort();
  const normalised = countryWords.length > 0 ? `${normalisedName} ${countryWords.join(' ')}` : normalisedName;
  return {
    normalised,
    compact: normalised.replaceAll(' ', ''),
    core,
    sortedCore,
    places: sortedPlaces,
    canonical: `${sortedCore.join(' ')}|${sortedPlaces.join(' ')}`,
    mappings,
  };
}

function readWords(
  words: readonly string[],
  core: string[],
  places: Set<string>,
  mappings: WordMapping[],
): void {
  let index = 0;
  while (index < words.length) {
    const place = placeAt(words, index);
    if (place) {
      for (const id of withParents(place.id)) {
        places.add(id);
      }
      index += place.length;
      continue;
    }
    const word = words[index] ?? '';
    index += 1;
    if (STOPWORDS.has(word)) {
      continue;
    }
    const demonym = DEMONYMS.get(word);
    if (demonym !== undefined) {
      for (const id of withParents(demonym)) {
        places.add(id);
      }
      if (!ENGLISH_DEMONYMS.has(word) && word !== demonym) {
        mappings.push({ from: word, to: demonym, why: 'translation' });
      }
      continue;
    }
    core.push(canonicalWord(word, mappings));
  }
}

function canonicalWord(word: string, mappings: WordMapping[]): string {
  const spelling = SPELLINGS.get(word);
  if (spelling !== undefined) {
    if (spelling !== word) {
      mappings.push({ from: word, to: spelling, why: 'spelling' });
    }
    return spelling;
  }
  const type = TYPE_WORDS.get(word);
  if (type === undefined || type === word) {
    return word;
  }
  // An English plural ("projects") is another form of the word, not a translation of it.
  mappings.push({ from: word, to: type, why: word === `${type}s` ? 'spelling' : 'translation' });
  return type;
}

/** Why two names whose canonical keys are equal name the same organization, in plain words. */
export function explainSameKey(a: NameKey, b: NameKey): string {
  if (a.normalised === b.normalised) {
    return 'same name after normalising';
  }
  if (a.compact === b.compact) {
    return 'same name apart from spaces';
  }
  const reasons: string[] = [];
  if ([...a.mappings, ...b.mappings].some((mapping) => mapping.why === 'translation')) {
    reasons.push('same name in another language');
  }
  const respelled = [...a.mappings, ...b.mappings].find((mapping) => mapping.why === 'spelling');
  if (respelled) {
    reasons.push(`“${capitalise(respelled.from)}” is another spelling of “${capitalise(respelled.to)}”`);
  }
  if (reasons.length === 0 && a.core.join(' ') !== b.core.join(' ') && a.canonical === b.canonical) {
    reasons.push('same words in a different order');
  }
  if (reasons.length === 0) {
    reasons.push('same words and place, worded differently');
  }
  return reasons.join('; ');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
