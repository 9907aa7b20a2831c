import { describe, expect, it } from 'vitest';
import { splitLeftOut } from '../../src-common/import/left-out';
import { plainToLetterText } from '../../src-common/import/plain-text';

const page = (...lines: string[]) => `${lines.join('\n')}\n\n\f`;
const letterLines = (text: string): string[] => splitLeftOut(plainToLetterText(text)).letter.split('\n');

// Lines of Fridays for Future Karlsruhe's open letter of January 2020, as pdftotext gives them: endnotes numbered
// "1)" after the signature, the fourth split into "4" and ")https://…".
const firstPage = page(
  'Offener Brief an den Gemeinderat und die',
  'Verwaltung der Stadt Karlsruhe',
  'Sehr geehrte Gemeinderät*innen, sehr geehrte Stadtverwaltung,',
  'Leider bleibt das Konzept von Anfang an hinter dem absolut Notwendigen zurück: Schon die Zielsetzung ist zu',
  'niedrig. Dementsprechend muss Karlsruhe schon bis spätestens 2030 klimaneutral2 werden. Die Zielsetzung,',
  '2050 klimaneutral zu werden, ist unzureichend.',
  'Es wird nicht einmal überall klar, ob sich die vorgeschlagenen Maßnahmen umsetzen lassen. Dazu fehlt nämlich',
  'eine Kostenrechnung, und der Fachkräftemangel wird nicht angegangen. Auch Bau- und Produktionsemissionen3',
  'müssen einkalkuliert werden.',
);

describe('endnotes after the signature', () => {
  it('reads "1)" notes that run to the text’s end as notes, and leaves the signature alone', () => {
    const text =
      firstPage +
      page(
        'Dabei können Sie sich gerne an unserer Kommentierungsvorlage 4 orientieren, in der wir auf kritische Stellen',
        'hinweisen und zusätzliche Maßnahmen vorschlagen.',
        'Mit freundlichen Grüßen,',
        'Fridays for Future Karlsruhe',
        '',
        '1) Die zahlreichen Wissenschaftlerinnen und Wissenschaftler des Weltklimarates (IPCC) haben in einem',
        '',
        'Sonderbericht deutlich beschrieben, welche Unterschiede es gibt: https://www.de-ipcc.de/256.php.',
        '2) Um die Klimaerhitzung auf 1,5 oder 2 °C zu begrenzen, darf nur noch eine bestimmte Menge emittiert werden.',
        'Geht man davon aus, dass die Emissionen linear auf null gefahren werden sollen, dann haben wir noch doppelt',
        'so lange, nämlich bis 2030, Zeit, um ganz Karlsruhe klimaneutral zu machen.',
        '3) Produktionsemissionen sind solche Emissionen, die bei der Produktion von beispielsweise Solarzellen',
        'entstehen.',
        '4',
        ')https://fffka.de/Kommentierung.pdf',
      );
    const lines = letterLines(text);
    expect(lines.slice(lines.indexOf('Notes'))).toEqual([
      'Notes',
      '[1] Die zahlreichen Wissenschaftlerinnen und Wissenschaftler des Weltklimarates (IPCC) haben in einem Sonderbericht deutlich beschrieben, welche Unterschiede es gibt: https://www.de-ipcc.de/256.php.',
      '[2] Um die Klimaerhitzung auf 1,5 oder 2 °C zu begrenzen, darf nur noch eine bestimmte Menge emittiert werden. Geht man davon aus, dass die Emissionen linear auf null gefahren werden sollen, dann haben wir noch doppelt so lange, nämlich bis 2030, Zeit, um ganz Karlsruhe klimaneutral zu machen.',
      '[3] Produktionsemissionen sind solche Emissionen, die bei der Produktion von beispielsweise Solarzellen entstehen.',
      '[4] https://fffka.de/Kommentierung.pdf',
    ]);
    expect(lines).toContain('Fridays for Future Karlsruhe');
    expect(lines.join('\n')).toContain('klimaneutral[2] werden');
    expect(lines.join('\n')).toContain('Produktionsemissionen[3] müssen');
  });

  it('leaves a numbered list that closes a letter as text when the body carries no markers for it', () => {
    const text =
      page(
        'Offener Brief an den Gemeinderat der Stadt Karlsruhe',
        'Sehr geehrte Gemeinderät*innen,',
        'seit einigen Jahren erleben wir hier in Karlsruhe hautnah die ersten Folgen der Klimakrise, die häufig heißen',
        'und trockenen Sommer. Daher fordern wir von Ihnen die folgenden Schritte bis zum Ende des Jahres 2020:',
      ) +
      page(
        '1) Die Ziele des Klimaschutzkonzepts müssen massiv verschärft werden, bis spätestens 2030 klimaneutral.',
        '2) Ein regelmäßiges Monitoring muss den Reduktionspfad begleiten, mit einem öffentlichen Bericht jedes Jahr.',
      );
    const lines = letterLines(text);
    expect(lines).not.toContain('Notes');
    // The letter text escapes the item's number so that it stays as typed.
    expect(lines.some((line) => line.startsWith('1\\) Die Ziele'))).toBe(true);
  });
});
