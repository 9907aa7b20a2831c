import { describe, expect, it } from 'vitest';
import { parseSignatoryBlock } from '../../../src-common/signatories/block-parser';
import { readMoreLine } from '../../../src-common/signatories/more-lines';

// The end of a published list that says how many it leaves out is a claim about the count, not a signatory.

describe('a line saying how many more signed', () => {
  it('reads the number, in words or digits, in the letters’ languages', () => {
    const more = (line: string) => readMoreLine(line)?.more;
    expect(more('…and 40 more')).toBe(40);
    expect(more('and 40 other organizations')).toBe(40);
    expect(more('And forty more.')).toBe(40);
    expect(more('+ 12 more')).toBe(12);
    expect(more('et 30 autres organisations')).toBe(30);
    expect(more('und 25 weitere Organisationen')).toBe(25);
    expect(more('y otras 15 organizaciones')).toBe(15);
    expect(more('e mais 20 entidades')).toBe(20);
    expect(more('and many more')).toBeNull();
  });

  it('leaves names that start like one alone', () => {
    for (const name of [
      'E2E Networks',
      'Y Combinator',
      'Et Cetera Collective',
      'Enda Tiers Monde',
      'And Another Thing Theatre',
      'Und Andere e.V.',
      'Mais Amigos',
    ]) {
      expect(readMoreLine(name), name).toBeNull();
    }
  });

  it('is no signatory of the list it ends', () => {
    const parse = parseSignatoryBlock(
      ['Access Now', 'ARTICLE 19', 'Electronic Frontier Foundation', '…and 40 other organizations'].join(
        '\n',
      ),
    );
    expect(parse.entries.map((entry) => entry.name)).toEqual([
      'Access Now',
      'ARTICLE 19',
      'Electronic Frontier Foundation',
    ]);
  });
});
