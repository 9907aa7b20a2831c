import { useId, useMemo } from 'react';
import {
  isSupportedLocale,
  SIGNATORY_GROUPINGS,
  type SignatoryDisplay,
  type SignatoryGrouping,
} from '../../src-common/signatories/display-settings';
import type { CountryOption } from '../../src-common/signatories/country-codes';
import type { SignatoryFilter } from '../../src-common/signatories/filter';
import { SIGNATORY_STATUSES } from '../../src-common/signatories/signatory';
import { STATUS_WORDS } from './status-words';

interface SignatoryFiltersProps {
  filter: SignatoryFilter;
  onFilter(patch: Partial<SignatoryFilter>): void;
  /** The tags, and the countries (by code, named in the interface language), present in the list. */
  choices: { tags: readonly string[]; countries: readonly CountryOption[] };
  display: SignatoryDisplay;
  onDisplay(patch: Partial<SignatoryDisplay>): void;
}

const GROUPING_WORDS: Record<SignatoryGrouping, string> = {
  alphabetical: 'Alphabetical',
  tag: 'By tag',
  country: 'By country',
};

// Alphabets coalition letters are commonly published in; each sorts its own letters ("Ö" after "Z" in Swedish).
const ALPHABETS: readonly [string, string][] = [
  ['en', 'English'],
  ['fr', 'French'],
  ['de', 'German'],
  ['es', 'Spanish'],
  ['da', 'Danish'],
  ['nb', 'Norwegian'],
  ['sv', 'Swedish'],
  ['fi', 'Finnish'],
  ['tr', 'Turkish'],
  ['cs', 'Czech'],
  ['ja', 'Japanese'],
  ['zh', 'Chinese (pinyin)'],
  ['zh-Hant-u-co-stroke', 'Chinese (strokes)'],
  ['ug', 'Uyghur'],
];

// Asking Intl which alphabets it can sort by is slow, and its answer never changes: asked once.
let supportedAlphabets: readonly (readonly [string, string])[] | null = null;

/** The alphabets this runtime sorts by, with the letter's own choice when a co-editor chose one the list lacks. */
function alphabetsWith(locale: string): readonly (readonly [string, string])[] {
  supportedAlphabets ??= ALPHABETS.filter(([tag]) => isSupportedLocale(tag));
  const known = locale === '' || ALPHABETS.some(([tag]) => tag === locale);
  // A co-editor may have chosen an alphabet this list does not name; it is still shown, by its tag.
  return known || !isSupportedLocale(locale) ? supportedAlphabets : [...supportedAlphabets, [locale, locale]];
}

const KIND_FILTERS = ['organization', 'person', 'unset'] as const;

/** Status, kind, tag and country filters, and the list's grouping and alphabet (the last two shared with co-editors). */
export function SignatoryFilters({ filter, onFilter, choices, display, onDisplay }: SignatoryFiltersProps) {
  const id = useId();
  const alphabets = useMemo(() => alphabetsWith(display.locale), [display.locale]);
  return (
    <div className="signatory-filters" role="group" aria-label="Filter and group signatories">
      <label htmlFor={`${id}-status`}>Status</label>
      <select
        id={`${id}-status`}
        value={filter.status}
        onChange={(event) =>
          onFilter({ status: SIGNATORY_STATUSES.find((status) => status === event.target.value) ?? '' })
        }
      >
        <option value="">All statuses</option>
        {SIGNATORY_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_WORDS[status]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-kind`}>Kind</label>
      <select
        id={`${id}-kind`}
        value={filter.kind}
        onChange={(event) =>
          onFilter({ kind: KIND_FILTERS.find((kind) => kind === event.target.value) ?? '' })
        }
      >
        <option value="">All kinds</option>
        <option value="organization">Organizations</option>
        <option value="person">People</option>
        <option value="unset">Kind not set</option>
      </select>
      <label htmlFor={`${id}-tag`}>Tag</label>
      <select id={`${id}-tag`} value={filter.tag} onChange={(event) => onFilter({ tag: event.target.value })}>
        <option value="">All tags</option>
        {choices.tags.map((tag) => (
          <option key={tag} value={tag}>
            {tag}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-country`}>Country</label>
      <select
        id={`${id}-country`}
        value={filter.country}
        onChange={(event) => onFilter({ country: event.target.value })}
      >
        <option value="">All countries</option>
        {choices.countries.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-group`}>Group</label>
      <select
        id={`${id}-group`}
        value={display.grouping}
        onChange={(event) =>
          onDisplay({ grouping: SIGNATORY_GROUPINGS.find((grouping) => grouping === event.target.value) })
        }
      >
        {SIGNATORY_GROUPINGS.map((grouping) => (
          <option key={grouping} value={grouping}>
            {GROUPING_WORDS[grouping]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-alphabet`}>Sort as</label>
      <select
        id={`${id}-alphabet`}
        value={display.locale}
        onChange={(event) => onDisplay({ locale: event.target.value })}
      >
        <option value="">This computer’s language</option>
        {alphabets.map(([tag, words]) => (
          <option key={tag} value={tag}>
            {words}
          </option>
        ))}
      </select>
    </div>
  );
}
