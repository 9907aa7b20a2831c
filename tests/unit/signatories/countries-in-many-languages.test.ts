import { describe, expect, it } from 'vitest';
import { flagCountry } from '../../../src-common/signatories/country-names';
import { parseSignatoryBlock } from '../../../src-common/signatories/cleanup/block-parser';
import { isCountrySlot, isPlace } from '../../../src-common/signatories/cleanup/places';
import { foldText } from '../../../src-common/signatories/normalise';

const words = (text: string) => foldText(text).split(' ');

describe('countries written apart from a name', () => {
  it('are read in the languages letters are signed in, long and short', () => {
    for (const country of [
      'República Dominicana',
      'Brasil',
      'Allemagne',
      'Deutschland',
      'Italia',
      'Francia',
      'Stati Uniti',
      'Regno Unito',
      'Estados Unidos',
      'USA',
      'UK',
      '香港',
      '台灣',
      'ألمانيا',
      'Palestina',
    ]) {
      expect(isCountrySlot(words(country)), country).toBe(true);
    }
  });

  it('leave the causes inside names alone: "Hong Kong Democracy Council" holds no chapter place', () => {
    expect(isPlace(words('Hong Kong'))).toBe(false);
    expect(isPlace(words('Dominican Republic'))).toBe(true);
  });

  it('come after a comma, a dash or in brackets', () => {
    const parse = parseSignatoryBlock(
      [
        'Centro Bonó, República Dominicana',
        'Colectivo Ecologista – Alemanha',
        'Greenpeace (Deutschland)',
      ].join('\n'),
    );
    expect(parse.entries.map((entry) => [entry.name, entry.country])).toEqual([
      ['Centro Bonó', 'República Dominicana'],
      ['Colectivo Ecologista', 'Alemanha'],
      ['Greenpeace', 'Deutschland'],
    ]);
  });

  it('are read from a flag emoji ("Conner Orth from 🇳🇱")', () => {
    expect(flagCountry('🇳🇱')).toBe('Netherlands');
    expect(flagCountry('🙂')).toBeNull();
    const parse = parseSignatoryBlock(['Conner Orth from 🇳🇱', 'Appadeia from 🇺🇸'].join('\n'));
    expect(parse.entries.map((entry) => [entry.name, entry.country])).toEqual([
      ['Conner Orth', 'Netherlands'],
      ['Appadeia', 'United States'],
    ]);
  });
});
