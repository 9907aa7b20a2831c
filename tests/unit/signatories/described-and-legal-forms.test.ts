import { describe, expect, it } from 'vitest';
import { readPastedList } from '../../../src-common/signatories/cleanup/pasted-list';
import {
  allSuggestionIds,
  applySuggestions,
  type BlockEntry,
} from '../../../src-common/signatories/cleanup/suggestions';

// Lines of md-pt-carta-aberta-claudia-simoes-2023 and pdf-en-netzdg-alliance-ansip-2017 (tests/fixtures/real-letters).

function read(lines: readonly string[]): BlockEntry[] {
  const list = readPastedList(lines.join('\n\n'));
  if (!list.parse) {
    throw new Error(list.refusal);
  }
  return applySuggestions(list.parse, allSuggestionIds(list.parse));
}

const pairs = (entries: readonly BlockEntry[]) => entries.map((entry) => [entry.name, entry.note ?? '']);

describe('a list of "Name (what kind of group)"', () => {
  const described = [
    'Afrolis (Associação Cultural)',
    'Afropsis (Plataforma de psicólogos)',
    'Aurora Negra (Coletivo artístico)',
    'Coletivo Gaio (Coletivo ambientalista)',
    'Grupo EducAR (Coletivo informal)',
    'Kilombo (Grupo Informal Cívico)',
    'Letras Nómadas (Associação Cigana)',
    'Marcha Mundial de Mulheres (Coletivo feminista)',
    'Teatro GRIOT (Companhia de teatro)',
  ];

  it('reads brackets the reader does not know as descriptions the way the rest of the list has them', () => {
    const entries = read([
      ...described,
      'Iniciativa Cigana (Veículo de Contrapropaganda)',
      'Núcleo Antifascista de Barcelos (Ativismo)',
      'Núcleo Antifascista do Porto (Antifascismo)',
    ]);
    expect(pairs(entries).slice(-3)).toEqual([
      ['Iniciativa Cigana', 'Veículo de Contrapropaganda'],
      ['Núcleo Antifascista de Barcelos', 'Ativismo'],
      ['Núcleo Antifascista do Porto', 'Antifascismo'],
    ]);
  });

  it('keeps an acronym in brackets as part of the name', () => {
    const entries = read([...described, 'Movimento dos Trabalhadores Rurais Sem Terra (MST)']);
    expect(pairs(entries).at(-1)).toEqual(['Movimento dos Trabalhadores Rurais Sem Terra (MST)', '']);
  });

  it('leaves a list where few entries are described as it is', () => {
    const entries = read([
      'Afrolis (Associação Cultural)',
      'Núcleo Antifascista de Barcelos (Ativismo)',
      'Núcleo Antifascista do Porto (Antifascismo)',
    ]);
    expect(pairs(entries).slice(-2)).toEqual([
      ['Núcleo Antifascista de Barcelos (Ativismo)', ''],
      ['Núcleo Antifascista do Porto (Antifascismo)', ''],
    ]);
  });
});

describe('a name with a dash or a degree', () => {
  it('reads an organization whose name after the dash ends with its legal form as one name', () => {
    const entries = read(['Wikimedia Deutschland – Gesellschaft zur Förderung Freien Wissens e. V.']);
    expect(pairs(entries)).toEqual([
      ['Wikimedia Deutschland – Gesellschaft zur Förderung Freien Wissens e. V.', ''],
    ]);
  });

  it('keeps a degree after the comma in a person’s name, and the role after it as the note', () => {
    const entries = read([
      'Dr. Ulf Buermeyer, LL.M., Chairman of GFF (Gesellschaft für Freiheitsrechte / Society for Civil Rights)',
      'Dr. Frederik Ferreau, Research assistant, University of Cologne',
    ]);
    expect(pairs(entries)).toEqual([
      [
        'Dr. Ulf Buermeyer, LL.M.',
        'Chairman of GFF; Gesellschaft für Freiheitsrechte / Society for Civil Rights',
      ],
      ['Dr. Frederik Ferreau', 'Research assistant, University of Cologne'],
    ]);
  });
});
