import { describe, expect, it } from 'vitest';
import {
  filterChoices,
  filterSignatories,
  isFiltering,
  makeSearchable,
  NO_FILTER,
  type SignatoryFilter,
} from '../../../src-common/signatories/filter';
import { signatoryName, signatorySchema, type Signatory } from '../../../src-common/signatories/signatory';

const entry = (name: string, fields: Partial<Signatory> = {}): Signatory =>
  signatorySchema.parse({ id: name + (fields.country ?? ''), name, status: 'confirmed', ...fields });

const LIST: Signatory[] = [
  entry('Students for a Free Tibet', { country: 'CA', tags: ['Tibetan'] }),
  entry('Students for a Free Tibet', { country: 'JP', tags: ['Tibetan'], status: 'invited' }),
  entry('Uyghur Human Rights Project', { country: 'US', tags: ['Uyghur'], kind: 'organization' }),
  entry('Norsk uyghur komité', { country: 'NO', tags: ['uyghur'], status: 'declined' }),
  entry('ئۇيغۇر ئاكادېمىيىسى', { tags: ['Uyghur'], status: 'withdrawn' }),
  entry('芝援香港 Chicago Solidarity with Hong Kong', {
    country: 'US',
    chapter: 'Chicago',
    tags: ['Hong Kong'],
  }),
  entry('Tibet Initiative', { chapter: 'Munich' }),
  entry('Rushan Abbas', { kind: 'person' }),
  entry('Uyghur Youth Network', { chapter: 'Europe' }),
];

const shown = (filter: Partial<SignatoryFilter>): string[] =>
  filterSignatories(makeSearchable(LIST), { ...NO_FILTER, ...filter }).map((found) => signatoryName(found));

describe('filtering the signatory list', () => {
  it('shows everything without a filter, in the given order', () => {
    expect(shown({})).toHaveLength(LIST.length);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('matches every word of the search anywhere, ignoring case and accents', () => {
    expect(shown({ query: 'TIBET canada' })).toEqual(['Students for a Free Tibet – Canada']);
    expect(shown({ query: 'komite' })).toEqual(['Norsk uyghur komité – Norway']);
    expect(shown({ query: '香港' })).toEqual([
      '芝援香港 Chicago Solidarity with Hong Kong – Chicago, United States',
    ]);
    expect(shown({ query: 'munich' })).toEqual(['Tibet Initiative – Munich']);
    expect(shown({ query: 'ئۇيغۇر' })).toEqual(['ئۇيغۇر ئاكادېمىيىسى']);
    expect(shown({ query: 'tibet mongolia' })).toEqual([]);
  });

  it('narrows by kind, an entry without one being “not set”', () => {
    expect(shown({ kind: 'person' })).toEqual(['Rushan Abbas']);
    expect(shown({ kind: 'organization', country: 'US' })).toEqual([
      'Uyghur Human Rights Project – United States',
    ]);
    expect(shown({ kind: 'unset' })).toHaveLength(LIST.length - 2);
    expect(isFiltering({ ...NO_FILTER, kind: 'unset' })).toBe(true);
  });

  it('narrows by status, tag and country, combined with the search', () => {
    expect(shown({ status: 'invited' })).toEqual(['Students for a Free Tibet – Japan']);
    expect(shown({ tag: 'Uyghur' })).toHaveLength(3);
    expect(shown({ tag: 'Uyghur', status: 'confirmed' })).toEqual([
      'Uyghur Human Rights Project – United States',
    ]);
    expect(shown({ country: 'US' })).toHaveLength(2);
    expect(shown({ country: 'US', query: 'hong' })).toEqual([
      '芝援香港 Chicago Solidarity with Hong Kong – Chicago, United States',
    ]);
    expect(shown({ country: 'DE' })).toEqual([]);
    expect(isFiltering({ ...NO_FILTER, tag: 'Uyghur' })).toBe(true);
  });

  it('offers each tag and country once, sorted, first spelling kept; a chapter is not a country', () => {
    expect(filterChoices(LIST)).toEqual({
      tags: ['Hong Kong', 'Tibetan', 'Uyghur'],
      countries: [
        { code: 'CA', name: 'Canada' },
        { code: 'JP', name: 'Japan' },
        { code: 'NO', name: 'Norway' },
        { code: 'US', name: 'United States' },
      ],
    });
    // Named and sorted in the interface's language.
    expect(filterChoices(LIST, 'en', 'de').countries.map((country) => country.name)).toEqual([
      'Japan',
      'Kanada',
      'Norwegen',
      'Vereinigte Staaten',
    ]);
  });
});
