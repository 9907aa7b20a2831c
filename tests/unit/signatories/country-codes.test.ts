import { afterEach, describe, expect, it, vi } from 'vitest';

const RealDisplayNames = Intl.DisplayNames;

// The tables are built once per module: each test imports a fresh copy and counts the languages asked for names.
async function freshCountryCodes() {
  vi.resetModules();
  vi.restoreAllMocks();
  const languages: string[] = [];
  vi.spyOn(Intl, 'DisplayNames').mockImplementation(function (
    locales?: Intl.LocalesArgument,
    options?: Intl.DisplayNamesOptions,
  ) {
    languages.push(String(locales));
    return new RealDisplayNames(locales, options ?? { type: 'region' });
  });
  const module = await import('../../../src-common/signatories/country-codes');
  return { ...module, languages: () => new Set(languages) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a country name read as its code', () => {
  it('reads an English or everyday name without making the other languages’ names', async () => {
    const { countryCodeOf, languages } = await freshCountryCodes();
    expect(countryCodeOf('Canada')).toBe('CA');
    expect(countryCodeOf(' united states of america ')).toBe('US');
    expect(countryCodeOf('Hong Kong')).toBe('HK');
    expect([...languages()]).toEqual(['en']);
  });

  it('makes the other languages’ names for a text English does not read, and reads it as before', async () => {
    const { countryCodeOf, languages } = await freshCountryCodes();
    expect(countryCodeOf('Allemagne')).toBe('DE');
    expect(countryCodeOf('República Dominicana')).toBe('DO');
    expect(countryCodeOf('香港')).toBe('HK');
    expect(countryCodeOf('هولندا')).toBe('NL');
    expect(countryCodeOf('Munich')).toBeNull();
    expect(languages()).toContain('fr');
    expect(languages()).toContain('zh-Hant');
  });

  it('reads the short names Arabic letters write for a few countries', async () => {
    const { countryCodeOf } = await freshCountryCodes();
    const names = ['السعودية', 'الإمارات', 'سورية', 'بريطانيا', 'أمريكا', 'الولايات المتحدة الأمريكية'];
    expect(names.map((name) => countryCodeOf(name))).toEqual(['SA', 'AE', 'SY', 'GB', 'US', 'US']);
  });

  it('gives an English name the same code whether or not the other languages’ names were made first', async () => {
    const names = ['Canada', 'Georgia', 'Congo - Kinshasa', 'Korea', 'Turkey', 'Türkiye', 'Czechia', 'Macao'];
    const englishFirst = (await freshCountryCodes()).countryCodeOf;
    const englishOnly = names.map((name) => englishFirst(name));
    const allFirst = (await freshCountryCodes()).countryCodeOf;
    allFirst('Allemagne');
    expect(names.map((name) => allFirst(name))).toEqual(englishOnly);
    expect(englishOnly).toEqual(['CA', 'GE', 'CD', 'KR', 'TR', 'TR', 'CZ', 'MO']);
  });
});
