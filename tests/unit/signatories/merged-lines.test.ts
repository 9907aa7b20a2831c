import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareKnownNames, splitMergedLine } from '../../../src-common/signatories/cleanup/merged-lines';
import { tidyLine } from '../../../src-common/signatories/cleanup/tidy';

function fixtureLines(): string[] {
  const text = readFileSync(
    join(__dirname, '..', '..', 'fixtures', 'cfu-230-groups-bachelet-letter.txt'),
    'utf8',
  );
  const block = text.slice(text.indexOf('Signed by:') + 'Signed by:'.length, text.indexOf('Editors Notes:'));
  return block
    .split('\n')
    .map(tidyLine)
    .filter((line) => line !== '');
}

const parts = (line: string): string[] | null => splitMergedLine(line)?.parts ?? null;

describe('merged lines of the fixture letter', () => {
  it.each([
    [
      'Blue Crescent Humanitarian Aid Association Boston Tibet Network',
      ['Blue Crescent Humanitarian Aid Association', 'Boston Tibet Network'],
    ],
    [
      'Chicago Solidarity with Hong Kong 芝援香港 China Against the Death Penalty',
      ['Chicago Solidarity with Hong Kong 芝援香港', 'China Against the Death Penalty'],
    ],
    [
      'DC4HK (Washingtonians Supporting Hong Kong) Den Norske Uyghur komiteen',
      ['DC4HK (Washingtonians Supporting Hong Kong)', 'Den Norske Uyghur komiteen'],
    ],
    [
      'Japan Association of Monks for Tibet (Super Sangha) Japan Uyghur Association',
      ['Japan Association of Monks for Tibet (Super Sangha)', 'Japan Uyghur Association'],
    ],
    [
      'Anterrashtriya Bharat – Tibbet Sahyog Samiti Asociación Cultural Peruano Tibetana',
      ['Anterrashtriya Bharat – Tibbet Sahyog Samiti', 'Asociación Cultural Peruano Tibetana'],
    ],
    [
      'Asociación Cultural Tibetano Costarricense Association Cognizance Tibet',
      ['Asociación Cultural Tibetano Costarricense', 'Association Cognizance Tibet'],
    ],
    [
      'RangZen: Movimento Tibete Livre, Brazil Roof of the World Foundation, Indonesia Sakya Trinley Ling',
      [
        'RangZen: Movimento Tibete Livre, Brazil',
        'Roof of the World Foundation, Indonesia',
        'Sakya Trinley Ling',
      ],
    ],
    [
      'Hoca Ahmet Yesevi Science and lore Foundation Hong Kong Collaborative Academic Network (HKCAN) Hong Kong Committee in Norway',
      [
        'Hoca Ahmet Yesevi Science and lore Foundation',
        'Hong Kong Collaborative Academic Network (HKCAN)',
        'Hong Kong Committee in Norway',
      ],
    ],
    [
      'Tibet Support Committee Denmark Tibet Support Group Adelaide Tibet Support Group Ireland',
      ['Tibet Support Committee Denmark', 'Tibet Support Group Adelaide', 'Tibet Support Group Ireland'],
    ],
    [
      'Tibetan Association of Northern California Tibetan Association of Philadelphia Tibetan Association of Washington DC Tibetan Community Austria',
      [
        'Tibetan Association of Northern California',
        'Tibetan Association of Philadelphia',
        'Tibetan Association of Washington DC',
        'Tibetan Community Austria',
      ],
    ],
    [
      'Tibetans of Mixed Heritage Tibetisches Zentrum Hamburg TIBETmichigan',
      ['Tibetans of Mixed Heritage', 'Tibetisches Zentrum Hamburg', 'TIBETmichigan'],
    ],
    [
      'Tibetan Youth Association in Europe Tibetan Youth Congress',
      ['Tibetan Youth Association in Europe', 'Tibetan Youth Congress'],
    ],
    [
      'International Society of Human Rights, Munich International Tibet Network Secretariat',
      ['International Society of Human Rights, Munich', 'International Tibet Network Secretariat'],
    ],
    [
      'Uyhur medeniyet we maarip birliki, Germaniye Victims of Communism Memorial Foundation',
      ['Uyhur medeniyet we maarip birliki, Germaniye', 'Victims of Communism Memorial Foundation'],
    ],
    [
      'Unrepresented Nations and Peoples Organization US HongKongers Club',
      ['Unrepresented Nations and Peoples Organization', 'US HongKongers Club'],
    ],
  ])('splits “%s”', (line, expected) => {
    expect(parts(line)).toEqual(expected);
  });

  it('explains every cut', () => {
    expect(
      splitMergedLine('Japan Association of Monks for Tibet (Super Sangha) Japan Uyghur Association')
        ?.reasons,
    ).toEqual(['a part in brackets ends a name']);
    expect(
      splitMergedLine('Blue Crescent Humanitarian Aid Association Boston Tibet Network')?.reasons,
    ).toEqual(['“Association” usually ends a name']);
    expect(
      splitMergedLine('Chicago Solidarity with Hong Kong 芝援香港 China Against the Death Penalty')
        ?.reasons[0],
    ).toContain('another script');
  });

  it('splits exactly the 26 merged lines of the fixture and no other line', () => {
    const split = fixtureLines().filter((line) => splitMergedLine(line) !== null);
    expect(split).toHaveLength(26);
    expect(split).not.toContain('Uighur Association Victoria Australia');
    expect(split).not.toContain('World Uyghur Congress Foundation');
    expect(split).not.toContain('Tibet Support Group Kiku, Japan');
    expect(split).not.toContain('Public Association of Uyghurs “Ittipak” of the Kyrgyz Republic');
  });
});

describe('lines that hold one name', () => {
  it.each([
    'Japan Association of Monks for Tibet (Super Sangha)',
    'Tibetan Women’s Association (Central)',
    'Hong Kong Collaborative Academic Network (HKCAN)',
    'World Uyghur Congress Foundation',
    'Tibet Support Group Kiku, Japan',
    'Uyghur Association France',
    'Lungta Association Belgium',
    'World Mongol Federation USA',
    'Uighur Association Victoria Australia',
    'Chicago Solidarity with Hong Kong 芝援香港',
    'Maison du Tibet – Tibet Info',
    'RangZen: Movimento Tibete Livre, Brazil',
    'Society for Threatened Peoples International',
    'Tibet Action Group of Western Australia',
    'The Youth Liberation Front of Tibet, Mongolia and Turkestan',
  ])('keeps “%s” whole', (line) => {
    expect(splitMergedLine(line)).toBeNull();
  });
});

describe('other scripts and languages', () => {
  it('cuts after a name in Uyghur Arabic script printed next to its English name', () => {
    expect(parts('Uyghur Human Rights Project ئۇيغۇر كىشىلىك ھوقۇقى قۇرۇلۇشى World Uyghur Congress')).toEqual(
      ['Uyghur Human Rights Project ئۇيغۇر كىشىلىك ھوقۇقى قۇرۇلۇشى', 'World Uyghur Congress'],
    );
  });

  it('cuts before a Spanish, Italian or French name that begins with its kind', () => {
    expect(parts('Tibet Support Group Kenya Associazione Italia-Tibet')).toEqual([
      'Tibet Support Group Kenya',
      'Associazione Italia-Tibet',
    ]);
    expect(parts('Hong Kong Democracy Council Les Amis du Tibet Belgium')).toEqual([
      'Hong Kong Democracy Council',
      'Les Amis du Tibet Belgium',
    ]);
  });

  it('cuts around names the directory knows, where no other sign marks the join', () => {
    expect(parts('Voces Tibet Objectif Tibet')).toBeNull();
    expect(splitMergedLine('Voces Tibet Objectif Tibet', prepareKnownNames(['Objectif Tibet']))).toEqual({
      parts: ['Voces Tibet', 'Objectif Tibet'],
      reasons: ['“Objectif Tibet” is a known name'],
    });
  });
});
