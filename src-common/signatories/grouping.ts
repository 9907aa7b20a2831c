import { foldForSearch } from '../text/fold';
import { countryName } from './country-codes';
import type { SignatoryGrouping } from './display-settings';
import { compareNames, compareSignatories } from './order';
import type { Signatory } from './signatory';

/** A run of entries under one heading: a letter ("S"), a tag ("Tibetan") or a country ("Canada"). */
export interface SignatoryGroup {
  /** Stable while the list changes, for React keys and row ids. */
  key: string;
  heading: string;
  entries: Signatory[];
}

/** Shown for entries without a tag or a country; always the last group. */
export const NO_TAG = 'No tag';
export const NO_COUNTRY = 'No country';

/** Sorts by name, then chapter, as {@link compareNames} orders them (case, accents and a leading "The" ignored). */
export function sortSignatories(signatories: readonly Signatory[], locale?: string): Signatory[] {
  return [...signatories].sort(compareSignatories(locale));
}

/**
 * Groups entries that are already sorted (see {@link sortSignatories}); each group keeps that order. By tag, an
 * entry with two tags is listed under both, as a reader looking for one constituency expects. By country, the
 * headings are the countries' names in `language` (the interface's, or a published letter's), in its alphabet.
 */
export function groupSignatories(
  sorted: readonly Signatory[],
  grouping: SignatoryGrouping,
  locale?: string,
  language = 'en',
): SignatoryGroup[] {
  switch (grouping) {
    case 'alphabetical':
      return byInitial(sorted, locale);
    case 'tag':
      return byValue(sorted, (entry) => entry.tags, NO_TAG, locale);
    case 'country':
      return byCountry(sorted, language);
  }
}

/**
 * The confirmed entries in the panel's order and grouping, each once: the groups a published letter lists them in.
 * By tag an entry can be in two groups; a published list names it once, under its first, and drops a group left empty.
 */
export function publishedGroups(
  signatories: readonly Signatory[],
  grouping: SignatoryGrouping,
  locale?: string,
  language = 'en',
): SignatoryGroup[] {
  const confirmed = signatories.filter((entry) => entry.status === 'confirmed');
  const listed = new Set<string>();
  const groups: SignatoryGroup[] = [];
  for (const group of groupSignatories(sortSignatories(confirmed, locale), grouping, locale, language)) {
    const entries = group.entries.filter((entry) => !listed.has(entry.id));
    entries.forEach((entry) => listed.add(entry.id));
    if (entries.length > 0) {
      groups.push({ ...group, entries });
    }
  }
  return groups;
}

// Letters of one heading are those the collator treats as one: "É" files under "E" in English, while "Ö" keeps its
// own heading in Swedish, where it is a letter after "Z".
function byInitial(sorted: readonly Signatory[], locale?: string): SignatoryGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  // Names share few first characters, so each character's heading is worked out once per list, not once per name.
  const headings = new Map<string, string>();
  const groups: SignatoryGroup[] = [];
  let current: SignatoryGroup | undefined;
  for (const entry of sorted) {
    const first = firstCharacter(entry.name);
    const initial = headings.get(first) ?? headingFor(first, collator, locale);
    headings.set(first, initial);
    if (!current || collator.compare(current.heading, initial) !== 0) {
      current = { key: `letter:${initial}`, heading: initial, entries: [] };
      groups.push(current);
    }
    current.entries.push(entry);
  }
  return groups;
}

/** The heading letter of a name: its first letter after a leading "The", capital and (where the alphabet agrees) bare. */
export function initialOf(name: string, locale?: string): string {
  return headingFor(firstCharacter(name), new Intl.Collator(locale, { sensitivity: 'base' }), locale);
}

function firstCharacter(name: string): string {
  const trimmed = name.trim().replace(/^the\s+/iu, '');
  return String.fromCodePoint(trimmed.codePointAt(0) ?? 0x20);
}

function headingFor(first: string, collator: Intl.Collator, locale?: string): string {
  if (!/\p{L}/u.test(first)) {
    return '#';
  }
  const capital = first.toLocaleUpperCase(locale);
  const bare = capital.normalize('NFD').replace(/\p{M}+/gu, '');
  return bare !== '' && collator.compare(bare, capital) === 0 ? bare : capital;
}

function byValue(
  sorted: readonly Signatory[],
  valuesOf: (entry: Signatory) => readonly string[],
  missing: string,
  locale?: string,
): SignatoryGroup[] {
  const groups = new Map<string, SignatoryGroup>();
  const none: SignatoryGroup = { key: 'none', heading: missing, entries: [] };
  for (const entry of sorted) {
    const values = new Map(valuesOf(entry).map((value) => [foldForSearch(value), value.trim()]));
    values.delete('');
    if (values.size === 0) {
      none.entries.push(entry);
    }
    for (const [key, value] of values) {
      const group = groups.get(key) ?? { key: `value:${key}`, heading: value, entries: [] };
      group.entries.push(entry);
      groups.set(key, group);
    }
  }
  const compare = compareNames(locale);
  const named = [...groups.values()].sort((a, b) => compare(a.heading, b.heading));
  return none.entries.length > 0 ? [...named, none] : named;
}

// Entries of one country code under its name; "No country" last. Chapters without a country ("Europe") are there.
function byCountry(sorted: readonly Signatory[], language: string): SignatoryGroup[] {
  const groups = new Map<string, SignatoryGroup>();
  const none: SignatoryGroup = { key: 'none', heading: NO_COUNTRY, entries: [] };
  for (const entry of sorted) {
    if (entry.country === '') {
      none.entries.push(entry);
      continue;
    }
    const group = groups.get(entry.country) ?? {
      key: `country:${entry.country}`,
      heading: countryName(entry.country, language),
      entries: [],
    };
    group.entries.push(entry);
    groups.set(entry.country, group);
  }
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const named = [...groups.values()].sort((a, b) => collator.compare(a.heading, b.heading));
  return none.entries.length > 0 ? [...named, none] : named;
}

/** One row of the displayed list: a group's heading or an entry under it. */
export type SignatoryRow =
  | { kind: 'heading'; key: string; heading: string; count: number }
  | { kind: 'entry'; key: string; signatory: Signatory };

/** The groups as one list of rows, each heading followed by its entries, for a list that draws rows by index. */
export function listRows(groups: readonly SignatoryGroup[]): SignatoryRow[] {
  const rows: SignatoryRow[] = [];
  for (const group of groups) {
    rows.push({ kind: 'heading', key: group.key, heading: group.heading, count: group.entries.length });
    for (const signatory of group.entries) {
      rows.push({ kind: 'entry', key: `${group.key}/${signatory.id}`, signatory });
    }
  }
  return rows;
}
