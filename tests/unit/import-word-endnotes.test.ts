import { describe, expect, it } from 'vitest';
import { importLetterText } from '../../src-common/import/build-letter';
import { htmlToLetterText } from '../../src-common/import/html-letter-text';

// What the Word reader (mammoth) makes of the Fridays for Future Göttingen paper on the city's heat planning
// (tests/fixtures/real-letters/docx-de-fff-goettingen-waermewende-2026): its title in bold above the first section,
// endnote references as "[n]" links in superscript, the endnotes as a list after the text, each address a link.
const OEKO = 'https://www.oeko.de/fileadmin/oekodoc/Stadt-%20Bonn_Bericht_Waermeplanung.pdf';
const KIEL = 'https://www.kiel.de/de/umwelt_verkehr/klimaschutz/verwaltung_klimaschutz_projekte/';
const ref = (n: number) => `<sup><a href="#endnote-${n}" id="endnote-ref-${n}">[${n}]</a></sup>`;
const link = (address: string, shown = address) => `<a href="${address}">${shown}</a>`;
const endnote = (n: number, html: string) =>
  `<li id="endnote-${n}"><p>${html} <a href="#endnote-ref-${n}">↑</a></p></li>`;

const html = [
  '<p><strong>Zuverlässige, bezahlbare und klimagerechte Wärmeversorgung für Göttingen!</strong></p>',
  '<h1>Einleitung</h1>',
  `<p>Die Stadt bietet bereits Beratung zu energetischer Sanierung${ref(15)} und zu effizienter Wohnraumnutzung${ref(16)} an.</p>`,
  '<h2><strong>8. Soziale Verträglichkeit sichern</strong></h2>',
  `<p>Hintergrund: Vermieter*innen entscheiden über das Heizungssystem, Mieter*innen zahlen am Ende die Nebenkosten. Da Gas- und Ölheizungen mittelfristig sehr teuer werden,${ref(17)} tragen somit alle hier aufgeführten Maßnahmen zur sozialen Verträglichkeit bei.</p>`,
  '<p>Forderung: Es ist wichtig, Hausbesitzer*innen und insbesondere Mieter*innen in Härtefällen bei der Umstellung ihrer Heizungen finanziell zu unterstützen.</p>',
  `<p>Konkrete Maßnahmen: Das Öko-Institut Freiburg hat auf Basis der kommunalen Wärmeplanung in Bonn verschiedene kommunale Möglichkeiten zur sozialen Gestaltung der Wärmewende zusammengetragen und diskutiert.${ref(18)}</p>`,
  '<h1>Fazit:</h1><p>Wir fordern die Stadt Göttingen auf, ihren Beitrag zur Wärmewende entschlossen anzugehen!</p>',
  '<ol>',
  endnote(15, `${link('https://energieagentur-goettingen.de/energieberatungen/')} (06.03.2026).`),
  endnote(16, 'Vgl. Klimabericht der Stadt Göttingen 2024. Kurzfassung, S. 3.'),
  endnote(
    17,
    `Vgl. ${link(`${KIEL}kommunale_waermeplanung_in_kiel.php`)} (26.02.2026); ${link(`${KIEL}praxistipps.php`)} (26.02.2026).`,
  ),
  endnote(
    18,
    `${link(OEKO, 'https://www.oeko.de/fileadmin/oekodoc/Stadt- Bonn_Bericht_Waermeplanung.pdf')} (04.03.2026).`,
  ),
  '</ol>',
].join('');

function imported() {
  return importLetterText(htmlToLetterText(html), () => 'id');
}

describe('a Word file with endnotes', () => {
  it('takes the bold line above the first section as the title, not the section’s heading', () => {
    expect(imported().title).toBe(
      'Zuverlässige, bezahlbare und klimagerechte Wärmeversorgung für Göttingen!',
    );
  });

  it('reads each endnote with its number and the addresses its links go to', () => {
    const notes = imported().notes.map((note) => ({ number: note.number, urls: note.urls }));
    expect(notes).toEqual([
      { number: 15, urls: ['https://energieagentur-goettingen.de/energieberatungen/'] },
      { number: 16, urls: [] },
      { number: 17, urls: [`${KIEL}kommunale_waermeplanung_in_kiel.php`, `${KIEL}praxistipps.php`] },
      { number: 18, urls: [OEKO] },
    ]);
  });

  it('keeps the gender star of two words in one paragraph as text, not as italics between them', () => {
    expect(imported().paragraphs).toContain(
      'Forderung: Es ist wichtig, Hausbesitzer*innen und insbesondere Mieter*innen in Härtefällen bei der ' +
        'Umstellung ihrer Heizungen finanziell zu unterstützen.',
    );
  });
});
