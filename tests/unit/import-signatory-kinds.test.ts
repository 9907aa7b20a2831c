import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportText } from '../../cli/import-file';
import { importReport } from '../../src-common/api/import-report';
import { importLetterText } from '../../src-common/import/build-letter';
import { readSignatories } from '../../src-common/signatories/signatories-doc';

// Lines of the real letters in tests/fixtures/real-letters: the MST's international solidarity letter (grouped
// under "Indivíduos" and "Organizações"), the Portuguese letter against racism (its list after "Os coletivos
// signatários:"), the Venice4Palestine appeal, Health for Future Göttingen and the NetzDG alliance.
function kindsOf(lines: readonly string[]): [string, string | undefined][] {
  let id = 0;
  const imported = importLetterText(lines.join('\n'), () => `id-${(id += 1)}`);
  const stored = readSignatories(imported.doc);
  imported.doc.destroy();
  expect(stored.map((entry) => entry.kind)).toEqual(imported.signatories.map((entry) => entry.kind));
  return imported.signatories.map((entry) => [entry.name, entry.kind]);
}

const CORPUS = join(__dirname, '../fixtures/real-letters');

const LETTER = ['# Carta de solidariedade', '', 'Exigimos o fim da violência contra o movimento.', ''];

describe('the kind of an imported signatory', () => {
  it('is the one its group’s heading names', () => {
    expect(
      kindsOf([
        ...LETTER,
        '**Assinam:**',
        '',
        '**Indivíduos**:',
        'Noam Chomsky, MIT, USA',
        'Gael García Bernal',
        '',
        '**Organizações:**',
        'Grassroots International',
        'Amazon Watch',
      ]),
    ).toEqual([
      ['Noam Chomsky', 'person'],
      ['Gael García Bernal', 'person'],
      ['Grassroots International', 'organization'],
      ['Amazon Watch', 'organization'],
    ]);
  });

  it('is read from a label ending the paragraph above a numbered list, one name per number', async () => {
    // "… Os coletivos signatários:&nbsp;", then "1. Rede 8M Guimarães&nbsp;" and on, one paragraph each.
    const text = await readImportText(join(CORPUS, 'md-pt-carta-aberta-racismo-xenofobia-2024', 'input.md'));
    const kinds = kindsOf([text]);
    expect(kinds.slice(0, 3)).toEqual([
      ['Rede 8M Guimarães', 'organization'],
      ['Academia Cidadã', 'organization'],
      ['AGRRIN – Corpos Geradores', 'organization'],
    ]);
    expect(kinds).toContainEqual([
      'Letras Nómadas Associação de Investigação e Dinamização das Comunidades Ciganas',
      'organization',
    ]);
    expect(kinds.filter(([, kind]) => kind !== 'organization')).toEqual([]);
  });

  it('follows the people rules, a title, and the words of an organization’s name; otherwise it is not set', () => {
    expect(
      kindsOf([
        ...LETTER,
        'Signatories:',
        '',
        'Roger Waters - musicista (Regno Unito)',
        'Dr. med. P. Schweiger',
        'Chaos Computer Club e. V.',
        'Bundesverband Deutsche Startups e.V.',
        'Digitalcourage',
        'Volker Tripp',
      ]),
    ).toEqual([
      ['Roger Waters', 'person'],
      ['Dr. med. P. Schweiger', 'person'],
      ['Chaos Computer Club e. V.', 'organization'],
      ['Bundesverband Deutsche Startups e.V.', 'organization'],
      ['Digitalcourage', undefined],
      ['Volker Tripp', undefined],
    ]);
  });

  it('lets the import report check a count split by kind against the list it will save', () => {
    let id = 0;
    const imported = importLetterText(
      [
        '# Carta aberta',
        '',
        'Enviámos uma carta aberta subscrita por 1298 pessoas e 3 organizações.',
        '',
        'Os coletivos signatários:',
        '',
        '1. Rede 8M Guimarães',
        '2. Academia Cidadã',
        '3. Associação Africandé',
      ].join('\n'),
      () => `id-${(id += 1)}`,
    );
    const problems = importReport(imported).problems.filter((problem) => problem.kind === 'count-claim');
    imported.doc.destroy();
    expect(problems.map((problem) => [problem.severity, problem.message.split(', but')[0]])).toEqual([
      ['warning', 'The letter says “1298 pessoas”'],
    ]);
  });
});
