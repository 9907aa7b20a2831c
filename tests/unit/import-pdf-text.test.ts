import { describe, expect, it } from 'vitest';
import { looksLikePdfText } from '../../src-common/import/pdf-detect';
import { plainToLetterText } from '../../src-common/import/plain-text';
import { pastedLetterText } from '../../src-common/import/letter-text';
import { LEFT_OUT_HEADING, splitLeftOut } from '../../src-common/import/left-out';
import { importLetterText } from '../../src-common/import/build-letter';
import { importReport } from '../../src-common/api/import-report';

const counter = (): (() => string) => {
  let id = 0;
  return () => `id-${(id += 1)}`;
};

// Excerpts of pdftotext output from the real letters in tests/fixtures/real-letters/pdf-*, each page ended by a form
// feed as pdftotext writes it.
const page = (...lines: string[]) => `${lines.join('\n')}\n\n\f`;
// The letter's lines, without the page numbers and running heads that follow it under their own heading.
const letterLines = (text: string): string[] => splitLeftOut(plainToLetterText(text)).letter.split('\n');
const leftOutOf = (text: string): string[] => splitLeftOut(plainToLetterText(text)).leftOut;

describe('plain text that is not from a PDF', () => {
  it('leaves a pasted list of names exactly as it is', () => {
    const names = [
      'Respect Berlin',
      'Solidarity City Berlin',
      'La Casita',
      'kitchen politics',
      'Theater X',
      'glokal e.V. Berlin',
      'KuB – Kontakt- und Beratungsstelle für Flüchtlinge und Migrant_innen e.V.',
    ].join('\n');
    expect(plainToLetterText(names)).toBe(names);
  });

  it('leaves one paragraph per line exactly as it is', () => {
    const text = [
      'Dear Vice-President Ansip,',
      'we, the signatories of the Declaration for Freedom of Expression, have come together for an ad hoc coalition to protest against the draft Network Enforcement Law which will be introduced in the German Bundestag this week.',
      'On May 19, the Bundestag will in a first reading discuss the draft Network Enforcement Law.',
      'Yours sincerely,',
      'Volker Tripp',
    ].join('\r\n');
    expect(looksLikePdfText(text)).toBe(false);
    expect(plainToLetterText(text)).toBe(text);
  });

  it('leaves a short e-mail exactly as it is', () => {
    const text = 'Hi all,\n\nPlease sign the letter below by Friday.\n\nThanks,\nMaria\n';
    expect(plainToLetterText(text)).toBe(text);
  });
});

describe('reflowing a PDF’s wrapped lines', () => {
  const netzdg =
    page(
      'Dear Vice-President Ansip,',
      'we, the signatories of the Declaration for Freedom of Expression, have come together for an ad hoc',
      'coalition to protest against the draft Network Enforcement Law which will be introduced in the German',
      'Bundestag this week. The Alliance for Freedom of Expression, our joint initiative by a most diverse group',
      'of stakeholders, is unprecedented in Germany.',
      'On May 19, the Bundestag will in a first reading discuss the draft Network Enforcement Law. Although it',
      'is clear that illegal hate speech must be fought effectively within and outside online social networks.',
    ) + page('Yours sincerely,', 'Volker Tripp');

  it('joins the lines of a paragraph and keeps short lines (salutation, closing, name) apart', () => {
    expect(plainToLetterText(netzdg).split('\n')).toEqual([
      'Dear Vice-President Ansip,',
      'we, the signatories of the Declaration for Freedom of Expression, have come together for an ad hoc coalition to protest against the draft Network Enforcement Law which will be introduced in the German Bundestag this week. The Alliance for Freedom of Expression, our joint initiative by a most diverse group of stakeholders, is unprecedented in Germany.',
      'On May 19, the Bundestag will in a first reading discuss the draft Network Enforcement Law. Although it is clear that illegal hate speech must be fought effectively within and outside online social networks.',
      'Yours sincerely,',
      'Volker Tripp',
    ]);
  });

  it('reads a paste from a PDF reader (no form feeds) the same way', () => {
    const pasted = netzdg.replaceAll('\f', '').replace(/\n\n(?=Yours)/u, '\n');
    expect(plainToLetterText(pasted)).toBe(plainToLetterText(netzdg));
  });

  it('joins a paragraph across a page break and drops the page number, keeping a list item whole', () => {
    const text =
      page(
        'Wir, die Unterzeichner, glauben nicht mehr an substanzielle Verbesserungen durch',
        'den erwarteten Dritten Korb der Urheberrechtsreform. Uns eint der Wunsch, das',
        'Urheberrecht in Ruhe und Besonnenheit zu reformieren und zukunftsfähig',
      ) +
      page(
        'auszugestalten, bevor die eingebauten Ungleichgewichte bestehender Regelungen',
        'das System als Ganzes zum Scheitern bringen.',
        '3. Das heutige Urheberrecht ist für die Regelung des Verhältnisses zwischen Autoren',
        'und Verwertern gedacht. Eine grundlegende Neufassung des Urheberrechts muss den Wandel dieser',
        '2',
      ) +
      page(
        'Beziehung anerkennen und den tatsächlichen Wandel hin zu einem Urheber- und',
        'Verbraucherrecht abbilden.',
        '3',
      );
    expect(letterLines(text)).toEqual([
      'Wir, die Unterzeichner, glauben nicht mehr an substanzielle Verbesserungen durch den erwarteten Dritten Korb der Urheberrechtsreform. Uns eint der Wunsch, das Urheberrecht in Ruhe und Besonnenheit zu reformieren und zukunftsfähig auszugestalten, bevor die eingebauten Ungleichgewichte bestehender Regelungen das System als Ganzes zum Scheitern bringen.',
      // The paragraph's typed number is its text, escaped so it is not read as a list's (see keepTypedNumber).
      '3\\. Das heutige Urheberrecht ist für die Regelung des Verhältnisses zwischen Autoren und Verwertern gedacht. Eine grundlegende Neufassung des Urheberrechts muss den Wandel dieser Beziehung anerkennen und den tatsächlichen Wandel hin zu einem Urheber- und Verbraucherrecht abbilden.',
    ]);
    // The page numbers are not lost: they follow the letter, under the heading that closes it.
    expect(leftOutOf(text)).toEqual(['2', '3']);
    expect(plainToLetterText(text).split('\n').slice(-3)).toEqual([LEFT_OUT_HEADING, '2', '3']);
  });

  it('joins justified lines that pdftotext split one word per line', () => {
    const text = page(
      'Zusammenhang befürworten wir den Aufbau einer frei zugänglichen Datenbank für',
      'Eine grundsätzliche Überarbeitung des Urheberrechts ist nötig und sie ist möglich',
      'durch',
      'die',
      'Zusammenarbeit',
      'von',
      'Werkschaffenden',
      'und',
      'Nutzern.',
      'Die',
      'Geschäftsinteressen der Rechteverwerter, die sich rund um das Urheberrecht',
      'entwickelt und auf dieses zunehmend Einfluss entwickelt haben, sind nachrangig.',
      'Unterzeichner:',
      'Wikimedia Deutschland e.V.',
      'Digitale Gesellschaft e.V.',
    );
    const lines = letterLines(text);
    expect(lines[0]).toContain(
      'möglich durch die Zusammenarbeit von Werkschaffenden und Nutzern. Die Geschäftsinteressen',
    );
    expect(lines.slice(1)).toEqual([
      'Unterzeichner:',
      'Wikimedia Deutschland e.V.',
      'Digitale Gesellschaft e.V.',
    ]);
  });

  it('undoes the typesetter’s hyphens and keeps a compound’s', () => {
    const text =
      page(
        'Zunächst acht und mittlerweile vierzehn Klimaschützer*innen wurden ohne Gerichtsverfahren für bis zu',
        'dreißig Tage ins Gefängnis geworfen, begleitet von der EU-Kommission und ihrer co-operation mit der',
        'Polizei. Die Maßnahme betrifft die Exklusions- und Repressionsmechanismen der EU-',
        'Kommission und die co-',
        'operation der Länder. Selbst eine acht-',
      ) + page('zehnjährige Schülerin war darunter, allerdings mit einer kürzeren Inhaftierung.');
    const [paragraph] = letterLines(text);
    expect(paragraph).toContain('Repressionsmechanismen der EU-Kommission und die co-operation der Länder.');
    expect(paragraph).toContain('Selbst eine achtzehnjährige Schülerin');
    // The gender star stays text: unescaped, "*innen … Klimaschützer*" would read as italic.
    expect(paragraph).toContain('Klimaschützer\\*innen');
  });

  it('glues a line that pdftotext started with the rest of a hyphenated word', () => {
    const text = page(
      'Der Wählerwille wird unterdrückt: Fast alle klimaschädlichen Beschlüsse der Vergangenheit kamen durch SPD/CDU',
      '-Mehrheit zustande. Diese inoffizielle große Koalition ist nach der Stadtratswahl 2021 ersetzt worden.',
      'Die klimapolitisch am weitesten gehende Formulierung in der Bündnisvereinbarung der drei Parteien ist',
      'bekannt.',
    );
    expect(plainToLetterText(text)).toContain('durch SPD/CDU-Mehrheit zustande.');
  });

  it('makes list items of bullets, also a bullet pdftotext left on a line of its own', () => {
    const text = page(
      'Die hier unterzeichnenden Göttinger Klimagruppen weisen diese polizeistaatlichen Praktiken zurück',
      'und erklären sich mit den Inhaftierten solidarisch.',
      'Wir fordern von der Politik im Bund und in den Ländern und Kommunen:',
      '• keine Kriminalisierung der Klimaschützer*innen, sondern',
      '•',
      '',
      'endlich eine Klimapolitik, die den Herausforderungen gerecht wird und',
    );
    expect(letterLines(text).slice(1)).toEqual([
      'Wir fordern von der Politik im Bund und in den Ländern und Kommunen:',
      '- keine Kriminalisierung der Klimaschützer\\*innen, sondern',
      '- endlich eine Klimapolitik, die den Herausforderungen gerecht wird und',
    ]);
  });

  it('keeps a title wrapped over two lines as one line at the top', () => {
    const spanish = page(
      'Berlin, 12 de Octubre de 2020',
      'CARTA ABIERTA',
      'POR LA LEGALIZACIÓN PERMANENTE Y SIN CONDICIONES DE TODAS LAS PERSONAS MIGRANTES',
      'INDOCUMENTADAS Y EN CONDICIÓN DE ILEGALIDAD',
      '',
      'Hoy, el contexto actual nos convoca como red de colectivos y organizaciones de migrantes y',
      'antirracistas de Berlín a demandar la legalización permanente y sin condiciones de todas las personas',
      'migrantes sin documentos de residencia en este país.',
    );
    expect(plainToLetterText(spanish).split('\n').slice(0, 3)).toEqual([
      'Berlin, 12 de Octubre de 2020',
      'CARTA ABIERTA',
      'POR LA LEGALIZACIÓN PERMANENTE Y SIN CONDICIONES DE TODAS LAS PERSONAS MIGRANTES INDOCUMENTADAS Y EN CONDICIÓN DE ILEGALIDAD',
    ]);
    const german = page(
      'Gemeinsames Positionspapier',
      '',
      'Was zu tun wäre: Ein Urheberrecht für das 21.',
      'Jahrhundert',
      'Am 19. November 2011 hielt die EU-Kommissarin Neelie Kroes in Avignon eine Rede',
      'zu Erlösmodellen für Künstler und Kreative, in der sie an zentraler Stelle anmerkte, wie',
      'sehr das Wort “Copyright” für viele zu einem Hasswort verkommen sei.',
    );
    expect(plainToLetterText(german).split('\n').slice(0, 4)).toEqual([
      'Gemeinsames Positionspapier',
      '',
      'Was zu tun wäre: Ein Urheberrecht für das 21. Jahrhundert',
      'Am 19. November 2011 hielt die EU-Kommissarin Neelie Kroes in Avignon eine Rede zu Erlösmodellen für Künstler und Kreative, in der sie an zentraler Stelle anmerkte, wie sehr das Wort “Copyright” für viele zu einem Hasswort verkommen sei.',
    ]);
  });
});

// No letter of the corpus prints its footnotes yet: these pages follow the shape of EU civil-society letters, whose
// notes stand at each page's foot with addresses broken over two lines.
const notesLetter =
  page(
    'Open letter on the terrorist content regulation',
    'We, the undersigned civil society organisations, write to you about the proposed regulation on',
    'preventing the dissemination of terrorist content online.1 The proposal was published in September',
    '2018 and is now before the Council.2 We are concerned that the rules it sets for hosting services',
    'would lead to the removal of lawful content and to the use of upload filters by all platforms.',
    '1 https://ec.europa.eu/commission/sites/beta-political/files/soteu2018-preventing-terrorist-content-online-regulation-6',
    '40_en.pdf',
    "2 See the Council's general approach of 6 December 2018: https://www.",
    'consilium.europa.eu/en/press/press-releases/2018/12/06/terrorist-content-online/',
    '',
    '1',
  ) +
  page(
    'Open letter on the terrorist content regulation',
    'The regulation also requires hosting services to remove content within one hour of an order, a',
    'deadline that only the largest companies can meet.³ Smaller services, which host much of the diverse',
    'speech online, would be pushed out of the market within 2019.',
    'Signed by:',
    'Access Now      EDRi',
    'Article 19      Privacy International',
    '3 Joint letter of 4 February 2019.',
    '2',
  );

describe('names one a line', () => {
  it('keeps a long name that reaches the margin apart from the short name after it', () => {
    // The signatories of the open letter of Legalisierung jetzt! Berlin, as pdftotext gives them.
    const text = page(
      'Hoy, de cara a una pandemia mundial, es el momento de romper el tabú y dar un paso al frente por una',
      'ciudadanía plena, por los derechos de todas las personas que viven en esta ciudad, sin excepción alguna.',
      'Las organizaciones y personas firmantes exigimos la legalización ya de todas las personas sin papeles.',
      'Colectivo MAWVN, Berlin',
      'Andrea Molina',
      'LINKS*KANAX Berlin',
      'ReachOut – Opferberatung und Bildung gegen Rechtsextremismus, Rassismus und Antisemitismus',
      'Allmende e.V.',
      'RaumErweiterungsHalle',
    );
    expect(letterLines(text).slice(-5)).toEqual([
      'Andrea Molina',
      'LINKS\\*KANAX Berlin',
      'ReachOut – Opferberatung und Bildung gegen Rechtsextremismus, Rassismus und Antisemitismus',
      'Allmende e.V.',
      'RaumErweiterungsHalle',
    ]);
  });
});

describe('page furniture and footnotes', () => {
  it('gathers the notes under "Notes", joins their broken addresses and marks the references', () => {
    expect(letterLines(notesLetter)).toEqual([
      'Open letter on the terrorist content regulation',
      'We, the undersigned civil society organisations, write to you about the proposed regulation on preventing the dissemination of terrorist content online.[1] The proposal was published in September 2018 and is now before the Council.[2] We are concerned that the rules it sets for hosting services would lead to the removal of lawful content and to the use of upload filters by all platforms.',
      'The regulation also requires hosting services to remove content within one hour of an order, a deadline that only the largest companies can meet.[3] Smaller services, which host much of the diverse speech online, would be pushed out of the market within 2019.',
      'Signed by:',
      'Access Now',
      'EDRi',
      'Article 19',
      'Privacy International',
      '',
      'Notes',
      '[1] https://ec.europa.eu/commission/sites/beta-political/files/soteu2018-preventing-terrorist-content-online-regulation-640_en.pdf',
      "[2] See the Council's general approach of 6 December 2018: https://www.consilium.europa.eu/en/press/press-releases/2018/12/06/terrorist-content-online/",
      '[3] Joint letter of 4 February 2019.',
    ]);
    // The page numbers and the running head of page 2, in the order the pages show them.
    expect(leftOutOf(notesLetter)).toEqual(['1', 'Open letter on the terrorist content regulation', '2']);
  });

  it('finds the same notes in a paste, whose page number and header stand mid-paragraph', () => {
    const pasted = notesLetter.replaceAll('\f', '').replace(/\n\n(?=1\n)/u, '\n');
    const lines = letterLines(pasted);
    expect(lines.filter((line) => /^Open letter/u.test(line))).toHaveLength(1);
    expect(lines).toContain('[3] Joint letter of 4 February 2019.');
    expect(lines.some((line) => line.includes('upload filters by all platforms.'))).toBe(true);
    // The foot of page 1 and the head of page 2 stood mid-paragraph: left out, they follow the letter.
    expect(leftOutOf(pasted)).toEqual(['1', 'Open letter on the terrorist content regulation']);
  });

  it('leaves numbers in prose alone when no note has their number', () => {
    const text = page(
      'Die Stadt lehnt ein direktes Monitoring des städtischen Autoverkehrsaufkommen ab, obwohl dies',
      'natürlich zu ihrer Verantwortung gehört (Meldung 22.11.21, ausgebucht am 11.3.22).1 Das ist',
      'bekannt, und die CO2 Bilanz der Stadt zeigt es seit Jahren.',
    );
    expect(plainToLetterText(text)).toContain('ausgebucht am 11.3.22).1 Das ist bekannt, und die CO2 Bilanz');
  });

  // The Göttingen resolution's notes were links on the markers: the paste has the markers and no note text.
  const linkNotes = page(
    'Und es wird mit viel Werbung ein Förderprogramm mit 60.000 € ausgeschrieben, was selbst bei einer',
    'Förderquote von nur 5% nicht einmal für ein MWp reicht und natürlich kurz nach dem Zeitpunkt der Ausschreibung',
    'schon überbucht war (Meldung 22.11.21, ausgebucht am 11.3.22).1',
    'Klimaneutralität ist nicht mehr, aber wenigstens wird in Göttingen gehofft, die Folgen von Extremwetter',
    'nicht zu spüren.2',
    'Wir fordern',
    '• einen Maßnahmenkatalog der zu bewältigenden Aufgaben mit definierten Sofortmaßnahmen, wie',
    'er z.B. im Maßnahmenkatalog von Göttingen Zero3 vorliegt, und mit einem konkretem Zeitplan.',
    '• einen sofortigen Beginn der geplanten Maßnahmen zur Klimaneutralität Göttingen 2030.',
  );

  it('marks markers that count 1, 2, 3 with no note text, so the import reports the missing notes', () => {
    const lines = letterLines(linkNotes);
    expect(lines.join('\n')).toContain('ausgebucht am 11.3.22).[1]');
    expect(lines.join('\n')).toContain('nicht zu spüren.[2]');
    expect(lines.join('\n')).toContain('Maßnahmenkatalog von Göttingen Zero[3] vorliegt');
    expect(lines).not.toContain('Notes');
    const imported = importLetterText(plainToLetterText(linkNotes), counter());
    expect(importReport(imported).problems.filter((problem) => problem.kind === 'missing-note')).toHaveLength(
      3,
    );
    imported.doc.destroy();
  });

  it('leaves the digits alone when they do not count up one by one', () => {
    const gap = linkNotes.replace('Zero3', 'Zero4');
    expect(plainToLetterText(gap)).toContain('ausgebucht am 11.3.22).1');
    expect(plainToLetterText(gap)).toContain('Göttingen Zero4 vorliegt');
  });
});

describe('a PDF paste in the import dialog', () => {
  it('becomes the reflowed letter text', () => {
    expect(pastedLetterText('', notesLetter)).toBe(plainToLetterText(notesLetter));
  });

  it('is left to the text box when it is ordinary text', () => {
    expect(pastedLetterText('', 'Respect Berlin\nLa Casita')).toBeNull();
  });
});
