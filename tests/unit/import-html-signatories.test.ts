import { describe, expect, it } from 'vitest';
import { htmlToLetterText } from '../../src-common/import/html-letter-text';
import { splitLeftOut } from '../../src-common/import/left-out';

// The letter's lines; what the reader left out follows them under a heading of its own (see leftOutOf).
const lines = (html: string): string[] => splitLeftOut(htmlToLetterText(html)).letter.split('\n');
const leftOutOf = (html: string): string[] => splitLeftOut(htmlToLetterText(html)).leftOut;

describe('signatories that a web page or Word file shows through markup', () => {
  it('names the organizations of a logo grid from the links’ titles or their images’ alt text', () => {
    const html = `<ul class="logos">
      <li><a href="https://www.gnome.org" class="hiddenlink" title="GNOME" style="background-image: url(GNOME.png)"></a></li>
      <li><a href="https://www.dfri.se/" class="hiddenlink" title="DFRI"></a></li>
      <li><a href="https://xnet-x.net/"><img src="xnet.png" alt="Xnet"></a></li></ul>
      <div><a href="https://fsfe.org"><img alt="FSFE"></a><a href="https://kde.org"><img alt="KDE e.V."></a>
      <a href="https://debian.org" title="Debian"></a></div>`;
    expect(lines(html)).toEqual([
      '- [GNOME](https://www.gnome.org)',
      '- [DFRI](https://www.dfri.se/)',
      '- [Xnet](https://xnet-x.net/)',
      '',
      '[FSFE](https://fsfe.org)',
      '[KDE e.V.](https://kde.org)',
      '[Debian](https://debian.org)',
    ]);
  });

  it('reads a signature card as one line of name and institution, without its status and comment', () => {
    const html = `<p>Signed,</p><div class="card-columns">
      <div class="signature card p-3"><span class="sig_name">Alex Holcombe</span>
        <span class="sig_institution">University of Sydney</span><span class="sig_status">Professor (or other Faculty)</span>
        <span class="sig_comment">The government should support the many emerging alternatives.</span></div>
      <div class="signature card p-3"><span class="sig_name">Ila Fiete</span><span class="sig_institution">MIT</span>
        <span class="sig_country">USA</span></div></div>`;
    expect(lines(html)).toEqual([
      'Signed,',
      '',
      'Alex Holcombe, University of Sydney',
      '',
      'Ila Fiete, MIT – USA',
    ]);
    // The card's status and comment are no part of the signatory: they follow the letter, where they stood.
    expect(leftOutOf(html)).toEqual([
      'Professor (or other Faculty)',
      'The government should support the many emerging alternatives.',
    ]);
  });

  it('keeps each <br> line of a list apart, and joins a long line a PDF wrapped in mid-sentence', () => {
    const html = `<p>Rocco Nutricati - Impiegato<br>daniela criscitiello - libera professionista - docente<br>
      Margarida Maria Seabra Prado de Mendonça- advogada, professora doutora em Filosofia<br>do Direito, conselheira do CEDCA</p>
      <p>- ending the occupation and colonization of Palestine;<br>- recognizing the fundamental rights of Arab-Palestinian citizens;</p>`;
    expect(lines(html)).toEqual([
      'Rocco Nutricati - Impiegato',
      'daniela criscitiello - libera professionista - docente',
      'Margarida Maria Seabra Prado de Mendonça- advogada, professora doutora em Filosofia do Direito, conselheira do CEDCA',
      '',
      '- ending the occupation and colonization of Palestine;',
      '- recognizing the fundamental rights of Arab-Palestinian citizens;',
    ]);
  });
});

describe('tables of signatories', () => {
  it('reads columns by their headings: no number, the country after a dash, the comment left out', () => {
    const html = `<table id="sigtable"><thead><tr><th>Name</th><th>Land</th><th>Kommentar</th></tr></thead><tbody>
      <tr><td>Test2</td><td>Portugal</td><td>Test again</td></tr>
      <tr><td>Max1</td><td>Belgium</td><td></td></tr><tr><td>Fan</td><td></td><td>Yeah</td></tr></tbody></table>`;
    expect(lines(html)).toEqual(['Test2 – Portugal', 'Max1 – Belgium', 'Fan']);
    // The headings and the comments are shown after the letter, a line a row.
    expect(leftOutOf(html)).toEqual(['Name | Land | Kommentar', 'Test again', 'Yeah']);
  });

  it('drops a number column and reads the country column in any order, headings or not', () => {
    const headed = `<table><tr><td>Country</td><td>#</td><td>Organisation</td><td>Website</td></tr>
      <tr><td>Kenya</td><td>1</td><td>Article 19 Eastern Africa</td><td>www.article19.org</td></tr></table>`;
    expect(lines(headed)).toEqual(['Article 19 Eastern Africa – Kenya']);
    // A row's number is its place in the list, which the list keeps; its website is left out, and shown.
    expect(leftOutOf(headed)).toEqual(['Country | # | Organisation | Website', 'www.article19.org']);
    const bare = `<table><tr><td>1.</td><td>Access Now</td><td>United States</td></tr>
      <tr><td>2.</td><td>Derechos Digitales</td><td>Chile</td></tr></table>`;
    expect(lines(bare)).toEqual(['Access Now – United States', 'Derechos Digitales – Chile']);
  });

  it('reads a Word table whose cells hold a name over an affiliation, down its columns when filled that way', () => {
    const cell = (name: string, role: string): string => `<td><p>${name}</p><p><em>${role}</em></p></td>`;
    const html = `<table><tr>${cell('Daniel Appelquist', 'W3C TAG co-chair')}${cell('Konstantinos Komaitis', 'Atlantic Council')}</tr>
      <tr>${cell('David Baron', 'former W3C TAG')}${cell('Chris Lilley', 'W3C Technical Director')}</tr>
      <tr>${cell('Hadley Beeman', 'W3C TAG')}<td></td></tr></table>`;
    expect(lines(html)).toEqual([
      'Daniel Appelquist, *W3C TAG co-chair*',
      'David Baron, *former W3C TAG*',
      'Hadley Beeman, *W3C TAG*',
      'Konstantinos Komaitis, *Atlantic Council*',
      'Chris Lilley, *W3C Technical Director*',
    ]);
  });

  it('keeps a table of the letter’s own text readable, a cell a line, across the rows', () => {
    const html = `<table><tr><th>Demand</th><th>Deadline</th></tr>
      <tr><td>Restore access to the internet</td><td>Immediately</td></tr>
      <tr><td>Publish every shutdown order</td><td>Within 30 days</td></tr></table>`;
    expect(lines(html)).toEqual([
      'Restore access to the internet',
      'Immediately',
      'Publish every shutdown order',
      'Within 30 days',
    ]);
    expect(leftOutOf(html)).toEqual(['Demand | Deadline']);
  });

  it('reads links set side by side with nothing between them as one name each', () => {
    // The later signers of the Free Ola Bini persecution statement (tests/fixtures/real-letters): buttons the
    // page's style sets apart, with no space between them in the markup.
    const button = 'class="bg-dark-gray white link dim db dib-ns mt2 mh2-ns pa2"';
    const html = `<h2 class="avenir">Signatories</h2><div class="tc"><div class="lh-solid tl tc-ns mt4"><a ${button}
      href="https://www.acceso.or.cr">Fundación&nbsp;Acceso,&nbsp;Costa&nbsp;Rica</a><a ${button}
      href="">Anwen&nbsp;Jones</a><a ${button} href="https://torproject.org">The&nbsp;Tor&nbsp;Project</a></div></div>`;
    expect(lines(html)).toEqual([
      '## Signatories',
      '',
      '[Fundación Acceso, Costa Rica](https://www.acceso.or.cr)',
      'Anwen Jones',
      '[The Tor Project](https://torproject.org)',
    ]);
  });

  it('keeps one link that an editor split in two, both halves to one address, in its sentence', () => {
    // Human Rights Watch's Arabic statement on Bassel Khartabil (tests/fixtures/real-letters): the opening quote
    // mark is a link of its own, glued to the rest of the link.
    const fp =
      'http://www.foreignpolicy.com/articles/2012/11/26/the_fp_100_global_thinkers?page=0,18#thinker19';
    const html = `<p>كما أختير من قبل مجلة <a href="${fp}">"</a><a href="${fp}" target="_blank">فورين بوليسي" ضمن قائمة المفكرين</a> الأهم.</p>`;
    expect(lines(html)).toHaveLength(1);
  });

  it('keeps links with a space between them on one line, as words of a sentence', () => {
    const html =
      '<p>Read the <a href="https://a.example">statement</a> <a href="https://b.example">here</a>.</p>';
    expect(lines(html)).toEqual(['Read the [statement](https://a.example) [here](https://b.example).']);
  });
});
