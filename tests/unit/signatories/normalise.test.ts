import { describe, expect, it } from 'vitest';
import {
  createNameComparator,
  foldText,
  nameTokens,
  normaliseName,
  sortKey,
} from '../../../src-common/signatories/normalise';

describe('normaliseName', () => {
  it('folds case, accents, quotes, punctuation, "&", spacing and a leading "The"', () => {
    expect(normaliseName('The Norwegian Tibet Committee')).toBe('norwegian tibet committee');
    expect(normaliseName('Amigos del Tíbet Chile')).toBe(normaliseName('Amigos del Tibet Chile'));
    expect(normaliseName('Association Drôme Ardèche-Tibet')).toBe('association drome ardeche tibet');
    expect(normaliseName('Tibetan Women’s Association (Central)')).toBe('tibetan womens association central');
    expect(normaliseName("Tibetan Women's Association")).toBe(normaliseName('Tibetan Womens Association'));
    expect(normaliseName('Public Association of Uyghurs “Ittipak” of the Kyrgyz Republic')).toBe(
      'public association of uyghurs ittipak of the kyrgyz republic',
    );
    expect(normaliseName('Friends & Allies')).toBe(normaliseName('Friends and Allies'));
    expect(normaliseName('  Tibet\u00a0 Society\u200b ')).toBe('tibet society');
    expect(normaliseName('U.S. Tibet Committee')).toBe(normaliseName('US Tibet Committee'));
  });

  it('keeps a "The" that is not leading, and the word "the" alone', () => {
    expect(normaliseName('Tibetan Programme of The Other Space Foundation')).toContain('of the other');
    expect(normaliseName('The')).toBe('the');
  });

  it('folds Latin letters that have no decomposition, as people type them', () => {
    expect(normaliseName('Straße Øresund Łódź')).toBe('strasse oresund lodz');
    expect(normaliseName('Uygur İlim ve Maarif Vakfı')).toBe('uygur ilim ve maarif vakfi');
    expect(normaliseName('ＵＨＲＰ')).toBe('uhrp');
  });

  it('leaves Chinese letters alone and folds only spacing and punctuation around them', () => {
    expect(normaliseName('芝援香港')).toBe('芝援香港');
    expect(normaliseName('（芝援香港）')).toBe('芝援香港');
    expect(normaliseName('香港　民主委員會。')).toBe('香港 民主委員會');
  });

  it('keeps the hamza and the marks of Uyghur Arabic script, folding only spacing and punctuation', () => {
    const congress = 'دۇنيا ئۇيغۇر قۇرۇلتىيى';
    expect(normaliseName(congress)).toBe(congress);
    expect(normaliseName(`  دۇنيا  ئۇيغۇر قۇرۇلتىيى، `)).toBe(congress);
    expect(normaliseName(congress)).toContain('\u0626');
    expect(normaliseName('مُحَمَّد')).toBe('مُحَمَّد');
  });

  it('folds case in Cyrillic without touching its letters', () => {
    expect(normaliseName('Уйгурская АССОЦИАЦИЯ')).toBe('уйгурская ассоциация');
  });

  it('splits into words', () => {
    expect(nameTokens(foldText('Students for a Free Tibet'))).toEqual([
      'students',
      'for',
      'a',
      'free',
      'tibet',
    ]);
    expect(nameTokens('')).toEqual([]);
  });
});

describe('sorting names', () => {
  it('sorts by the name without a leading "The"', () => {
    expect(sortKey('The  Norwegian Tibet Committee')).toBe('Norwegian Tibet Committee');
    expect(sortKey('Theatre for Tibet')).toBe('Theatre for Tibet');
  });

  it('ignores case, accents and a leading "The", and orders numbers by value', () => {
    const names = [
      'The Youth Liberation Front',
      'tíbet Patria Libre',
      'Tibet Lives',
      'Committee of 100',
      'Committee of 20',
    ];
    expect([...names].sort(createNameComparator('en'))).toEqual([
      'Committee of 20',
      'Committee of 100',
      'Tibet Lives',
      'tíbet Patria Libre',
      'The Youth Liberation Front',
    ]);
  });

  it('gives a stable order to names that collate alike', () => {
    const compare = createNameComparator('en');
    expect(compare('Tibet Society', 'tibet society')).not.toBe(0);
    expect(Math.sign(compare('Tibet Society', 'tibet society'))).toBe(
      -Math.sign(compare('tibet society', 'Tibet Society')),
    );
  });
});

// md-zh-hant-hk-principals-table-2019 lists the same principal as "温家傑" and "溫家傑".
describe('Chinese characters written in two forms', () => {
  it('fold alike, so a name in either form is one name', () => {
    expect(normaliseName('温家傑')).toBe(normaliseName('溫家傑'));
    expect(normaliseName('衞理中學反修例關注組')).toBe(normaliseName('衛理中學反修例關注組'));
    expect(normaliseName('温家傑')).not.toBe(normaliseName('溫家杰'));
  });
});
