import { foldForSearch } from '../text/fold';
import { displayName, type Signatory, type SignatoryStatus } from './signatory';

/** What the panel's search box and filter menus ask for; an empty value does not narrow the list. */
export interface SignatoryFilter {
  query: string;
  status: SignatoryStatus | '';
  tag: string;
  country: string;
}

/** Everything shown. */
export const NO_FILTER: SignatoryFilter = { query: '', status: '', tag: '', country: '' };

/** An entry with its text folded once, so a keystroke only compares strings. */
export interface SearchableSignatory {
  signatory: Signatory;
  text: string;
  tags: readonly string[];
  country: string;
}

/** Folds each entry's searchable text (name, chapter, tags, note) once, keeping the given order. */
export function makeSearchable(signatories: readonly Signatory[]): SearchableSignatory[] {
  return signatories.map((signatory) => ({
    signatory,
    text: foldForSearch([displayName(signatory), ...signatory.tags, signatory.note].join(' ')),
    tags: signatory.tags.map(foldForSearch),
    country: foldForSearch(signatory.country),
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
  const country = foldForSearch(filter.country);
  const shown: Signatory[] = [];
  for (const entry of entries) {
    if (filter.status !== '' && entry.signatory.status !== filter.status) {
      continue;
    }
    if ((tag !== '' && !entry.tags.includes(tag)) || (country !== '' && entry.country !== country)) {
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
  return filter.query.trim() !== '' || filter.status !== '' || filter.tag !== '' || filter.country !== '';
}

/** The tags and countries present in the list, each once (first spelling wins), in the given alphabet's order. */
export function filterChoices(
  signatories: readonly Signatory[],
  locale?: string,
): { tags: string[]; countries: string[] } {
  const tags = new Map<string, string>();
  const countries = new Map<string, string>();
  for (const signatory of signatories) {
    signatory.tags.forEach((tag) => addOnce(tags, tag));
    addOnce(countries, signatory.country);
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sorted = (values: Map<string, string>) => [...values.values()].sort(collator.compare);
  return { tags: sorted(tags), countries: sorted(countries) };
}

function addOnce(values: Map<string, string>, value: string): void {
  const key = foldForSearch(value);
  if (key !== '' && !values.has(key)) {
    values.set(key, value.trim());
  }
}
