import { describe, expect, it } from 'vitest';
import { readPastedList } from '../../../src-common/signatories/cleanup/pasted-list';
import { allSuggestionIds, applySuggestions } from '../../../src-common/signatories/cleanup/suggestions';

function read(lines: readonly string[]): [string, string][] {
  const list = readPastedList(lines.join('\n'));
  if (!list.parse) {
    throw new Error(list.refusal);
  }
  return applySuggestions(list.parse, allSuggestionIds(list.parse)).map((entry) => [
    entry.name,
    entry.country,
  ]);
}

describe('names listed in one sentence', () => {
  it('reads a German sentence of local groups, wrapped over lines, as chapters of one name', () => {
    const entries = read([
      'Die Fridays For Future Ortsgruppen Gießen, Göttingen, Karlsruhe, Regensburg, Nürnberg,',
      'Darmstadt, Osnabrück, Bocholt, Bingen, Marburg, Fulda, Penzberg, Vilsbiburg, Hanau,',
      'Münster, Kronach, Schwäbisch Hall, Recklinghausen, Altkreis Halle Westfalen, Neuburg',
      'und Hannover.',
    ]);
    expect(entries).toHaveLength(21);
    expect(entries[0]).toEqual(['Fridays For Future', 'Gießen']);
    expect(entries.slice(-3)).toEqual([
      ['Fridays For Future', 'Altkreis Halle Westfalen'],
      ['Fridays For Future', 'Neuburg'],
      ['Fridays For Future', 'Hannover'],
    ]);
  });

  it('reads a labelled sentence: "Assinam esta Carta: A, B, C"', () => {
    expect(
      read([
        'Assinam esta Carta: Articulação Justiça e Direitos Humanos (JusDh), Sindicato dos Bancários de Alagoas, ' +
          'Centro de Defesa dos Direitos das Mulheres, Marcha Mundial de Mulheres.',
      ]).map(([name]) => name),
    ).toEqual([
      'Articulação Justiça e Direitos Humanos (JusDh)',
      'Sindicato dos Bancários de Alagoas',
      'Centro de Defesa dos Direitos das Mulheres',
      'Marcha Mundial de Mulheres',
    ]);
  });

  it('reads names separated by 、 or by semicolons', () => {
    expect(
      read(['新民主同盟、公民社會發展資源中心、香港基督徒社關團契、良心之友及譚凱邦']).map(([name]) => name),
    ).toEqual(['新民主同盟', '公民社會發展資源中心', '香港基督徒社關團契', '良心之友', '譚凱邦']);
    expect(read(['Access Now; Article 19; Derechos Digitales']).map(([name]) => name)).toEqual([
      'Access Now',
      'Article 19',
      'Derechos Digitales',
    ]);
  });

  it('never reads a list of "Name, Country" lines, or a person and their role, as one sentence', () => {
    expect(
      read([
        'Friends of the Earth, Japan',
        'Tibet Lives, India',
        'Uyghur Association, Victoria',
        'Free Tibet, UK',
      ]),
    ).toEqual([
      ['Friends of the Earth', 'Japan'],
      ['Tibet Lives', 'India'],
      ['Uyghur Association', 'Victoria'],
      ['Free Tibet', 'UK'],
    ]);
    expect(
      read(['Dr. Jane Doe, Director, Center for Peace, Justice and Rights']).map(([name]) => name),
    ).toEqual(['Dr. Jane Doe']);
  });
});

describe('numbered names run together', () => {
  it('cuts before each next number, not before a number inside a name', () => {
    expect(
      read([
        '96. SaMaNe &#8211; Associação Saúde das Mães Negras e Racializadas em Portugal 97. Solidariedade ' +
          'Imigrante-Associação para a defesa dos direitos dos imigrantes 98. SOS RACISMO&nbsp;',
        '7. Grupo 20. de Julho',
      ]).map(([name]) => name),
    ).toEqual([
      'SaMaNe – Associação Saúde das Mães Negras e Racializadas em Portugal',
      'Solidariedade Imigrante-Associação para a defesa dos direitos dos imigrantes',
      'SOS RACISMO',
      'Grupo 20. de Julho',
    ]);
  });
});
