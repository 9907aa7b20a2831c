import { describe, expect, it } from 'vitest';
import { splitMergedLine } from '../../../src-common/signatories/cleanup/merged-lines';
import { readPastedList } from '../../../src-common/signatories/cleanup/pasted-list';
import { allSuggestionIds, applySuggestions } from '../../../src-common/signatories/cleanup/suggestions';

const parts = (line: string) => splitMergedLine(line)?.parts ?? [line];

describe('merged lines from real letters', () => {
  it('keeps one name whole: a country and its own-language name, a short form in quotes, a chapter', () => {
    expect(parts('Rainforest Foundation Norway Regnskogfondet')).toEqual([
      'Rainforest Foundation Norway Regnskogfondet',
    ]);
    expect(parts('Armenian Human Rights Support Center "DAAM"')).toEqual([
      'Armenian Human Rights Support Center "DAAM"',
    ]);
    expect(parts('Internet Society Catalonia Chapter')).toEqual(['Internet Society Catalonia Chapter']);
  });

  it('cuts a Romance-language name from an English one after it', () => {
    expect(parts('Centro de Derechos Humanos Fray Bartolomé de las Casas Civil Rights Defenders')).toEqual([
      'Centro de Derechos Humanos Fray Bartolomé de las Casas',
      'Civil Rights Defenders',
    ]);
  });

  it('cuts after a legal form ("e.V.") that ends a name, and not before one', () => {
    expect(
      parts('KuB – Kontakt- und Beratungsstelle für Flüchtlinge und Migrant_innen e.V. Oficina Precaria'),
    ).toEqual([
      'KuB – Kontakt- und Beratungsstelle für Flüchtlinge und Migrant_innen e.V.',
      'Oficina Precaria',
    ]);
    expect(parts('Open Knowledge Foundation Deutschland e.V.')).toEqual([
      'Open Knowledge Foundation Deutschland e.V.',
    ]);
  });

  it('still cuts after a word that ends a name when more than a place follows', () => {
    expect(parts('Blue Crescent Humanitarian Aid Association Boston Tibet Network')).toEqual([
      'Blue Crescent Humanitarian Aid Association',
      'Boston Tibet Network',
    ]);
  });
});

describe('a name beside its short form', () => {
  it('is a duplicate: "Intervozes - X" and "X", "X (UECE)" and "X"', () => {
    const list = readPastedList(
      [
        'Intervozes - Coletivo Brasil de Comunicação Social',
        'Rede de Pesquisa Observatório das Nacionalidades',
        'Coletivo Brasil de Comunicação Social',
        'Rede de Pesquisa Observatório das Nacionalidades (UECE)',
        'Students for a Free Tibet – Canada',
        'Students for a Free Tibet',
      ].join('\n'),
    );
    const parse = list.parse;
    expect(parse).toBeDefined();
    if (!parse) {
      return;
    }
    expect(applySuggestions(parse, allSuggestionIds(parse)).map((entry) => entry.name)).toEqual([
      'Intervozes - Coletivo Brasil de Comunicação Social',
      'Rede de Pesquisa Observatório das Nacionalidades',
      'Students for a Free Tibet',
      'Students for a Free Tibet',
    ]);
    expect(parse.suggestions.map((suggestion) => suggestion.explanation)).toContain(
      '“Coletivo Brasil de Comunicação Social” repeats “Intervozes - Coletivo Brasil de Comunicação Social”: the same name, once with its short name or acronym.',
    );
  });
});
