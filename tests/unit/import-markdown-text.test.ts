import { describe, expect, it } from 'vitest';
import { importLetterText } from '../../src-common/import/build-letter';
import { splitLeftOut } from '../../src-common/import/left-out';
import { letterTextFrom } from '../../src-common/import/letter-text';
import { markdownToLetterText } from '../../src-common/import/markdown-text';
import { readLetterMeta } from '../../src-common/letter/letter-doc';

const lines = (markdown: string) => markdownToLetterText(markdown).split('\n');

describe('markdownToLetterText: paragraphs and line breaks', () => {
  it('joins a hard-wrapped paragraph into one line', () => {
    const text = [
      '30 Fridays For Future Ortsgruppen erklären sich solidarisch mit der Letzten Generation und',
      'ihren Aktivist*innen. Fridays For Future und die Letzte Generation nutzen unterschiedliche',
      'Protestformen.',
    ].join('\n');
    expect(lines(text)).toEqual([
      '30 Fridays For Future Ortsgruppen erklären sich solidarisch mit der Letzten Generation und ihren ' +
        'Aktivist*innen. Fridays For Future und die Letzte Generation nutzen unterschiedliche Protestformen.',
    ]);
  });

  it('keeps one name per line where lines end in two spaces or <br>', () => {
    expect(lines('### Signatories\n\nAccess Now  \nAmnesty International  \nArticle 19  ')).toEqual([
      '### Signatories',
      '',
      'Access Now',
      'Amnesty International',
      'Article 19',
    ]);
    expect(lines('Signed\n\nPatricia Aas <br>\nBryce Adelstein Lelbach <br>\nJohn Murray <br>')).toEqual([
      'Signed',
      '',
      'Patricia Aas',
      'Bryce Adelstein Lelbach',
      'John Murray',
    ]);
  });

  it('keeps a run of short lines that are names, and joins short wrapped prose', () => {
    expect(lines('Göttingen Zero\nGrüne Hochschuljugend Göttingen\nParents for Future Göttingen')).toEqual([
      'Göttingen Zero',
      'Grüne Hochschuljugend Göttingen',
      'Parents for Future Göttingen',
    ]);
    expect(lines('association devoted to promote and\nprotect Free/Libre Software,\nand more')).toHaveLength(
      1,
    );
  });
});

describe('markdownToLetterText: notes', () => {
  it('reads notes written one a line after a Notes heading as one note each', () => {
    const text = [
      'Families are threatened.[1] Students are pressured to return.[2]',
      '',
      'Notes',
      '',
      '[1] Amnesty International, "Nowhere feels safe", https://www.amnesty.org/en/latest/news/2021/02/china-uyghurs/',
      '[2] [Report on students abroad](https://example.org/students-report)',
    ].join('\n');
    const imported = importLetterText(markdownToLetterText(text), () => 'id');
    expect(imported.notes.map((note) => [note.number, note.urls])).toEqual([
      [1, ['https://www.amnesty.org/en/latest/news/2021/02/china-uyghurs/']],
      [2, ['https://example.org/students-report']],
    ]);
  });

  it('turns footnote markers and definitions into [n] and a Notes block at the end', () => {
    const text = [
      'La plainte vise des étudiant·es[^1] en lutte.',
      '',
      '[^1]: Voir [La Voix du Nord](https://www.lavoixdunord.fr/530523/article) et',
      '    https://www.mediapart.fr/journal/france/030220/fuites',
      '',
      'Signataires :',
    ].join('\n');
    expect(lines(text)).toEqual([
      'La plainte vise des étudiant·es[1] en lutte.',
      '',
      'Signataires :',
      '',
      'Notes',
      '[1] Voir [La Voix du Nord](https://www.lavoixdunord.fr/530523/article) et ' +
        'https://www.mediapart.fr/journal/france/030220/fuites',
    ]);
  });

  it('reads <sup>n</sup> markers, and a later block opening with one as that note', () => {
    const text = [
      'for the detention and prosecution of digital rights defenders like Ola Bini<sup>2</sup>.',
      '',
      '---',
      '<sup>2</sup>[https://twitter.com/davidakaye/status/1117489081397547008](https://twitter.com/davidakaye)',
      '',
      '### Signatories',
    ].join('\n');
    expect(lines(text)).toEqual([
      'for the detention and prosecution of digital rights defenders like Ola Bini[2].',
      '',
      '### Signatories',
      '',
      'Notes',
      '[2] [https://twitter.com/davidakaye/status/1117489081397547008](https://twitter.com/davidakaye)',
    ]);
  });

  it('reads escaped \\[1\\] markers and notes in a quote', () => {
    const text = [
      '> the key social issue of access to medicine\\[1\\] to criminal Internet regulation.',
      '>',
      '> \\[1\\] See: <http://www.oxfam.org/en/pressroom/pressrelease/2009-07-15/criminalize>',
    ].join('\n');
    expect(lines(text)).toEqual([
      'the key social issue of access to medicine[1] to criminal Internet regulation.',
      '',
      'Notes',
      '[1] See: <http://www.oxfam.org/en/pressroom/pressrelease/2009-07-15/criminalize>',
    ]);
  });
});

describe('markdownToLetterText: inline HTML, links and entities', () => {
  it('writes HTML links, bold and entities the letter text way, and leaves "<C++>" alone', () => {
    expect(
      lines(
        'apelando à &#8220;perceção de insegurança&#8221;&nbsp;<b>já</b> <a href="https://antiracismo.org">aqui</a>',
      ),
    ).toEqual(['apelando à “perceção de insegurança” **já** [aqui](https://antiracismo.org)']);
    expect(
      lines('support the steps taken by [#include <C++>][8]\n\n[8]: https://www.includecpp.org/'),
    ).toEqual(['support the steps taken by [#include <C++>](https://www.includecpp.org/)']);
  });

  it('drops images and reads an HTML block through the HTML reader, which leaves a picture’s caption out', () => {
    const text = [
      '![XR Mural Photo](/img/blog/xr-banner.jpg)',
      '',
      '<figure>',
      '<figcaption>美聯社資料圖片</figcaption>',
      '</figure>',
    ];
    const { letter, leftOut } = splitLeftOut(markdownToLetterText(text.join('\n')));
    expect(letter.trim()).toBe('');
    expect(leftOut).toEqual(['美聯社資料圖片']);
  });
});

describe('markdownToLetterText: headings, lists, quotes and tables', () => {
  it('reads setext headings, bullets of every kind and numbered items', () => {
    const text = [
      'Health for Future Göttingen: offener Brief',
      '===========',
      '',
      'Premiers Signataires :',
      '*\tOnEstLaTech',
      '*\tLe Mouton Numérique',
      '',
      '1) Rede 8M Guimarães',
      '2) Academia Cidadã',
      '',
      '> _"Los medios de comunicación de la Generalitat tienen un papel clave"_',
    ].join('\n');
    expect(lines(text)).toEqual([
      '# Health for Future Göttingen: offener Brief',
      '',
      'Premiers Signataires :',
      '',
      '- OnEstLaTech',
      '- Le Mouton Numérique',
      '',
      '1. Rede 8M Guimarães',
      '2. Academia Cidadã',
      '',
      '_"Los medios de comunicación de la Generalitat tienen un papel clave"_',
    ]);
  });

  it('keeps a one-column table heading as a label and drops the separator row', () => {
    const text = [
      '| **unterstützt durch:** |',
      '|:--------:|',
      '| ASTA der Georg August Universität | ',
      '| Göttingen Zero |',
    ];
    expect(lines(text.join('\n'))).toEqual([
      '**unterstützt durch:**',
      'ASTA der Georg August Universität',
      'Göttingen Zero',
    ]);
  });

  it('writes a table of organizations and countries as "Name – Country", without headings or numbers', () => {
    const text = [
      '| No. | Organization | Country |',
      '|---|---|---|',
      '| 1 | Access Now | Germany |',
      '| 2 | Karisma | Colombia |',
    ];
    expect(lines(text.join('\n'))).toEqual(['Access Now – Germany', 'Karisma – Colombia']);
  });

  it('keeps a first row of names set in the heading’s place, as a grid of names is', () => {
    // md-zh-hant-hk-principals-table-2019: three columns of principals' names, the first row above the separator.
    const text = [
      '| 劉修妍 | 陳潔貞 | 鄧振強 |',
      '| --- | --- | --- |',
      '| 李雪英 | 柳子權 | 馮瑞興 |',
      '| 汪曼華 | 李樂成 | 翁德文 |',
    ];
    expect(lines(text.join('\n'))).toEqual([
      '劉修妍',
      '陳潔貞',
      '鄧振強',
      '李雪英',
      '柳子權',
      '馮瑞興',
      '汪曼華',
      '李樂成',
      '翁德文',
    ]);
  });

  it('drops a heading row whose words name the columns, or that is written unlike its column', () => {
    const headed = [
      '| Name | Land |',
      '| --- | --- |',
      '| Max Mustermann | Deutschland |',
      '| Ana Lima | Brasil |',
    ];
    expect(lines(headed.join('\n'))).toEqual(['Max Mustermann – Deutschland', 'Ana Lima – Brasil']);
    const chinese = [
      '| 聯署校長 | 聯署校長 |',
      '| --- | --- |',
      '| 李雪英 | 柳子權 |',
      '| 汪曼華 | 李樂成 |',
    ];
    expect(lines(chinese.join('\n'))).toEqual(['李雪英', '柳子權', '汪曼華', '李樂成']);
  });

  it('reads a Pandoc grid table, joining an address cut at the cell wall', () => {
    const text = [
      '+--------------------------------------+--------------------------------------+',
      '| <p>                                  | [Bits of                             |',
      '| [![](http://laquadrature.net/files/n | Freedom](http://www.bof.nl/index_uk. |',
      '| etlogo2/5.gif)](http://www.bof.nl/in | html)                                |',
      '| dex_uk.html)                         | - The Netherlands\\                   |',
      '|                                      | Bits of Freedom defends digital      |',
      '|                                      | civil rights.                        |',
      '+--------------------------------------+--------------------------------------+',
    ];
    expect(lines(text.join('\n'))).toEqual([
      '[Bits of Freedom](http://www.bof.nl/index_uk.html) - The Netherlands',
      'Bits of Freedom defends digital civil rights.',
    ]);
  });
});

describe('markdownToLetterText: headers', () => {
  it('keeps front matter as it is and writes a Pelican header as front matter', () => {
    expect(lines('---\ntitle: "Carta abierta"\n---\n\nText.')).toEqual([
      '---',
      'title: "Carta abierta"',
      '---',
      '',
      'Text.',
    ]);
    const pelican =
      'Title: ACTA: Una minaccia globale alla Libertà (Open Letter)\nDate: 2009-12-10 15:07\n\nText.';
    const imported = importLetterText(markdownToLetterText(pelican), () => 'id');
    expect(imported.title).toBe('ACTA: Una minaccia globale alla Libertà (Open Letter)');
  });

  it('reads TOML front matter between "+++" fences, taking no key from the site’s tables', () => {
    const zola = [
      '+++',
      'date = "2024-01-22"',
      'title = "Open letter to EU Member States on the proposed CSA Regulation"',
      '',
      '[extra]',
      'title = "Matrix.org"',
      'image = "https://matrix.org/blog/img/matrix-logo.png"',
      '+++',
      '',
      'Dear Ministers of the Interior, Justice, and Economy of EU Member States,',
    ].join('\n');
    const imported = importLetterText(letterTextFrom(zola, 'markdown'), () => 'id');
    expect(imported.title).toBe('Open letter to EU Member States on the proposed CSA Regulation');
    expect(readLetterMeta(imported.doc).publicationDate).toBe('2024-01-22');
    expect(imported.paragraphs).toEqual([
      'Dear Ministers of the Interior, Justice, and Economy of EU Member States,',
    ]);
  });

  it('leaves a letter opening with "To:" lines as text', () => {
    expect(lines('To: The Minister\nRe: Funding\n\nDear Minister,')[0]).toBe('To: The Minister Re: Funding');
  });
});

describe('markdownToLetterText: scripts without spaces', () => {
  it('joins Chinese lines wrapped inside a paragraph with no space', () => {
    const text =
      '這些學者在信中說，蔡英文以「絕大多數台灣人民\n強烈反對『一國兩制』。\nThe letter, in English,\nfollows.';
    expect(lines(text)).toEqual([
      '這些學者在信中說，蔡英文以「絕大多數台灣人民強烈反對『一國兩制』。 The letter, in English, follows.',
    ]);
  });
});

describe('markdownToLetterText: long paragraphs', () => {
  it('joins a paragraph of 72,000 wrapped lines looking only at each line’s end (it took minutes when each join read the whole paragraph)', () => {
    const line = 'Friends of the Earth, Kenya, and more words.';
    const started = performance.now();
    const text = markdownToLetterText(`${line}\n`.repeat(72_000));
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(text).toBe(Array.from({ length: 72_000 }, () => line).join(' '));
  });
});

describe('Markdown pasted as plain text', () => {
  it('is read as Markdown when it opens with front matter', () => {
    const pasted = [
      '---',
      'title: An open letter',
      '---',
      '',
      'We write to you',
      'about the repression.',
    ].join('\n');
    expect(letterTextFrom(pasted, 'text').split('\n')).toContain('We write to you about the repression.');
    expect(letterTextFrom('We write to you\nabout the repression.', 'text')).toBe(
      'We write to you\nabout the repression.',
    );
  });
});
