import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../src-common/signatories/cleanup/duplicates';
import { editDistance, withinOneEdit } from '../../../src-common/signatories/cleanup/edit-distance';
import { MAX_NEAR_SPELLINGS } from '../../../src-common/signatories/cleanup/near-duplicates';

/** The groups found, each as its names sorted, for readable failures. */
function groups(names: readonly string[]): string[][] {
  const byKeeper = new Map<number, string[]>();
  for (const match of findDuplicates(names.map((name) => ({ name })))) {
    const group = byKeeper.get(match.duplicateOf) ?? [names[match.duplicateOf] ?? ''];
    group.push(names[match.index] ?? '');
    byKeeper.set(match.duplicateOf, group);
  }
  return [...byKeeper.values()].map((group) => group.sort());
}

// Consonants only, so that no lettered word is a real one ("Liga" and "Lega" are the same word translated).
const CONSONANTS = 'bcdfghjklmnpqrstvwxz';

/** Four-letter words from an index, first letter fastest: "Bbbb", "Cbbb" … neighbours differ in one letter. */
function letteredWord(index: number): string {
  let word = '';
  for (let rest = index, position = 0; position < 4; rest = Math.floor(rest / 20), position += 1) {
    word += CONSONANTS[rest % 20] ?? 'b';
  }
  return `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`;
}

describe('near duplicates in a family of names made alike', () => {
  it(`joins a word with up to ${MAX_NEAR_SPELLINGS} spellings one letter away`, () => {
    expect(
      groups([
        'Tibet Justice Center',
        'Tibet Justise Center',
        'Tibet Jusstice Center',
        'Tibet Justic Center',
      ]),
    ).toEqual([
      ['Tibet Jusstice Center', 'Tibet Justic Center', 'Tibet Justice Center', 'Tibet Justise Center'],
    ]);
  });

  it('reads a word one letter from more than that as one of a family, not a typo', () => {
    // "Abcd" is one letter from each of the others: lettered chapters, not five spellings of one name.
    expect(
      groups([
        'Alliance Abcd',
        'Alliance Abce',
        'Alliance Abcf',
        'Alliance Abcg',
        'Alliance Abch',
        'Tibet Justice Center',
        'Tibet Justise Center',
      ]),
    ).toEqual([['Tibet Justice Center', 'Tibet Justise Center']]);
  });

  it('finds no typos among thousands of lettered names, but still the typo beside them', () => {
    const lettered = Array.from({ length: 20_000 }, (_, index) => `Alliance ${letteredWord(index)}`);
    const names = [...lettered, 'Alliance Solidarity', 'Alliance Solidarty'];

    expect(groups(names)).toEqual([['Alliance Solidarity', 'Alliance Solidarty']]);
  });

  it('finds a typo in a bucket of more names than are compared pair by pair', () => {
    const causes = [
      'Tibet',
      'Uyghur',
      'Democracy',
      'Justice',
      'Freedom',
      'Solidarity',
      'Liberty',
      'Peace',
      'Dignity',
      'Truth',
      'Memory',
      'Heritage',
      'Culture',
      'Language',
      'Health',
      'Artists',
      'Writers',
      'Lawyers',
      'Doctors',
      'Teachers',
      'Workers',
      'Farmers',
      'Monks',
      'Elders',
      'Refugees',
      'Exiles',
      'Scholars',
      'Poets',
      'Nurses',
      'Miners',
    ];
    const names = causes.map((cause) => `${cause} Network Canada`);

    expect(groups([...names, 'Solidarty Network Canada'])).toEqual([
      ['Solidarity Network Canada', 'Solidarty Network Canada'],
    ]);
  });
});

describe('one edit apart', () => {
  it('agrees with the edit distance, swaps included', () => {
    const words = ['uyghur', 'uighur', 'uyhgur', 'uygur', 'uigur', 'uyghurs', 'yughur', 'tibet', 'tibte', ''];
    for (const a of words) {
      for (const b of words) {
        expect(withinOneEdit(a, b), `${a} / ${b}`).toBe(editDistance(a, b, 1) <= 1);
      }
    }
  });
});
