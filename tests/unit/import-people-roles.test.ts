import { describe, expect, it } from 'vitest';
import { importLetterText } from '../../src-common/import/build-letter';
import { readPastedList } from '../../src-common/signatories/cleanup/pasted-list';
import { allSuggestionIds, applySuggestions } from '../../src-common/signatories/cleanup/suggestions';

// Lines of the signatory lists of the real letters in tests/fixtures/real-letters (Venice4Palestine's appeal, the
// MST's notes on the torturers and on the anti-terrorism law): people sign with what they do after their name.
function entriesOf(lines: readonly string[]): { name: string; country: string; note: string }[] {
  const list = readPastedList(lines.join('\n'));
  if (list.parse === undefined) {
    throw new Error('The list was refused.');
  }
  return applySuggestions(list.parse, allSuggestionIds(list.parse)).map((entry) => ({
    name: entry.name,
    country: entry.country,
    note: entry.note ?? '',
  }));
}

describe('a person and their occupation', () => {
  it('reads an occupation after a dash as the role, in any case and language', () => {
    expect(
      entriesOf([
        'Luiz Carlos Azenha – Jornalista e Blogueiro',
        'Antonio Latella - Regista Drammaturgo (Italia)',
        'Marco Taraddei - University Teacher (Italia)',
        'Christian Yari Schembri - Camera Operator - Documentary Filmmaker',
        'Carnera Paolo - Direttore della Fotografia',
        'Liryc Dela Cruz - Artist/ Filmmaker',
      ]).map((entry) => [entry.name, entry.country]),
    ).toEqual([
      ['Luiz Carlos Azenha', ''],
      ['Antonio Latella', 'Italia'],
      ['Marco Taraddei', 'Italia'],
      ['Christian Yari Schembri', ''],
      ['Carnera Paolo', ''],
      ['Liryc Dela Cruz', ''],
    ]);
  });

  it('reads an occupation with no separator after a person’s name', () => {
    expect(
      entriesOf([
        'Igor Bezinović regista (Croazia)',
        'Valeria Cademartori Painter',
        'Beppe Rosso Attore regista',
        'Zeno du Ban Screenwriter',
      ]),
    ).toEqual([
      { name: 'Igor Bezinović', country: 'Croazia', note: 'regista' },
      { name: 'Valeria Cademartori', country: '', note: 'Painter' },
      { name: 'Beppe Rosso', country: '', note: 'Attore regista' },
      { name: 'Zeno du Ban', country: '', note: 'Screenwriter' },
    ]);
  });

  it('reads a name typed in small letters before an occupation', () => {
    expect(
      entriesOf(['daniela criscitiello - libera professionista - docente', 'adonella monaco - attrice']),
    ).toEqual([
      { name: 'daniela criscitiello', country: '', note: 'libera professionista - docente' },
      { name: 'adonella monaco', country: '', note: 'attrice' },
    ]);
  });

  it('leaves organizations and a second organization after a dash whole', () => {
    expect(
      entriesOf([
        'Anterrashtriya Bharat – Tibbet Sahyog Samiti',
        'Rede Nacional de Advogados e Advogadas Populares – RENAP',
        'Artisti #NoBavaglio',
      ]).map((entry) => entry.name),
    ).toEqual([
      'Anterrashtriya Bharat – Tibbet Sahyog Samiti',
      'Rede Nacional de Advogados e Advogadas Populares – RENAP',
      'Artisti #NoBavaglio',
    ]);
  });
});

describe('a first name and the site a person signs for', () => {
  it('is the person, with the site as their note', () => {
    // On est là tech's appeal: "- Mathieu de [fairness.coop](https://fairness.coop/)".
    expect(
      entriesOf(['Mathieu de [fairness.coop](https://fairness.coop/)', 'Hélène de fairness.coop']),
    ).toEqual([
      { name: 'Mathieu', country: '', note: 'fairness.coop' },
      { name: 'Hélène', country: '', note: 'fairness.coop' },
    ]);
    expect(entriesOf(['Friends of the Earth']).map((entry) => entry.name)).toEqual(['Friends of the Earth']);
  });
});

describe('a short name in capitals before a dash', () => {
  it('is an organization whose full name follows, not a person and a role', () => {
    // The MST's 'Articulação' letter, its wrapped line joined.
    const line =
      'CONTRAF BRASIL- Confederação Nacional de Trabalhadores/as na Agricultura Familiar do Brasil';
    expect(entriesOf([line]).map((entry) => entry.name)).toEqual([line]);
    expect(entriesOf(['BEAUFILS Bruno, enseignant-chercheur']).map((entry) => entry.name)).toEqual([
      'BEAUFILS Bruno',
    ]);
  });
});

describe('an acronym and its words in brackets', () => {
  it('keeps the words that spell the acronym in the name', () => {
    expect(
      entriesOf([
        "CUC (Coordinamento per l'Unità dei Comunisti)",
        'CRED (Centro di Ricerca ed Elaborazione per la Democrazia)',
      ]).map((entry) => entry.name),
    ).toEqual([
      "CUC (Coordinamento per l'Unità dei Comunisti)",
      'CRED (Centro di Ricerca ed Elaborazione per la Democrazia)',
    ]);
  });
});

describe('an organization described in brackets', () => {
  it('reads one word for a kind of organization as the description, and keeps a place or an acronym', () => {
    // The open letter for Cláudia Simões.
    expect(
      entriesOf([
        'OVO PT | Observatório de Violência Obstétrica (ONG)',
        'Letras Nómadas (Associação Cigana)',
        'Rede de Pesquisa Observatório das Nacionalidades (UECE)',
      ]).map((entry) => [entry.name, entry.note]),
    ).toEqual([
      ['OVO PT | Observatório de Violência Obstétrica', 'ONG'],
      ['Letras Nómadas', 'Associação Cigana'],
      ['Rede de Pesquisa Observatório das Nacionalidades (UECE)', ''],
    ]);
  });
});

describe('a group label inside the list', () => {
  it('is not a signatory', () => {
    let id = 0;
    const imported = importLetterText(
      [
        'Carta aberta',
        '',
        'Exigimos justiça para Cláudia Simões e para todas as vítimas de violência policial em Portugal.',
        '',
        'Coletivos subscritores:',
        '',
        '**Coletivos**',
        '',
        'Letras Nómadas (Associação Cigana)',
        '',
        'Núcleo Antifascista do Porto',
      ].join('\n'),
      () => `id-${(id += 1)}`,
    );
    expect(imported.signatories.map((signatory) => signatory.name)).toEqual([
      'Letras Nómadas',
      'Núcleo Antifascista do Porto',
    ]);
    imported.doc.destroy();
  });
});

describe('a remark in brackets after the country', () => {
  it('is the note, the country before it the entry’s', () => {
    // The Right Livelihood laureates' statement on Gaza.
    expect(
      entriesOf([
        '• Citizens’ Coalition for Economic Justice, Corea del Sur (RLA 2003)',
        '• Movimento dos Trabalhadores Rurais sem Terra (MST), Brasil (RLA 1991)',
      ]),
    ).toEqual([
      { name: 'Citizens’ Coalition for Economic Justice', country: 'Corea del Sur', note: 'RLA 2003' },
      { name: 'Movimento dos Trabalhadores Rurais sem Terra (MST)', country: 'Brasil', note: 'RLA 1991' },
    ]);
  });
});

describe('a line that is one link', () => {
  it('is one signatory, though its words hold a comma', () => {
    // The MST's letter against violence in the countryside.
    const line =
      '[Movimento Camponês Popular, Movimento de Mulheres Camponesas – MMC](http://www.mmcbrasil.com.br/site/)';
    expect(
      entriesOf(['[Movimento Camponês Popular – MCP](http://mcpbrasil.org.br/)', line]).map(
        (entry) => entry.name,
      ),
    ).toEqual([
      'Movimento Camponês Popular – MCP',
      'Movimento Camponês Popular, Movimento de Mulheres Camponesas – MMC',
    ]);
  });
});

describe('titles and two countries', () => {
  it('reads "h.c." as a title and two countries after a person’s name', () => {
    // The NetzDG alliance's letter and the Right Livelihood laureates' statement.
    expect(
      entriesOf([
        'Prof. Dr. Dr. h.c. Ingolf Pernice, Jurist',
        '• Felicia Langer, Israel/Alemania (RLA 1990)',
      ]),
    ).toEqual([
      { name: 'Prof. Dr. Dr. h.c. Ingolf Pernice', country: '', note: 'Jurist' },
      { name: 'Felicia Langer', country: 'Israel/Alemania', note: 'RLA 1990' },
    ]);
  });
});

describe('a name wrapped before the rest of a place', () => {
  it('joins a line that ends with "São" to the next', () => {
    // The MST's letter on GMO labelling: the PDF's wrap survived in the page's paragraphs.
    expect(
      entriesOf([
        'Sindicato dos trabalhadores em água, esgoto e meio ambiente do estado de São',
        'Paulo. SINTAEMA SP',
        'Núcleo Antifascista do Porto',
      ]).map((entry) => entry.name),
    ).toEqual([
      'Sindicato dos trabalhadores em água, esgoto e meio ambiente do estado de São Paulo. SINTAEMA SP',
      'Núcleo Antifascista do Porto',
    ]);
  });
});
