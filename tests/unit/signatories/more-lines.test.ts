import { describe, expect, it } from 'vitest';
import { parseSignatoryBlock } from '../../../src-common/signatories/cleanup/block-parser';
import { readMoreLine } from '../../../src-common/signatories/cleanup/more-lines';

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

  it('reads the count wherever a language puts the word for more', () => {
    const more = (line: string) => readMoreLine(line)?.more;
    expect(more('+ 120 other signatories')).toBe(120);
    expect(more('+40 more')).toBe(40);
    expect(more('(and 40 more)')).toBe(40);
    expect(more('Plus 40 other organisations')).toBe(40);
    expect(more('et 35 autres organisations')).toBe(35);
    expect(more('y 12 organizaciones más')).toBe(12);
    expect(more('y otras 15 organizaciones más')).toBe(15);
    expect(more('e altre 30 organizzazioni')).toBe(30);
    expect(more('en 20 andere organisaties')).toBe(20);
    expect(more('och 12 andra organisationer')).toBe(12);
    expect(more('… and over 1,200 more individuals')).toBe(1200);
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
      'Plus Belle la Vie Association',
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

  it('is counted as signatories the list does not name', () => {
    const block = (last: string) =>
      parseSignatoryBlock(['Access Now', 'ARTICLE 19', 'Derechos Digitales', last].join('\n'));
    expect(block('…and 40 other organizations').unlisted).toBe(40);
    expect(block('+ 120 other signatories').unlisted).toBe(120);
    expect(block('et 35 autres organisations').unlisted).toBe(35);
    expect(block('y 12 organizaciones más').unlisted).toBe(12);
    expect(block('and many more').unlisted).toBe(0);
    expect(block('Fundación Karisma').unlisted).toBe(0);
  });
});
