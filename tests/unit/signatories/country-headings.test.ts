import { describe, expect, it } from 'vitest';
import { importLetterText } from '../../../src-common/import/build-letter';
import { parseSignatoryBlock } from '../../../src-common/signatories/cleanup/block-parser';

// A list grouped by country puts each country on a line of its own above its organizations.

const named = (text: string) => parseSignatoryBlock(text).entries.map((entry) => [entry.name, entry.country]);

describe('country headings in a signatory list', () => {
  it('give each organization under them their country and are no signatories', () => {
    const text = [
      'Germany',
      'Chaos Computer Club',
      'Digitalcourage',
      'France',
      'La Quadrature du Net',
      '**Austria**',
      'epicenter.works',
      'Brasil:',
      'Intervozes',
    ].join('\n');
    expect(named(text)).toEqual([
      ['Chaos Computer Club', 'Germany'],
      ['Digitalcourage', 'Germany'],
      ['La Quadrature du Net', 'France'],
      ['epicenter.works', 'Austria'],
      ['Intervozes', 'Brasil'],
    ]);
  });

  it('keeps a country the line gives itself', () => {
    const text = ['### Germany', 'Chaos Computer Club', 'FIAN (Österreich)', '### France', 'Attac'].join(
      '\n',
    );
    expect(named(text)).toEqual([
      ['Chaos Computer Club', 'Germany'],
      ['FIAN', 'Österreich'],
      ['Attac', 'France'],
    ]);
  });

  it('does not read a name’s country on the next line as a heading', () => {
    const text = ['Chaos Computer Club', 'Germany', 'La Quadrature du Net', 'France'].join('\n');
    expect(named(text)).toEqual([
      ['Chaos Computer Club', ''],
      ['Germany', ''],
      ['La Quadrature du Net', ''],
      ['France', ''],
    ]);
  });

  it('reads Markdown headings under the signatures heading of a letter', () => {
    const letter = [
      '# Open letter on chat control',
      '',
      'We, the undersigned organisations, call on the Council to reject the proposal.',
      '',
      '## Signatories',
      '',
      '### Germany',
      '',
      '- Chaos Computer Club',
      '- Digitalcourage',
      '',
      '### France',
      '',
      '- La Quadrature du Net',
    ].join('\n');
    let id = 0;
    const imported = importLetterText(letter, () => `id-${(id += 1)}`);
    imported.doc.destroy();
    expect(imported.signatories).toEqual([
      { name: 'Chaos Computer Club', country: 'Germany', kind: 'organization' },
      { name: 'Digitalcourage', country: 'Germany' },
      { name: 'La Quadrature du Net', country: 'France' },
    ]);
  });
});
