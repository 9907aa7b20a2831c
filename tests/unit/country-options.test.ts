import { describe, expect, it } from 'vitest';
import { countryOptions } from '../../src-common/signatories/country-codes';

const nameOf = (language: string, code: string) =>
  countryOptions(language).find((option) => option.code === code)?.name;

describe('countryOptions', () => {
  it('names every country in the language asked, in its alphabet order', () => {
    const english = countryOptions('en');
    expect(english.length).toBeGreaterThan(240);
    expect(nameOf('en', 'FR')).toBe('France');
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    const names = english.map((option) => option.name);
    expect(names).toEqual([...names].sort((a, b) => collator.compare(a, b)));
  });

  it('is made once per language: the same frozen list again, another for another language', () => {
    const english = countryOptions('en');
    expect(countryOptions('en')).toBe(english);
    expect(Object.isFrozen(english)).toBe(true);
    expect(nameOf('de', 'FR')).toBe('Frankreich');
    expect(countryOptions('de')).not.toBe(english);
    expect(nameOf('en', 'FR')).toBe('France');
  });
});
