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
    entry.note ?? '',
  ]);
}

// html-pt-mst-rotulagem-transgenicos-2015: a signature block flattened from two columns, then a list of
// organizations, some wrapped over two lines.
describe('roles under people', () => {
  it('reads a role on the line under a person as the person’s note', () => {
    expect(read(['Rosana Grinberg', 'Presidente do FNECDC', 'ActionAid Brasil'])).toEqual([
      ['Rosana Grinberg', 'Presidente do FNECDC'],
      ['ActionAid Brasil', ''],
    ]);
  });

  it('cuts two people run together, and their two roles under them', () => {
    expect(
      read([
        'Elici Maria Checchin Bueno Rosana Grinberg',
        'Coordenadora Executiva do Idec Presidente do FNECDC',
        'Bruno Miragem Gisela Simona',
        'Presidente do Brasilcon Presidente do ProconsBrasil',
        'Rosana Grinberg',
        'Gisela Simona',
      ]).slice(0, 4),
    ).toEqual([
      ['Elici Maria Checchin Bueno', 'Coordenadora Executiva do Idec'],
      ['Rosana Grinberg', 'Presidente do FNECDC'],
      ['Bruno Miragem', 'Presidente do Brasilcon'],
      ['Gisela Simona', 'Presidente do ProconsBrasil'],
    ]);
  });

  it('keeps one person with two roles whole when nothing says the line holds two people', () => {
    expect(read(['Gisela Simona', 'Presidente do Brasilcon Presidente do ProconsBrasil'])).toEqual([
      ['Gisela Simona', 'Presidente do Brasilcon Presidente do ProconsBrasil'],
    ]);
  });

  it('leaves an organization above a line that starts with a role word alone', () => {
    expect(read(['Instituto Polis', 'Presidente Prudente Futebol Clube']).map(([name]) => name)).toEqual([
      'Instituto Polis',
      'Presidente Prudente Futebol Clube',
    ]);
  });
});

describe('a name wrapped over two lines', () => {
  it('joins a line that ends with a small word to the next', () => {
    expect(
      read([
        'Cooperativa Mista de Produção Camponesa – CPC',
        'Cooperativa Mista de Produção, Comercialização e Industrialização de',
        'Biocombustíveis e Produtos Agropecuários do Brasil – Oestebio',
        'Coordenação Nacional das Comunidades Negras Rurais Quilombola – CONAQ',
      ]).map(([name]) => name),
    ).toEqual([
      'Cooperativa Mista de Produção Camponesa – CPC',
      'Cooperativa Mista de Produção, Comercialização e Industrialização de Biocombustíveis e Produtos ' +
        'Agropecuários do Brasil – Oestebio',
      'Coordenação Nacional das Comunidades Negras Rurais Quilombola – CONAQ',
    ]);
  });

  it('does not join a line ending with a capital letter, nor a next line that is a list item', () => {
    expect(read(['Vitamin E', 'Greenpeace', '- Friends of the', '- Earth']).map(([name]) => name)).toEqual([
      'Vitamin E',
      'Greenpeace',
      'Friends of the',
      'Earth',
    ]);
  });
});

// html-pt-mst-manifesto-democracia-contra-fome-2018 and html-pt-mst-rotulagem-transgenicos-2015: names a PDF wrapped,
// pasted one paragraph a line.
describe('a name wrapped after the part of a university or a government it names', () => {
  it('joins a line that ends with "Pró- Reitoria" or "Departamento" to the next', () => {
    expect(
      read([
        'Movimento Camponês Popular',
        'Núcleo Interdisciplinar de Prevenção de Doenças Crônicas na Infância – Pró- Reitoria',
        'Extensão UFRGS',
        'Universidad Nacional de Colombia – Departamento',
        'de Nutrición Humana',
        'Banquetaço',
      ]).map(([name]) => name),
    ).toEqual([
      'Movimento Camponês Popular',
      'Núcleo Interdisciplinar de Prevenção de Doenças Crônicas na Infância – Pró- Reitoria Extensão UFRGS',
      'Universidad Nacional de Colombia – Departamento de Nutrición Humana',
      'Banquetaço',
    ]);
  });

  it('keeps a name that starts with such a word, and the word in small letters, as they are', () => {
    expect(
      read(['Secretaria Executiva da Rede Nossa São Paulo', 'Fórum da secretaria', 'SOS Mata Atlântica']).map(
        ([name]) => name,
      ),
    ).toEqual(['Secretaria Executiva da Rede Nossa São Paulo', 'Fórum da secretaria', 'SOS Mata Atlântica']);
  });
});

describe('a short form wrapped after its first word', () => {
  it('joins a word in capitals to a short form that only repeats the name’s first word', () => {
    expect(
      read([
        'Plataforma de Apoio à Agricultura Orgânica no município de São Paulo',
        'Rede de Defesa e Promoção da Alimentação Saudável, Adequada e Solidária - REDE',
        'SANS',
        'Secretaria Executiva da Rede Nossa São Paulo',
      ]).map(([name]) => name),
    ).toEqual([
      'Plataforma de Apoio à Agricultura Orgânica no município de São Paulo',
      'Rede de Defesa e Promoção da Alimentação Saudável, Adequada e Solidária - REDE SANS',
      'Secretaria Executiva da Rede Nossa São Paulo',
    ]);
  });

  it('keeps a name in capitals under a short form of initials, or under a name without one', () => {
    expect(
      read([
        'Comissão Pastoral da Terra – CPT',
        'MST',
        'Grupo de Estudos em Segurança Alimentar- GESAN',
        'Abrasco',
      ]).map(([name]) => name),
    ).toEqual([
      'Comissão Pastoral da Terra – CPT',
      'MST',
      'Grupo de Estudos em Segurança Alimentar- GESAN',
      'Abrasco',
    ]);
  });
});
