import { foldForSearch } from '../text/fold';
import { countryOptions, type CountryOption } from './country-codes';
import { signatoryName, type Signatory, type SignatoryKind, type SignatoryStatus } from './signatory';

/** What the panel's search box and filter menus ask for; an empty value does not narrow the list. */
export interface SignatoryFilter {
  query: string;
  status: SignatoryStatus | '';
  tag: string;
  /** A country's ISO code. */
  country: string;
  /** One kind, or 'unset' for the entries whose kind is not set. */
  kind: SignatoryKind | 'unset' | '';
}

/** Everything shown. */
export const NO_FILTER: SignatoryFilter = { query: '', status: '', tag: '', country: '', kind: '' };

/** An entry with its text folded once, so a keystroke only compares strings. */
export interface SearchableSignatory {
  signatory: Signatory;
  text: string;
  tags: readonly string[];
}

/**
 * Folds each entry's searchable text (name, chapter, country as named in `language`, tags, note) once, keeping the
 * given order.
 */
export function makeSearchable(signatories: readonly Signatory[], language = 'en'): SearchableSignatory[] {
  return signatories.map((signatory) => ({
    signatory,
    text: foldForSearch([signatoryName(signatory, language), ...signatory.tags, signatory.note].join(' ')),
    tags: signatory.tags.map(foldForSearch),
  }));
}

/**
 * The entries that pass every part of the filter, in the given order. The search matches each word anywhere
 * ("tibet canada" finds "Students for a Free Tibet – Canada"), ignoring case and accents; tag and country match whole.
 */
export function filterSignatories(
  entries: readonly SearchableSignatory[],
  filter: SignatoryFilter,
): Signatory[] {
  const words = foldForSearch(filter.query)
    .split(' ')
    .filter((word) => word !== '');
  const tag = foldForSearch(filter.tag);
  const shown: Signatory[] = [];
  for (const entry of entries) {
    if (filter.status !== '' && entry.signatory.status !== filter.status) {
      continue;
    }
    if (filter.kind !== '' && (entry.signatory.kind ?? 'unset') !== filter.kind) {
      continue;
    }
    if (
      (tag !== '' && !entry.tags.includes(tag)) ||
      (filter.country !== '' && entry.signatory.country !== filter.country)
    ) {
      continue;
    }
    if (words.every((word) => entry.text.includes(word))) {
      shown.push(entry.signatory);
    }
  }
  return shown;
}

/** True when the filter hides something. */
export function isFiltering(filter: SignatoryFilter): boolean {
  return (
    filter.query.trim() !== '' ||
    filter.status !== '' ||
    filter.tag !== '' ||
    filter.country !== '' ||
    filter.kind !== ''
  );
}

/**
 * The tags present in the list, each once (first spelling wins), in the given alphabet's order; and the countries
 * present, named in `language` and in its order.
 */
export function filterChoices(
  signatories: readonly Signatory[],
  locale?: string,
  language = 'en',
): { tags: string[]; countries: CountryOption[] } {
  const tags = new Map<string, string>();
  const codes = new Set<string>();
  for (const signatory of signatories) {
    signatory.tags.forEach((tag) => addOnce(tags, tag));
    codes.add(signatory.country);
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return {
    tags: [...tags.values()].sort(collator.compare),
    countries: countryOptions(language).filter((option) => codes.has(option.code)),
  };
}

function addOnce(values: Map<string, string>, value: string): void {
  const key = foldForSearch(value);
  if (key !== '' && !values.has(key)) {
    values.set(key, value.trim());
  }
}
