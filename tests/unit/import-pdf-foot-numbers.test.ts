import { describe, expect, it } from 'vitest';
import { withFootNumbersBeside } from '../../src-common/import/pdf-foot-numbers';
import { markersIn } from '../../src-common/import/pdf-footnotes';
import { continuesNoteAddress } from '../../src-common/import/pdf-urls';
import { splitLeftOut } from '../../src-common/import/left-out';
import { plainToLetterText } from '../../src-common/import/plain-text';

// Lines of pdftotext's output for tests/fixtures/real-letters/pdf-de-buendnis-f5-deutschland-stack-2025: a letterhead
// of the coalition's five members on every page, and footnote numbers set apart from their texts.
const LETTERHEAD = [
  'AlgorithmWatch',
  'Gesellschaft für Freiheitsrechte',
  'Open Knowledge Foundation',
  'Reporter ohne Grenzen',
  'Wikimedia Deutschland',
  'info@buendnis-f5.de',
  '',
];
const page = (...lines: string[]) => `${[...LETTERHEAD, ...lines].join('\n')}\n\n\f`;

const HEISE =
  'https://www.heise.de/news/Deutschland-Stack-So-soll-die-nationale-souveraene-Technologieplattform-aussehen-107';
const pageTwoFoot = [
  '1',
  '',
  'Website des Deutschland-Stacks, https://deutschland-stack.gov.de/',
  'Stefan Krempel, 2025: Deutschland-Stack: So soll die nationale souveräne Technologieplattform aussehen,',
  HEISE,
  '48972.html',
  '2',
];

const letter = [
  page(
    'Stellungnahme zum Deutschland-Stack',
    '28.11.2025',
    '',
    'Einleitung',
    'F5 begrüßt das Vorhaben der Bundesregierung, einheitliche Standards und',
    'Technologien für die deutsche Verwaltung aufzubauen.',
  ),
  page(
    'Erste Bewertung',
    'Der Deutschland-Stack versteht sich als „nationale souveräne Technologie-Plattform',
    'für die Digitalvorhaben in Deutschland“.1 Dabei umfasst der Stack nach Angaben des',
    'BMDS mehrere Ebenen, die von Infrastruktur über DevSecOps bis hin zu Basisdiensten',
    'und Governance reichen sollen, wobei der Fokus auf Cloud- und IT-Dienste gelegt werde.2',
    '',
    'Weitere Kriterien',
    'Auch bei Kriterien wie „Releasefrequenz" fällt es uns schwer nachzuvollziehen,',
    'welche Ziele als wünschenswert definiert werden. Selbstverständlich sollten',
    '',
    ...pageTwoFoot,
  ),
  page(
    'Softwaresysteme zügig aktualisiert werden, wenn dies notwendig und geboten ist. Bei',
    'ausgereiften Komponenten, die sich in einer stabilen Version befinden, ist es jedoch',
    'durchaus denkbar, dass sie vergleichsweise selten aktualisiert werden müssen.',
    '',
    'Kontakt',
    'E-Mail: info@buendnis-f5.de',
  ),
].join('');

describe('a letterhead printed on every page', () => {
  const { letter: text, leftOut } = splitLeftOut(plainToLetterText(letter));
  const lines = text.split('\n');

  it('leaves the letter, the first page’s copy too, and a paragraph runs on across the page break', () => {
    expect(lines[0]).toBe('Stellungnahme zum Deutschland-Stack');
    expect(lines.filter((line) => line === 'AlgorithmWatch' || line === 'Reporter ohne Grenzen')).toEqual([]);
    expect(lines).toContain(
      'Auch bei Kriterien wie „Releasefrequenz" fällt es uns schwer nachzuvollziehen, welche Ziele als wünschenswert definiert werden. Selbstverständlich sollten Softwaresysteme zügig aktualisiert werden, wenn dies notwendig und geboten ist. Bei ausgereiften Komponenten, die sich in einer stabilen Version befinden, ist es jedoch durchaus denkbar, dass sie vergleichsweise selten aktualisiert werden müssen.',
    );
    // The contact line that repeats the letterhead's address inside the text stays.
    expect(lines).toContain('E-Mail: info@buendnis-f5.de');
  });

  it('keeps every copy of it in what was left out', () => {
    expect(leftOut).toEqual([...LETTERHEAD, ...LETTERHEAD, ...LETTERHEAD].filter((line) => line !== ''));
  });

  it('stays when only two pages carry it, which may be two pages that start alike', () => {
    const twoPages = letter.split('\f').slice(0, 2).join('\f');
    expect(splitLeftOut(plainToLetterText(twoPages)).letter.split('\n')).toContain('Reporter ohne Grenzen');
  });
});

describe('footnote numbers set apart from their texts', () => {
  it('reads the notes of a foot whose second number follows the texts, and marks their references', () => {
    const lines = splitLeftOut(plainToLetterText(letter)).letter.split('\n');
    expect(lines.slice(-3)).toEqual([
      'Notes',
      '[1] Website des Deutschland-Stacks, https://deutschland-stack.gov.de/',
      `[2] Stefan Krempel, 2025: Deutschland-Stack: So soll die nationale souveräne Technologieplattform aussehen, ${HEISE}48972.html`,
    ]);
    // The marker after a German closing quote is a marker too.
    expect(lines.some((line) => line.includes('in Deutschland“.[1] Dabei'))).toBe(true);
    expect(lines.some((line) => line.includes('gelegt werde.[2]'))).toBe(true);
  });

  it('reads no marker in an address’s digit, only in a digit that ends a word', () => {
    expect([...markersIn('E-Mail: info@buendnis-f5.de')]).toEqual([]);
    expect([...markersIn('der Struktur des Stacks10 bereits, wie gewünscht,14 zeigen')]).toEqual([10, 14]);
  });

  it('sets each number before its text, in the numbers’ order, whatever order pdftotext gave them', () => {
    const body = ['geht daher an vielen Stellen gar nicht'];
    const foot = [
      '6',
      '',
      'Kriterien, Webseite des Deutschland-Stacks, https://deutschland-stack.gov.de/kriterien/',
      'Kriterien, Webseite des Deutschland-Stacks, https://deutschland-stack.gov.de/kriterien/',
      '8',
      'Siehe die Visualisierung unten. Eigene Grafik, erstellt nach BVerfG, 2 BvL 8/77.',
      '7',
    ];
    expect(withFootNumbersBeside([...body, ...foot])).toEqual([
      ...body,
      '6 Kriterien, Webseite des Deutschland-Stacks, https://deutschland-stack.gov.de/kriterien/',
      '7 Kriterien, Webseite des Deutschland-Stacks, https://deutschland-stack.gov.de/kriterien/',
      '8 Siehe die Visualisierung unten. Eigene Grafik, erstellt nach BVerfG, 2 BvL 8/77.',
    ]);
  });

  it('pairs each number with the text under it when every number has one', () => {
    const foot = [
      '4',
      '',
      'Siehe BITKOM, 2015: Digitale Souveränität – Positionsbestimmung und erste Handlungsempfehlungen für',
      'Deutschland und Europa,',
      '5',
      'Vgl. insbesondere die Kritik in Christopher Pollitt und Peter Hupe, 2011: Talking about government.',
    ];
    expect(
      withFootNumbersBeside(['wir kritisch hinterfragen, ob „Technologieführerschaft“ oder', ...foot]),
    ).toEqual([
      'wir kritisch hinterfragen, ob „Technologieführerschaft“ oder',
      '4 Siehe BITKOM, 2015: Digitale Souveränität – Positionsbestimmung und erste Handlungsempfehlungen für',
      'Deutschland und Europa,',
      '5 Vgl. insbesondere die Kritik in Christopher Pollitt und Peter Hupe, 2011: Talking about government.',
    ]);
  });

  it('reads a block of numbers followed by a block of texts', () => {
    const foot = [
      '10',
      '11',
      '',
      'Aufbau, https://deutschland-stack.gov.de/aufbau/',
      'Webseite, https://foerderfunke.org/',
    ];
    expect(withFootNumbersBeside(['Text.', ...foot])).toEqual([
      'Text.',
      '10 Aufbau, https://deutschland-stack.gov.de/aufbau/',
      '11 Webseite, https://foerderfunke.org/',
    ]);
  });

  it('leaves a page alone when its lone numbers do not count up or its texts do not part into them', () => {
    const contents = ['Einleitung', 'Erste Bewertung', '', '1', '2', '2', '3'];
    expect(withFootNumbersBeside(contents)).toEqual(contents);
    const oneText = ['Text.', '1', '', 'Website des Deutschland-Stacks und mehr', '2'];
    expect(withFootNumbersBeside(oneText)).toEqual(oneText);
  });
});

describe('a note’s address cut mid-word over three lines', () => {
  it('goes on with a line that is only a piece of an address, not with a line of words', () => {
    const address =
      'vgl. 2025: https://www.finanzen.bremen.de/digitalisierung/aktuelles/wege-bauen-fuer-die-nachnutz';
    expect(
      continuesNoteAddress(address, 'ung-von-daten-des-senators-fuer-finanzen-der-freien-hansestadt-breme'),
    ).toBe(true);
    expect(continuesNoteAddress(`${address}ung-von-daten-hansestadt-breme`, 'n-132132')).toBe(true);
    expect(continuesNoteAddress(address, 'abgerufen am 1. Mai')).toBe(false);
    expect(continuesNoteAddress('Website des Deutschland-Stacks', 'n-132132')).toBe(false);
  });
});
