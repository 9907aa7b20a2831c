import { describe, expect, it } from 'vitest';
import { readPastedList } from '../../../src-common/signatories/cleanup/pasted-list';
import { allSuggestionIds, applySuggestions } from '../../../src-common/signatories/cleanup/suggestions';

function names(lines: readonly string[]): string[] {
  const list = readPastedList(lines.join('\n'));
  if (!list.parse) {
    throw new Error(list.refusal);
  }
  return applySuggestions(list.parse, allSuggestionIds(list.parse)).map((entry) => entry.name);
}

// html-pt-mst-justica-que-queremos-2018: every signatory in one paragraph, a comma after each, none before an "e".
describe('a paragraph of names separated by commas', () => {
  it('reads a long run of names without a label or an "and" as a list', () => {
    expect(
      names([
        'Articulação Justiça e Direitos Humanos (JusDh), Sindicato dos Bancários de Alagoas, Centro de Defesa dos ' +
          'Direitos das Mulheres, Frente Brasil Popular de Alagoas, Rede Nacional de Advogados e Advogadas ' +
          'Populares/Alagoas (Renap), Federação dos Trabalhadores na Agricultura – Alagoas, Marcha Mundial de Mulheres.',
      ]),
    ).toEqual([
      'Articulação Justiça e Direitos Humanos (JusDh)',
      'Sindicato dos Bancários de Alagoas',
      'Centro de Defesa dos Direitos das Mulheres',
      'Frente Brasil Popular de Alagoas',
      'Rede Nacional de Advogados e Advogadas Populares/Alagoas (Renap)',
      'Federação dos Trabalhadores na Agricultura – Alagoas',
      'Marcha Mundial de Mulheres',
    ]);
  });

  it('keeps a name that lists things itself ("em Saúde, Trabalho e Previdência") whole', () => {
    expect(
      names([
        'Sindicato dos Bancários de Alagoas, Sindicato dos Trabalhadores em Saúde, Trabalho e Previdência Social de ' +
          'Alagoas (Sindiprev), Marcha Mundial de Mulheres, Central de Movimentos Populares (CMP), União Nacional ' +
          'por Moradia Popular, Coletivo Margarida Alves de Assessoria Popular.',
      ]),
    ).toEqual([
      'Sindicato dos Bancários de Alagoas',
      'Sindicato dos Trabalhadores em Saúde, Trabalho e Previdência Social de Alagoas (Sindiprev)',
      'Marcha Mundial de Mulheres',
      'Central de Movimentos Populares (CMP)',
      'União Nacional por Moradia Popular',
      'Coletivo Margarida Alves de Assessoria Popular',
    ]);
  });
});
