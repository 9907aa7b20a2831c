import { describe, expect, it } from 'vitest';
import { splitLeftOut } from '../../src-common/import/left-out';
import { removeContents } from '../../src-common/import/pdf-contents';
import { plainToLetterText } from '../../src-common/import/plain-text';

// Lines of pdftotext's output for tests/fixtures/real-letters/pdf-de-buendnis-f5-deutschland-stack-2025: the first
// page lists the sections (each heading ends in a zero-width space), then their page numbers as a column of its own.
const ENTRIES = [
  'Einleitung\u200b',
  'Erste Bewertung\u200b',
  'Grundlegendes zum D-Stack\u200b',
  'Zur Tech-Landkarte\u200b',
];
const NUMBERS = ['1', '2', '2', '3'];
const LATER = [
  'Einleitung',
  'F5 begrüßt das Vorhaben der Bundesregierung, einheitliche Standards und',
  'Technologien für die deutsche Verwaltung aufzubauen.',
  '',
  'Erste Bewertung',
  'Grundlegendes zum D-Stack',
  'Der Deutschland-Stack versteht sich als „nationale souveräne Technologie-Plattform.',
  '',
  'Zur Tech-Landkarte',
  'Positiv ist hervorzuheben, dass die strukturierte Betrachtung der verschiedenen Elemente.',
];
const HEAD = ['Stellungnahme zum Deutschland-Stack', '28.11.2025'];

describe('a table of contents at the front of a PDF', () => {
  it('leaves out headings followed by a column of their page numbers when the headings come again', () => {
    const pages = [[...HEAD, ...ENTRIES, '', ...NUMBERS, '', ...LATER.slice(0, 4)], LATER.slice(4)];
    expect(removeContents(pages).pages).toEqual([[...HEAD, '', '', ...LATER.slice(0, 4)], LATER.slice(4)]);
  });

  it('leaves out headings with dot leaders and their page number on the same line', () => {
    const dotted = ['Einleitung ........ 1', 'Erste Bewertung ....... 2', 'Zur Tech-Landkarte ...... 3'];
    const pages = [[...HEAD, ...dotted, '', ...LATER.slice(0, 4)], LATER.slice(4)];
    expect(removeContents(pages).pages[0]).toEqual([...HEAD, '', ...LATER.slice(0, 4)]);
  });

  it('keeps a list whose lines do not come again as headings', () => {
    const demands = ['Fernwärmenetz ausplanen', 'Wärmespeicher einplanen', 'Gasnetz stilllegen'];
    const pages = [[...HEAD, ...demands, '', '1', '2', '3', '', ...LATER.slice(0, 4)], LATER.slice(4)];
    expect(removeContents(pages).pages).toEqual(pages);
  });

  it('keeps headings whose numbers go down, which no table of contents has', () => {
    const pages = [[...HEAD, ...ENTRIES, '', '4', '3', '2', '1', '', ...LATER.slice(0, 4)], LATER.slice(4)];
    expect(removeContents(pages).pages).toEqual(pages);
  });

  it('moves the contents to what was left out, so the letter starts at its first section', () => {
    const text = [
      [...HEAD, ...ENTRIES, '', ...NUMBERS, '', ...LATER.slice(0, 4)],
      LATER.slice(4),
      ['Kontakt'],
    ]
      .map((page) => page.join('\n'))
      .join('\n\f');
    const { letter, leftOut } = splitLeftOut(plainToLetterText(text));
    expect(letter.split('\n').filter((line) => line === 'Erste Bewertung')).toHaveLength(1);
    expect(leftOut).toEqual([
      'Einleitung',
      'Erste Bewertung',
      'Grundlegendes zum D-Stack',
      'Zur Tech-Landkarte',
      ...NUMBERS,
    ]);
  });

  it('keeps a heading the contents named apart from the paragraph under it', () => {
    const heading = 'Weiterentwicklung zu einem Demokratie- und Gesellschafts-Stack';
    const section = [
      heading,
      'Eines der Ziele des D-Stacks sei die Bereitstellung zentraler technologischer',
      'Komponenten für die deutsche Verwaltung. Sollte man dabei erwägen, über die',
      'Bereitstellung einer begrenzten Anzahl an Basisdiensten und eine Konzentration auf',
      'Grundlagenarbeit hinaus agieren zu wollen, sollte unserer Ansicht nach der Fokus auf',
      'digitale Basisdienste für die Demokratie gelegt werden.',
    ];
    const front = [
      ...HEAD,
      ...ENTRIES.slice(0, 2),
      `${heading}\u200b`,
      '',
      '1',
      '2',
      '9',
      '',
      ...LATER.slice(0, 6),
    ];
    const text = [front, LATER.slice(6), section].map((page) => page.join('\n')).join('\n\f');
    const { letter } = splitLeftOut(plainToLetterText(text));
    expect(letter.split('\n')).toContain(heading);
  });
});
