import { describe, expect, it } from 'vitest';
import { endsSentence } from '../../src-common/import/pdf-detect';
import { splitLeftOut } from '../../src-common/import/left-out';
import { plainToLetterText } from '../../src-common/import/plain-text';

// Lines of pdftotext's output for tests/fixtures/real-letters/pdf-de-buendnis-f5-deutschland-stack-2025 (a Google
// Docs export): no blank line between paragraphs, note numbers glued to sentence ends, zero-width spaces.
const page = (...lines: string[]) => `${lines.join('\n')}\n\n\f`;
const letterLines = (text: string): string[] => splitLeftOut(plainToLetterText(text)).letter.split('\n');

const criteria = [
  'Auffällig ist die Betonung von Low-Code-Verfahren und KI, wobei hier eine Reihe von',
  'Werkzeugen ausschließlich für konnektionistische KI-Systeme und maschinelles',
  'Lernen ausgewählt wurden. Das ist bemerkenswert, da gerade für Verfahren der',
  'öffentlichen Verwaltung, die regelhaft nach Grundsätzen wie dem Gleichheitssatz',
  'durchgeführt werden sollen, regelbasierte Systeme deutlich geeigneter sind als dem',
  'stochastischen Zufall unterworfene konnektionistische KI-Systeme.3',
  'Gleichzeitig schafft die Einführung der für regelbasierte Systeme notwendigen',
  'semantischen Informationsspeicherung und -verarbeitung als Linked Data und',
  'Wissensgraphen die Grundlagen für semantische Interoperabilität, die ihrerseits',
  'unabdingbare Voraussetzung für viele weitere Vorhaben der Staatsdigitalisierung ist.',
];

describe('a paragraph’s end in a PDF without gaps between paragraphs', () => {
  it('is a sentence’s end with a note number glued after it', () => {
    expect(endsSentence('stochastischen Zufall unterworfene konnektionistische KI-Systeme.3')).toBe(true);
    expect(endsSentence('für die Digitalvorhaben in Deutschland“.1')).toBe(true);
    // A date's digits after its full stop end no sentence, nor does a number inside one.
    expect(endsSentence('die Veranstaltung war ausgebucht am 11.3.22')).toBe(false);
    expect(endsSentence('nach Angaben des BMDS mehrere Ebenen, die 2')).toBe(false);
  });

  it('parts two paragraphs where the first ends in a sentence and its note number', () => {
    const lines = letterLines(page(...criteria, '', 'Zu den Kriterien', 'Text.'));
    expect(lines[0]).toMatch(/^Auffällig .* konnektionistische KI-Systeme\.3$/u);
    expect(lines[1]).toMatch(/^Gleichzeitig schafft .* Staatsdigitalisierung ist\.$/u);
  });
});

describe('zero-width spaces in a PDF’s text', () => {
  it('are dropped, so a dash with one after it reads as a bullet and a heading as itself', () => {
    const lines = letterLines(
      page(
        'Kriterium der Nachhaltigkeit\u200B',
        'Beispielsweise könnte sich das anzustrebende Ziel langfristiger Entscheidungs- und',
        'Handlungsfähigkeit an folgenden Indikatoren bemessen:',
        '-\u200B Langfristige Sicherung der Komponenten als Gemeingüter, die nicht einseitig',
        'privatisiert oder monopolisiert werden können.',
        '-\u200B Nachvollziehbarkeit und Reproduzierbarkeit der Komponenten. Analog zu',
        'den Kriterien für Freie Software gehört hierzu, dass nicht nur Quellcode frei ist.',
      ),
    );
    expect(lines).toEqual([
      'Kriterium der Nachhaltigkeit',
      'Beispielsweise könnte sich das anzustrebende Ziel langfristiger Entscheidungs- und Handlungsfähigkeit an folgenden Indikatoren bemessen:',
      '- Langfristige Sicherung der Komponenten als Gemeingüter, die nicht einseitig privatisiert oder monopolisiert werden können.',
      '- Nachvollziehbarkeit und Reproduzierbarkeit der Komponenten. Analog zu den Kriterien für Freie Software gehört hierzu, dass nicht nur Quellcode frei ist.',
    ]);
  });
});

describe('justified text set one word a line at a paragraph’s start', () => {
  it('joins the words into the paragraph, and leaves one-word names apart', () => {
    const lines = letterLines(
      page(
        'Betrachtung würde es ermöglichen, zentrale Abhängigkeiten von Softwareprodukten',
        'in den Blick zu nehmen und diese systematisch zu bearbeiten.',
        '',
        'Zur Tech-Landkarte',
        'Im',
        'gegenwärtigen',
        'Entwurf',
        'des',
        'Deutschland-Stacks',
        'können',
        'wir',
        'der',
        'Technologie-Landkarte eine Reihe wichtiger grundlegender Standards und',
        'Systemkomponenten entnehmen. Warum sich gerade die derzeit dort verzeichneten',
        'Standards und Technologien auf dieser Landkarte finden, ist nicht nachvollziehbar.',
        '',
        'Unterzeichnende:',
        'AlgorithmWatch',
        'Campact',
        'Wikimedia',
      ),
    );
    expect(lines).toEqual([
      'Betrachtung würde es ermöglichen, zentrale Abhängigkeiten von Softwareprodukten in den Blick zu nehmen und diese systematisch zu bearbeiten.',
      '',
      'Zur Tech-Landkarte',
      'Im gegenwärtigen Entwurf des Deutschland-Stacks können wir der Technologie-Landkarte eine Reihe wichtiger grundlegender Standards und Systemkomponenten entnehmen. Warum sich gerade die derzeit dort verzeichneten Standards und Technologien auf dieser Landkarte finden, ist nicht nachvollziehbar.',
      '',
      'Unterzeichnende:',
      'AlgorithmWatch',
      'Campact',
      'Wikimedia',
    ]);
  });
});

describe('the lines around a run of single words in justified text', () => {
  it('carry the sentence on after the run, whatever case the next line starts with', () => {
    const lines = letterLines(
      page(
        'Klarer erkennbare Ziele ergeben sich aus dem Kriterium der Nachhaltigkeit. Die',
        'Bewertung der Verfügbarkeit von Dokumentation, aktiven Communities, Offenheit',
        'und Qualitätssicherung können zentrale Aspekte sein.',
        '',
        'Zu den Kriterien',
        'Die Reifegradmatrix bewertet Komponenten anhand der Kriterien Digitale Souveränität,',
        'Interoperabilität,',
        'Zukunftsfähigkeit,',
        'Marktrelevanz,',
        'Vertrauenswürdigkeit und',
        'Nachhaltigkeit.',
        'Aktuell sind die Konsequenzen einer bestimmten Einstufung nicht klar.',
      ),
    );
    expect(lines.slice(2)).toEqual([
      'Zu den Kriterien',
      'Die Reifegradmatrix bewertet Komponenten anhand der Kriterien Digitale Souveränität, Interoperabilität, Zukunftsfähigkeit, Marktrelevanz, Vertrauenswürdigkeit und Nachhaltigkeit.',
      'Aktuell sind die Konsequenzen einer bestimmten Einstufung nicht klar.',
    ]);
  });
});

describe('a colon at a line’s end short of the margin', () => {
  it('ends the paragraph that leads in to what follows', () => {
    const lines = letterLines(
      page(
        'Wir empfehlen, vom interpretationsoffenen und stetig neu deutbaren',
        'Souveränitätsbegriff Abstand zu nehmen und stattdessen möglichst genau zu',
        'spezifizieren, welche konkreten Eigenschaften damit gemeint sind. Mit dem Ziel, die',
        'Entscheidungs- und Handlungsfähigkeit zu stärken, ist unseres Erachtens die',
        'Entwicklung der notwendigen Kompetenzen für die Bewertung, Auswahl und den',
        'Einsatz von Technologien beim Staat selbst eine unabdingbare Voraussetzung. Die',
        'Kriterien könnten sich dabei an folgenden Indikatoren bemessen:',
        'Die langfristige Sicherung der Komponenten als Gemeingüter, die nicht einseitig',
        'privatisiert oder monopolisiert werden können, etwa durch Freie-Software-Lizenzen',
        'mit Copyleft-Klauseln wie der EUPL.',
      ),
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/an folgenden Indikatoren bemessen:$/u);
    expect(lines[1]).toMatch(/^Die langfristige Sicherung .* der EUPL\.$/u);
  });
});

describe('a heading that a table of contents repeats', () => {
  it('stands alone where its section starts, though long enough to open a paragraph', () => {
    const heading = 'Weiterentwicklung zu einem Demokratie- und Gesellschafts-Stack';
    const text = [
      page(
        'Stellungnahme zum Deutschland-Stack',
        '',
        'Alternative Bewertungskriterien anlegen',
        heading,
        'Kontakt',
      ),
      page(
        'Die Perspektive der Daseinsvorsorge, da es durchaus Komponenten geben kann, die für',
        'eine durchdachte Systemarchitektur relevant sind, sich aber nicht notwendigerweise',
        'in einem freien Wettbewerbsmodell sinnvoll finanzieren lassen.',
        '',
        heading,
        'Eines der Ziele des D-Stacks sei die Bereitstellung zentraler technologischer',
        'Komponenten für die deutsche Verwaltung.',
      ),
    ].join('');
    const lines = letterLines(text);
    expect(lines.slice(-2)).toEqual([
      heading,
      'Eines der Ziele des D-Stacks sei die Bereitstellung zentraler technologischer Komponenten für die deutsche Verwaltung.',
    ]);
  });
});
