import { describe, expect, it } from 'vitest';
import { importReport } from '../../src-common/api/import-report';
import { findCountClaims } from '../../src-common/checks/count-claims';
import { checkPageCountClaims } from '../../src-common/checks/page-count-claims';
import { importLetterText } from '../../src-common/import/build-letter';
import { problemSchema } from '../../src-common/problems';

describe('claims in lines without a full stop', () => {
  it('finds a claim on a line that ends without one, before the next line', () => {
    const body = [
      'See all 1306 signatures from over 31 countries and 236 universities (updates hourly)',
      'This open letter was written by a number of authors and coordinated by Neuromatch.',
    ].join('\n');
    expect(findCountClaims({ body }).map((claim) => claim.text)).toEqual(['1306']);
  });
});

describe('claims in the page around an imported letter', () => {
  // md-zh-hant-hk-joint-statement-association-2018: the news report's headline and lede say "60-odd groups".
  const around = [
    '60多個團體聯署批政府禁民族黨運作',
    '60多個團體聯署批政府禁民族黨運作',
    '60多個民間團體及個人發起聯署，譴責政府打壓結社自由。',
  ].join('\n');

  it('reports each claim the list does not bear out once, with nowhere in the letter to point to', () => {
    const problems = checkPageCountClaims(around, { confirmed: 53, unlisted: 0 });
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining(
        'says “60多個團體聯署批政府禁民族黨運作”, but the imported list holds 53 signatories',
      ),
      expect.stringContaining('says “60多個民間團體及個人發起聯署”'),
    ]);
    for (const problem of problems) {
      expect(problemSchema.parse(problem)).toEqual(problem);
      expect(problem.location).toBeUndefined();
      expect(problem.severity).toBe('info');
    }
  });

  it('says nothing of a claim that holds', () => {
    expect(checkPageCountClaims(around, { confirmed: 63, unlisted: 0 })).toEqual([]);
  });

  it('is part of the import report, read from the news lede before the letter', () => {
    const names = Array.from({ length: 12 }, (_, index) => `Grupo Ecológico ${index + 1}`);
    const text = [
      'Mais de 60 entidades assinaram a carta contra o projeto de lei.',
      '',
      'A seguir, a íntegra da carta:',
      '',
      '# Carta aberta contra o projeto de lei',
      '',
      'Nós, as organizações abaixo, pedimos a rejeição do projeto de lei, que acaba com a rotulagem.',
      '',
      'Assinam:',
      ...names,
    ].join('\n');
    const imported = importLetterText(text, () => 'id');
    const claims = importReport(imported).problems.filter((problem) => problem.kind === 'count-claim');
    expect(claims.map((problem) => problem.message)).toEqual([
      expect.stringContaining('The page around the letter says “Mais de 60”, but the imported list holds 12'),
    ]);
  });
});
