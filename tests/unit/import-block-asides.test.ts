import { describe, expect, it } from 'vitest';
import { isBlockAside } from '../../src-common/import/block-asides';
import { segmentLetter } from '../../src-common/import/segment';
import { signatoryBlockLines } from '../../src-common/import/segment-signatory-lines';

// The end of pdf-en-india-startups-open-internet-2015 as pdftotext reads it: the list's lead-in after the closing,
// then, after the table, the organiser's attestation, name, company and postal address.
const LETTER = [
  'Protect and Promote the Open Internet in India',
  '',
  'We urge you to protect and promote the open Internet in India, so that start-ups can compete on their merits.',
  '',
  'Best regards,',
  'The founders of the following 457 start-up companies.',
  '',
  '34 Cross',
  '',
  'Branddify',
  '',
  'I attest that I have received written authorizations from each signatory.',
  '',
  'Aravind Ravi Sulekha',
  'Askabt Technology Pvt. Ltd.',
  '3rd floor, #3 Wind Tunnel Road, Murugeshpalya',
  'Bangalore 560017',
];

describe('lines around the names of a signatory block', () => {
  it('leaves out the list’s lead-in, a statement in the first person and a postal address', () => {
    const block = signatoryBlockLines(LETTER, segmentLetter(LETTER).signatories);
    expect(block.lines).toEqual([
      '34 Cross',
      'Branddify',
      'Aravind Ravi Sulekha',
      'Askabt Technology Pvt. Ltd.',
    ]);
  });

  it('reads a lead-in and a statement in the letters’ languages', () => {
    expect(isBlockAside('Les organisations suivantes soutiennent cette lettre :')).toBe(true);
    expect(isBlockAside('Die folgenden Gruppen unterstützen den Brief.')).toBe(true);
    expect(isBlockAside('Ich bestätige, dass alle Unterzeichnenden zugestimmt haben.')).toBe(true);
    expect(isBlockAside('Paris 75011')).toBe(true);
    expect(isBlockAside('12 Lakeside Street, Leeds')).toBe(true);
  });

  it('keeps names that hold such words, numbers or a full stop', () => {
    for (const name of [
      'Following Seas Foundation',
      'Ikea Foundation',
      'I Love Tibet Association',
      'UFCW Local 1000',
      'Abbey Road Studios',
      'Klimaliste Berlin 2030',
      'Acme Inc.',
      'Ambassador Stephen M. Young, US Department of State (ret), Londonderry, NH. Former director of the AIT.',
      'Io Sono Rifugiato',
      'Folgende Gruppen unterstützen: BUND, Greenpeace und attac.',
    ]) {
      expect(isBlockAside(name), name).toBe(false);
    }
  });
});
