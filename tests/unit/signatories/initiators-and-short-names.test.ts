import { describe, expect, it } from 'vitest';
import { initiatorOf } from '../../../src-common/signatories/cleanup/initiator-label';
import { parseSignatoryBlock } from '../../../src-common/signatories/cleanup/block-parser';
import { allSuggestionIds, applySuggestions } from '../../../src-common/signatories/cleanup/suggestions';

// Lines of pdf-de-goettingen-klimaschutztage-resolution-2022 and html-pt-mst-rotulagem-transgenicos-2015
// (tests/fixtures/real-letters).

const namesOf = (text: string) => {
  const parse = parseSignatoryBlock(text);
  return applySuggestions(parse, allSuggestionIds(parse)).map((entry) => entry.name);
};

describe('the initiator a list’s label names', () => {
  it('signs first, named as the organization calls itself', () => {
    const sentence =
      'Eine Initiative des Göttinger Klimabündnisses, unterstützt von: Anti Atom Initiative Göttingen, BUND ' +
      'Kreisgruppe Göttingen, Christians4Future Göttingen, Greenpeace Göttingen, Students for Future Göttingen.';
    expect(namesOf(sentence)).toEqual([
      'Göttinger Klimabündnis',
      'Anti Atom Initiative Göttingen',
      'BUND Kreisgruppe Göttingen',
      'Christians4Future Göttingen',
      'Greenpeace Göttingen',
      'Students for Future Göttingen',
    ]);
  });

  it('is read in other languages, and a label naming nobody names no initiator', () => {
    expect(initiatorOf('An initiative of Access Now, supported by:')).toBe('Access Now');
    expect(initiatorOf('Eine Initiative des Vereins, unterstützt von:')).toBe('Verein');
    expect(initiatorOf('Eine Initiative der Klimagruppe Göttingen, unterstützt von:')).toBe(
      'Klimagruppe Göttingen',
    );
    expect(initiatorOf('Unterzeichnet von:')).toBeNull();
  });
});

describe('a short name in capitals before the full name', () => {
  it('is one name with it, not a second organization', () => {
    expect(
      namesOf(
        [
          'Vazanteiros em Movimento',
          'VERDE VIVO Associação de Produtores Orgânicos da Mantiqueira',
          'Via Campesina Brasil',
        ].join('\n'),
      ),
    ).toEqual([
      'Vazanteiros em Movimento',
      'VERDE VIVO Associação de Produtores Orgânicos da Mantiqueira',
      'Via Campesina Brasil',
    ]);
  });
});
