import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readImportText } from '../../cli/import-file';
import { findLetterProblems } from '../../src-common/checks/letter-problems';
import { importLetterText } from '../../src-common/import/build-letter';
import { importReport } from '../../src-common/api/import-report';
import { readLetterFile, writeLetterFile } from '../../src-common/letter-file/letter-file';
import { checkCountClaims } from '../../src-common/checks/check-count-claims';
import { findCountClaims } from '../../src-common/checks/count-claims';
import { letterWithUnlisted } from '../support/unlisted-letter';

function claimTexts(body: string, title = ''): string[] {
  return findCountClaims({ title, body }).map((claim) => `${claim.text}:${claim.qualifier}:${claim.value}`);
}

describe('claims of how many signed, in the letters’ languages', () => {
  it('reads "signed by" and "more than" in Portuguese, French and German', () => {
    expect(claimTexts('Assinada por mais de 260 pessoas e coletivos.')).toEqual(['mais de 260:over:260']);
    expect(
      claimTexts(
        'Il y a presque 5 ans, plus de 2 000 personnes ont signé l’appel des travailleurs du numérique.',
      ),
    ).toEqual(['plus de 2 000:over:2000']);
    expect(claimTexts('Der Brief wurde von 1.298 Unterzeichnerinnen unterstützt.')).toEqual([
      '1.298:exact:1298',
    ]);
    expect(claimTexts('Uma carta subscrita por cerca de 100 entidades.')).toEqual(['cerca de 100:about:100']);
  });

  it('reads a Chinese count up to the end of its clause', () => {
    expect(claimTexts('', '60多個團體聯署批政府禁民族黨運作：「斬件實施」23條')).toEqual([
      '60多個團體聯署批政府禁民族黨運作:over:60',
    ]);
    expect(claimTexts('我們共收集了113位中學校長（64位現任中學校長）')).toEqual([]);
  });

  it('reads a count split by kind as a claim of each kind, and leaves numbers that are not about signers', () => {
    expect(claimTexts('Enviou uma carta aberta subscrita por 1298 pessoas e 105 organizações.')).toEqual([
      '1298 pessoas:exact:1298',
      '105 organizações:exact:105',
    ]);
    expect(claimTexts('A Câmara aprovou o PL por 320 votos a favor e 120 contra.')).toEqual([]);
    expect(claimTexts('Die Erderwärmung auf 1,5 Grad zu begrenzen, mit 2.000 Euro im Jahr.')).toEqual([]);
  });

  it('does not flag a claim the list bears out', () => {
    expect(checkCountClaims({ body: 'Assinada por mais de 40 pessoas e coletivos.' }, 44)).toEqual([]);
    expect(checkCountClaims({ body: 'Assinada por mais de 260 pessoas e coletivos.' }, 44)).toHaveLength(1);
  });
});

const CORPUS = join(__dirname, '../fixtures/real-letters');

describe('the count the import checks is the count the saved letter has', () => {
  it.each([
    ['md-pt-carta-aberta-claudia-simoes-2023', 'input.md'],
    ['md-fr-onestlatech-appel-extreme-droite-2024', 'input.md'],
    ['md-de-fff-ortsgruppen-offener-brief-2023', 'input.md'],
  ])('%s: the import report and `check` on the saved file report the same claims', async (slug, input) => {
    const text = await readImportText(join(CORPUS, slug, input));
    let id = 0;
    const imported = importLetterText(text, () => `id-${(id += 1)}`);
    const claims = (problems: { kind: string; message: string }[]) =>
      problems.filter((problem) => problem.kind === 'count-claim').map((problem) => problem.message);
    const reported = claims(importReport(imported).problems);
    const file = readLetterFile(JSON.stringify(writeLetterFile('letter-1', imported.doc, new Date(0))));
    imported.doc.destroy();
    expect(file.ok).toBe(true);
    const saved = new Y.Doc();
    if (file.ok) {
      Y.applyUpdate(saved, file.state);
      expect(file.file.signatories).toHaveLength(imported.signatories.length);
    }
    expect(claims(findLetterProblems(saved))).toEqual(reported);
    saved.destroy();
    expect(readFileSync(join(CORPUS, slug, 'truth.json'), 'utf8')).toContain('countClaims');
  });
});

describe('signatories a letter counts but does not list by name', () => {
  it('are read from the list’s last line, kept with the letter and counted by the import and by `check`', () => {
    let id = 0;
    const imported = importLetterText(letterWithUnlisted(), () => `id-${(id += 1)}`);
    const report = importReport(imported);
    expect(report).toMatchObject({ signatories: 70, unlisted: 40 });
    expect(imported.signatories.map((entry) => entry.name)).not.toContainEqual(
      expect.stringMatching(/more/u),
    );
    expect(report.problems.filter((problem) => problem.kind === 'count-claim')).toEqual([]);
    const file = readLetterFile(JSON.stringify(writeLetterFile('letter-1', imported.doc, new Date(0))));
    const saved = new Y.Doc();
    if (file.ok) {
      Y.applyUpdate(saved, file.state);
      expect(file.file.meta.unlistedSignatories).toBe(40);
    }
    expect(findLetterProblems(saved).filter((problem) => problem.kind === 'count-claim')).toEqual([]);
    saved.destroy();
  });

  it('report the same mismatch in the import and in `check` when the claim is still not borne out', () => {
    let id = 0;
    const text = letterWithUnlisted(10);
    const imported = importLetterText(text, () => `id-${(id += 1)}`);
    const reported = importReport(imported).problems.filter((problem) => problem.kind === 'count-claim');
    expect(reported.map((problem) => problem.message)).toEqual([
      expect.stringContaining('80 signed: 70 confirmed signatories and 10 more not listed by name'),
    ]);
    expect(findLetterProblems(imported.doc).filter((problem) => problem.kind === 'count-claim')).toEqual(
      reported,
    );
  });
});
