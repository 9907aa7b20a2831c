import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src-common/problems';
import { checkCountClaims } from '../../src-common/checks/check-count-claims';
import { loadCorpus } from '../support/real-letters/corpus';
import { belowFloor, belowMinimums, floorFrom, roundDown } from '../support/real-letters/floor';
import {
  countProblemClaims,
  importCorpusLetter,
  type ImportedForScore,
} from '../support/real-letters/import-letter';
import { matchNames } from '../support/real-letters/match-names';
import { normaliseName, normaliseParagraph, normaliseText } from '../support/real-letters/normalise';
import {
  keptFurniture,
  scoreBody,
  scoreClaims,
  scoreCountries,
  scoreLetter,
  scoreNotes,
} from '../support/real-letters/score';
import { scorecardTotals, type ScoredLetter } from '../support/real-letters/totals';
import type { Truth, TruthSignatory } from '../support/real-letters/truth';
import { tempDir } from '../support/temp';

const org = (name: string, more: Partial<TruthSignatory> = {}): TruthSignatory => ({
  name,
  kind: 'organization',
  ...more,
});

describe('normalising', () => {
  it('drops case, accents, punctuation and extra whitespace', () => {
    expect(normaliseText('  Ação   Cidadã – São Paulo! ')).toBe('acao cidada sao paulo');
    expect(normaliseText('People’s Alliance, U.S.')).toBe('peoples alliance us');
  });

  it('keeps the marks of scripts where they are vowels', () => {
    expect(normaliseText('بِسْمِ')).not.toBe(normaliseText('بسم'));
    expect(normaliseText('香港記者協會')).toBe('香港記者協會');
  });

  it('drops a leading "The" from names only', () => {
    expect(normaliseName('The Tibet Network')).toBe(normaliseName('Tibet Network'));
    expect(normaliseText('The Tibet Network')).toBe('the tibet network');
  });

  it('reads a paragraph without its Markdown marks and note markers', () => {
    expect(normaliseParagraph('We **urge** the [Council](https://un.org/x)[1] to act.[^2]')).toBe(
      'we urge the council to act',
    );
  });
});

describe('matching names as multisets', () => {
  it('counts a name listed twice only as often as it was imported', () => {
    const match = matchNames(
      [org('Amnesty'), org('Amnesty'), org('HRW')],
      [{ name: 'amnesty' }, { name: 'X' }],
    );
    expect(match.pairs).toHaveLength(1);
    expect(match.missed.map((signatory) => signatory.name)).toEqual(['Amnesty', 'HRW']);
    expect(match.extra).toEqual([{ name: 'X' }]);
  });

  it('pairs a name that kept its chapter, after the exact names', () => {
    const truth = [org('Students for a Free Tibet', { chapter: 'Canada' }), org('Students for a Free Tibet')];
    const match = matchNames(truth, [
      { name: 'Students for a Free Tibet – Canada' },
      { name: 'Students for a Free Tibet' },
    ]);
    expect(match.pairs).toHaveLength(2);
    expect(match.extra).toEqual([]);
  });

  // The MST's rotulagem letter lists FEAB twice, once as 'dos', once as 'de'; the import's clean-up merges them.
  const feab = [
    'Federação dos Estudantes de Agronomia do Brasil – FEAB',
    'Federação de Estudantes de Agronomia do Brasil – FEAB',
  ];

  it('leaves out an entry listed twice that the import merged into the other', () => {
    const match = matchNames(
      [org(feab[0] ?? ''), org('Via Campesina Brasil'), org(feab[1] ?? '')],
      [{ name: feab[1] ?? '' }, { name: 'Via Campesina Brasil' }],
      [feab],
    );
    expect(match.pairs).toHaveLength(2);
    expect(match.merged.map((signatory) => signatory.name)).toEqual([feab[0]]);
    expect(match.missed).toEqual([]);
  });

  it('still misses both entries of a duplicate when the import has neither', () => {
    const match = matchNames([org(feab[0] ?? ''), org(feab[1] ?? '')], [], [feab]);
    expect(match.merged).toEqual([]);
    expect(match.missed).toHaveLength(2);
  });
});

describe('countries', () => {
  it('scores only matched signatories the truth gives a country, normalised', () => {
    const truth = [
      org('A', { country: 'Côte d’Ivoire' }),
      org('B', { country: 'Kenya' }),
      org('C'),
      org('D', { country: 'Peru' }),
    ];
    const imported = [
      { name: 'A', country: "Cote d'Ivoire" },
      { name: 'B', country: 'Uganda' },
      { name: 'C' },
    ];
    expect(scoreCountries(truth, imported)).toEqual({
      right: 1,
      of: 2,
      wrong: [{ name: 'B', truth: 'Kenya', imported: 'Uganda' }],
    });
  });
});

describe('notes and addresses', () => {
  const truth = [
    { number: 1, urls: ['https://a.org/1', 'https://a.org/2'] },
    { number: 2, urls: ['https://b.org'] },
    { number: 3, urls: [] },
  ];

  it('finds a note only with every address, and each address anywhere in the notes', () => {
    const imported = [
      { number: 1, urls: ['https://a.org/1'] },
      { number: 3, urls: ['https://a.org/2'] },
    ];
    expect(scoreNotes(truth, imported)).toEqual({
      notes: { right: 1, of: 3, missing: [1, 2] },
      urls: { right: 2, of: 3, missing: ['https://b.org'] },
    });
  });

  it('wants addresses exactly: a trailing full stop is a broken link', () => {
    expect(scoreNotes(truth, [{ number: 2, urls: ['https://b.org.'] }]).urls.missing).toContain(
      'https://b.org',
    );
  });
});

describe('body, furniture and claims', () => {
  it('finds each truth paragraph once, whatever its whitespace', () => {
    const body = scoreBody(['We  urge you.', 'We urge you.', 'Thank you.'], ['We urge\tyou.', 'Thanks.']);
    expect(body).toEqual({ right: 1, of: 3, missing: ['We urge you.', 'Thank you.'] });
  });

  it('counts furniture kept as an item or inside a short one, not a common word inside a long paragraph', () => {
    const imported = {
      title: 'Letter',
      paragraphs: [
        'Share Facebook Twitter',
        'We share the concerns of many partners across the region about this law.',
      ],
      notes: [{ number: 1, text: 'Read more about cookies on this site', urls: [] }],
      signatories: [{ name: 'Privacy policy' }],
    };
    expect(
      keptFurniture(['Facebook', 'Privacy Policy', 'read more about cookies', 'Share', 'Donate'], imported),
    ).toEqual(['Facebook', 'Privacy Policy', 'read more about cookies', 'Share']);
    expect(keptFurniture(['Share'], { ...imported, paragraphs: imported.paragraphs.slice(1) })).toEqual([]);
  });

  it('reads the claim a count problem quotes, and calls it false or missed against the truth', () => {
    const problems: Problem[] = checkCountClaims({ body: 'We, over 100 organizations, urge you.' }, 80);
    const quoted = countProblemClaims(problems);
    expect(quoted).toEqual(['over 100']);
    const claims = [
      { text: 'over 100 organizations', count: 100, holds: true },
      { text: '25 signatories', count: 25, holds: false },
    ];
    expect(scoreClaims(claims, quoted)).toEqual({
      false: ['over 100 organizations'],
      missed: ['25 signatories'],
      of: 2,
    });
  });

  it('tells the two claims of one sentence split by kind apart by the count each quotes', () => {
    // md-pt-carta-aberta-racismo-xenofobia-2024: the truth quotes the whole sentence for the 105 that hold.
    const claims = [
      { text: 'carta aberta subscrita por 1298 pessoas e 105 organizações', count: 105, holds: true },
      { text: '1298 pessoas', count: 1298, holds: false },
    ];
    expect(scoreClaims(claims, ['1298 pessoas'])).toEqual({ false: [], missed: [], of: 2 });
    expect(scoreClaims(claims, ['105 organizações'])).toEqual({
      false: ['carta aberta subscrita por 1298 pessoas e 105 organizações'],
      missed: ['1298 pessoas'],
      of: 2,
    });
  });
});

const TRUTH: Truth = {
  source: 'https://example.org',
  language: 'en',
  shapes: ['plain'],
  input: 'input.txt',
  title: 'Open Letter',
  body: ['We urge you.'],
  notes: [],
  signatories: [org('A'), org('B'), org('C'), org('D')],
  duplicates: [],
  countClaims: [],
  furniture: [],
  hardCases: [],
  outOfReach: [],
};

function imported(names: string[]): ImportedForScore {
  const signatories = names.map((name) => ({ name }));
  return {
    text: '',
    title: 'Open letter',
    paragraphs: ['We urge you.'],
    notes: [],
    signatories,
    countProblems: [],
    seconds: 0.5,
  };
}

describe('a letter and the totals', () => {
  const good: ScoredLetter = {
    slug: 'a',
    language: 'en',
    shapes: ['x'],
    score: scoreLetter(TRUTH, imported(['A', 'B', 'C', 'D'])),
  };
  const poor: ScoredLetter = {
    slug: 'b',
    language: 'fr',
    shapes: ['x', 'y'],
    score: scoreLetter(TRUTH, imported(['A', 'Z'])),
  };

  it('scores precision and recall per letter', () => {
    expect(poor.score.signatories).toMatchObject({
      matched: 1,
      precision: 0.5,
      recall: 0.25,
      missed: ['B', 'C', 'D'],
      extra: ['Z'],
    });
    expect(poor.score.title.right).toBe(true);
  });

  it('micro-averages over all signatories, and counts letters at 0.95', () => {
    const totals = scorecardTotals([good, poor]);
    expect(totals).toMatchObject({
      letters: 2,
      signatoryPrecision: 5 / 6,
      signatoryRecall: 5 / 8,
      lettersAt95: 1,
      languages: 2,
      shapes: 2,
      seconds: 1,
    });
  });

  it('records a floor rounded down, and names each figure that fell below it', () => {
    const totals = scorecardTotals([good, poor]);
    const floor = floorFrom(totals, ['a', 'b'], undefined);
    expect(floor).toMatchObject({
      signatoryPrecision: 0.83,
      signatoryRecall: 0.62,
      lettersAt95: 1,
      furnitureKeptMax: 0,
    });
    expect(roundDown(0.29)).toBe(0.29);
    expect(belowFloor(totals, floor)).toEqual([]);
    expect(belowFloor(scorecardTotals([poor]), floor)).toEqual([
      'signatoryPrecision 0.5000 < floor 0.83',
      'signatoryRecall 0.2500 < floor 0.62',
      'lettersAt95 0 < floor 1',
    ]);
    expect(belowFloor({ ...totals, furnitureKept: 2 }, floor)).toEqual([
      'furnitureKept 2 > furnitureKeptMax 0',
    ]);
  });

  it('holds the corpus size only once the floor names minimums', () => {
    expect(belowMinimums({ letters: 3, languages: 2, shapes: 9 }, undefined)).toEqual([]);
    expect(
      belowMinimums({ letters: 3, languages: 2, shapes: 9 }, { letters: 30, languages: 5, shapes: 8 }),
    ).toHaveLength(2);
  });
});

describe('the corpus', () => {
  const FIXTURES = join(__dirname, '..', 'fixtures', 'import');

  function letterFolder(dir: string, slug: string, truth: string | null, input = 'front-matter.md'): void {
    mkdirSync(join(dir, slug));
    copyFileSync(join(FIXTURES, input), join(dir, slug, `input${input.slice(input.lastIndexOf('.'))}`));
    if (truth !== null) {
      writeFileSync(join(dir, slug, 'truth.json'), truth);
    }
  }

  it('loads the letters sorted by slug, skipping half-written folders with a warning', () => {
    const dir = tempDir('undersigned-real-letters-');
    const truth = JSON.stringify({ ...TRUTH, input: 'input.md' });
    letterFolder(dir, 'md-b', truth);
    letterFolder(dir, 'md-a', truth);
    letterFolder(dir, 'md-c', '{ "source": "https://');
    letterFolder(dir, 'md-d', null);
    letterFolder(dir, 'html-e', JSON.stringify({ ...TRUTH, input: 'input.html', language: undefined }));
    mkdirSync(join(dir, 'notes'));
    const warnings: string[] = [];
    const corpus = loadCorpus(dir, (line) => warnings.push(line));
    expect(corpus.letters.map((letter) => letter.slug)).toEqual(['md-a', 'md-b']);
    expect(corpus.skipped.map((folder) => folder.slug)).toEqual(['html-e', 'md-c', 'md-d']);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/html-e: truth\.json does not fit the format \(language/u);
  });

  it('imports a Markdown file as the import command does, wrapped lines joined', async () => {
    const imported = await importCorpusLetter(FIXTURES, 'front-matter.md');
    expect(imported.title).toBe('Open Letter: Stop the Transnational Repression of Uyghurs');
    expect(imported.paragraphs).toHaveLength(2);
    expect(imported.signatories).toHaveLength(4);
    expect(imported.error).toBeUndefined();
  });

  it('scores a file the import refuses as an import that found nothing, saying why', async () => {
    const dir = tempDir('undersigned-real-letters-');
    writeFileSync(join(dir, 'input.txt'), Buffer.from([0x41, 0, 0x42]));
    const imported = await importCorpusLetter(dir);
    expect(imported.error).toMatch(/not a text file/u);
    expect(scoreLetter(TRUTH, imported).signatories.recall).toBe(0);
  });
});
