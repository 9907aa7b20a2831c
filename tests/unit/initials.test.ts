import { describe, expect, it } from 'vitest';
import { initials } from '../../src-common/text/initials';

describe('a person’s initials', () => {
  it.each([
    ['Dolkun (WUC)', 'DW'],
    ['Rushan Abbas', 'RA'],
    ['  Zumretay   Arkin  ', 'ZA'],
    ['Tenzin', 'T'],
    ['“Nury” Turkel', 'NT'],
    ['羅冠聰', '羅'],
    ['عبد الرحمن', 'عا'],
    ['', '?'],
    ['(—)', '?'],
  ])('of %s are %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});
