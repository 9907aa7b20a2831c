import { describe, expect, it } from 'vitest';
import { parseSignatoryBlock } from '../../../src-common/signatories/cleanup/block-parser';
import { decodeEntities } from '../../../src-common/signatories/cleanup/line-marks';
import { withoutBullet } from '../../../src-common/signatories/cleanup/tidy';

const names = (lines: readonly string[]) =>
  parseSignatoryBlock(lines.join('\n')).entries.map((entry) => entry.name);

describe('marks around names', () => {
  it('drops bullets, numbers and letters of every kind', () => {
    expect(
      names([
        '1. Rede 8M Guimarães',
        '2) Academia Cidadã',
        '- AMPLOS',
        '• Afrolink',
        '* Afrolis',
        'a) Afropsis',
      ]),
    ).toEqual(['Rede 8M Guimarães', 'Academia Cidadã', 'AMPLOS', 'Afrolink', 'Afrolis', 'Afropsis']);
  });

  it('decodes the entities a copy of a page’s source keeps', () => {
    expect(decodeEntities('Rede 8M Guimarães&nbsp;')).toBe('Rede 8M Guimarães ');
    expect(names(['3. AGRRIN &#8211; Corpos Geradores&nbsp;', 'Amigues da Palestina&nbsp'])).toEqual([
      'AGRRIN – Corpos Geradores',
      'Amigues da Palestina',
    ]);
  });

  it('reads links, bold and images as their words', () => {
    expect(
      names([
        '[![](http://laquadrature.net/files/netlogo2/42.png)](http://www.netzpolitik.org)',
        '[netzpolitik.org](http://www.netzpolitik.org) - Germany',
        '**Stichting Bits of Freedom**',
        'Climate Action Network 🌍',
      ]),
    ).toEqual(['netzpolitik.org', 'Stichting Bits of Freedom', 'Climate Action Network']);
  });

  it('reads a Markdown table’s cells and skips its rule and its group headings', () => {
    expect(
      names([
        '| **Für Health for Future Göttingen:** |',
        '|:--------:|',
        '| Dr. med. P. Schweiger |',
        '| **unterstützt durch:** |',
        '| ASTA der Georg August Universität | ',
      ]),
    ).toEqual(['Dr. med. P. Schweiger', 'ASTA der Georg August Universität']);
  });
});

describe('direction marks before a bullet', () => {
  // A right-to-left mark a chat app puts before "١." is taken off with the number; a line without a bullet keeps
  // it, so a wrapped line is still told from a new item.
  it('takes a number off behind a mark, and leaves a line without one as it was', () => {
    expect(withoutBullet('\u200F١. منظمة العفو الدولية')).toBe('منظمة العفو الدولية');
    expect(withoutBullet('  \u200Fمنظمة العفو الدولية')).toBe('\u200Fمنظمة العفو الدولية');
  });
});
