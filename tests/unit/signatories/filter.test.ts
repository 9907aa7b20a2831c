import { describe, expect, it } from 'vitest';
import {
  filterChoices,
  filterSignatories,
  isFiltering,
  makeSearchable,
  NO_FILTER,
  type SignatoryFilter,
} from '../../../src-common/signatories/filter';
import { displayName, signatorySchema, type Signatory } from '../../../src-common/signatories/signatory';

const entry = (name: string, fields: Partial<Signatory> = {}): Signatory =>
  signatorySchema.parse({ id: name + (fields.country ?? ''), name, status: 'confirmed', ...fields });

const LIST: Signatory[] = [
  entry('Students for a Free Tibet', { country: 'Canada', tags: ['Tibetan'] }),
  entry('Students for a Free Tibet', { country: 'Japan', tags: ['Tibetan'], status: 'invited' }),
  entry('Uyghur Human Rights Project', { country: 'USA', tags: ['Uyghur'] }),
  entry('Norsk uyghur komité', { country: 'Norway', tags: ['uyghur'], status: 'declined' }),
  entry('ئۇيغۇر ئاكادېمىيىسى', { tags: ['Uyghur'], status: 'withdrawn' }),
  entry('芝援香港 Chicago Solidarity with Hong Kong', { country: 'USA', tags: ['Hong Kong'] }),
];

const shown = (filter: Partial<SignatoryFilter>): string[] =>
  filterSignatories(makeSearchable(LIST), { ...NO_FILTER, ...filter }).map(displayName);

describe('filtering the signatory list', () => {
  it('shows everything without a filter, in the given order', () => {
    expect(shown({})).toHaveLength(LIST.length);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('matches every word of the search anywhere, ignoring case and accents', () => {
    expect(shown({ query: 'TIBET canada' })).toEqual(['Students for a Free Tibet – Canada']);
    expect(shown({ query: 'komite' })).toEqual(['Norsk uyghur komité – Norway']);
    expect(shown({ query: '香港' })).toEqual(['芝援香港 Chicago Solidarity with Hong Kong – USA']);
    expect(shown({ query: 'ئۇيغۇر' })).toEqual(['ئۇيغۇر ئاكادېمىيىسى']);
    expect(shown({ query: 'tibet mongolia' })).toEqual([]);
  });

  it('narrows by status, tag and country, combined with the search', () => {
    expect(shown({ status: 'invited' })).toEqual(['Students for a Free Tibet – Japan']);
    expect(shown({ tag: 'Uyghur' })).toHaveLength(3);
    expect(shown({ tag: 'Uyghur', status: 'confirmed' })).toEqual(['Uyghur Human Rights Project – USA']);
    expect(shown({ country: 'usa' })).toHaveLength(2);
    expect(shown({ country: 'USA', query: 'hong' })).toEqual([
      '芝援香港 Chicago Solidarity with Hong Kong – USA',
    ]);
    expect(shown({ country: 'US' })).toEqual([]);
    expect(isFiltering({ ...NO_FILTER, tag: 'Uyghur' })).toBe(true);
  });

  it('offers each tag and country once, sorted, first spelling kept', () => {
    expect(filterChoices(LIST)).toEqual({
      tags: ['Hong Kong', 'Tibetan', 'Uyghur'],
      countries: ['Canada', 'Japan', 'Norway', 'USA'],
    });
  });
});
