import { describe, expect, it } from 'vitest';
import { compareProblems, problemSchema } from '../../../src-common/problems';
import { buildAliasIndex } from '../../../src-common/signatories/cleanup/aliases';
import { parseSignatoryBlock, TooManyNames } from '../../../src-common/signatories/cleanup/block-parser';
import { displayName } from '../../../src-common/signatories/signatory';
import {
  allSuggestionIds,
  applySuggestions,
  type BlockParse,
} from '../../../src-common/signatories/cleanup/suggestions';

const PASTED = [
  'Signed by:',
  '',
  '• Dutch Uyghur human rights foundation',
  'Students for a Free Tibet',
  'Students for a Free Tibet',
  'Students for a Free Tibet',
  'Support Hong Kong Independence Movement Svenska Uigur Union',
  'Sweden Uyghur Union',
  '',
  'Canada Denmark',
  '',
  'Dutch Uyghur Human Rights Foundation',
  'Tibet Lives , India',
].join('\n');

const names = (parse: BlockParse, accepted: Iterable<string>): string[] =>
  applySuggestions(parse, new Set(accepted)).map(displayName);

describe('reading a pasted block', () => {
  const parse = parseSignatoryBlock(PASTED);

  it('proposes one entry per line as pasted, tidied, without the heading or bullets', () => {
    expect(parse.entries.map(displayName)).toEqual([
      'Dutch Uyghur human rights foundation',
      'Students for a Free Tibet',
      'Students for a Free Tibet',
      'Students for a Free Tibet',
      'Support Hong Kong Independence Movement Svenska Uigur Union',
      'Sweden Uyghur Union',
      'Canada Denmark',
      'Dutch Uyghur Human Rights Foundation',
      'Tibet Lives – India',
    ]);
    expect(parse.entries[0]).toEqual({
      id: 'L3',
      line: 3,
      name: 'Dutch Uyghur human rights foundation',
      country: '',
      kind: 'organization',
    });
    expect(names(parse, [])).toEqual(parse.entries.map(displayName));
  });

  it('suggests a split, a fragment completion and duplicate removals, each explained', () => {
    expect(parse.suggestions.map((suggestion) => suggestion.kind)).toEqual([
      'split',
      'complete-fragment',
      'remove-duplicate',
      'remove-duplicate',
    ]);
    for (const suggestion of parse.suggestions) {
      expect(suggestion.explanation.length).toBeGreaterThan(20);
    }
    expect(parse.suggestions[2]?.explanation).toBe(
      '“Dutch Uyghur human rights foundation” repeats “Dutch Uyghur Human Rights Foundation”: same name after normalising.',
    );
  });

  it('says how many lines a fragment completes, as many as it lists', () => {
    const fragment = parse.suggestions.find((suggestion) => suggestion.kind === 'complete-fragment');
    expect(fragment?.explanation).toContain(
      'They complete the last 2 of the 3 “Students for a Free Tibet” lines above, in alphabetical order: ' +
        '“Students for a Free Tibet – Canada”, “Students for a Free Tibet – Denmark”.',
    );
  });

  it('gives the list as it reads with every suggestion accepted', () => {
    expect(names(parse, allSuggestionIds(parse))).toEqual([
      'Students for a Free Tibet',
      'Students for a Free Tibet – Canada',
      'Students for a Free Tibet – Denmark',
      'Support Hong Kong Independence Movement',
      'Sweden Uyghur Union',
      'Dutch Uyghur Human Rights Foundation',
      'Tibet Lives – India',
    ]);
  });

  it('leaves dismissed suggestions out, and what depends on them', () => {
    const split = parse.suggestions.find((suggestion) => suggestion.kind === 'split');
    const swedish = parse.suggestions.find((suggestion) => suggestion.explanation.startsWith('“Svenska'));
    expect(swedish?.dependsOn).toEqual([split?.id]);
    const accepted = [...allSuggestionIds(parse)].filter((id) => id !== split?.id);
    expect(names(parse, accepted)).toContain('Support Hong Kong Independence Movement Svenska Uigur Union');
    expect(names(parse, accepted)).not.toContain('Support Hong Kong Independence Movement');
  });

  it('lists a problem in the shared vocabulary for each suggestion', () => {
    expect(parse.problems.map((problem) => [problem.kind, problem.location?.line])).toEqual([
      ['duplicate-signatory', 3],
      ['merged-line', 7],
      ['duplicate-signatory', 7],
      ['fragment-line', 10],
    ]);
    for (const problem of parse.problems) {
      expect(problemSchema.parse(problem)).toEqual(problem);
      expect(parse.suggestions.map((suggestion) => suggestion.id)).toContain(problem.suggestion?.id);
    }
    expect([...parse.problems].sort(compareProblems)[0]?.severity).toBe('warning');
  });
});

describe('suggestion ids', () => {
  it('stay the same when the same list is pasted again, or with lines added', () => {
    const first = parseSignatoryBlock(PASTED);
    const again = parseSignatoryBlock(PASTED);
    const longer = parseSignatoryBlock(
      `Act with HK\nAide aux Refugies Tibetains\n${PASTED}\nWorld Uyghur Congress`,
    );
    const ids = [...allSuggestionIds(first)];
    expect([...allSuggestionIds(again)]).toEqual(ids);
    expect([...allSuggestionIds(longer)]).toEqual(expect.arrayContaining(ids));
  });

  it('differ between repeats of the same name', () => {
    const parse = parseSignatoryBlock('Free Tibet\nFree Tibet\nFree Tibet');
    const ids = parse.suggestions.map((suggestion) => suggestion.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('what the parser is told', () => {
  it('uses directory aliases and known names', () => {
    const parse = parseSignatoryBlock(
      'Voces Tibet Objectif Tibet\nUyhur medeniyet we maarip birliki, Germaniye\nUyghur Cultural and Education Union in Germany',
      {
        knownNames: ['Objectif Tibet'],
        aliases: buildAliasIndex([
          {
            name: 'Uyghur Cultural and Education Union in Germany',
            aliases: ['Uyhur medeniyet we maarip birliki, Germaniye'],
          },
        ]),
      },
    );
    expect(names(parse, allSuggestionIds(parse))).toEqual([
      'Voces Tibet',
      'Objectif Tibet',
      'Uyghur Cultural and Education Union in Germany',
    ]);
  });

  it('reports a fragment line with nothing above to complete', () => {
    const parse = parseSignatoryBlock('Free Tibet\nCanada Denmark');
    expect(parse.suggestions).toEqual([]);
    expect(parse.problems).toHaveLength(1);
    expect(parse.problems[0]).toMatchObject({ kind: 'fragment-line', location: { line: 2 } });
    expect(parse.problems[0]?.suggestion).toBeUndefined();
  });

  it('reads an empty paste as an empty list', () => {
    expect(parseSignatoryBlock('\n  \nSignatories:\n')).toEqual({
      entries: [],
      suggestions: [],
      problems: [],
      unlisted: 0,
    });
  });
});

describe('a limit on the names read', () => {
  const MERGED = 'Hong Kong Watch Uyghur Human Rights Project\nStand With Hong Kong';

  it('counts each organization of a merged line, and reads a list at the limit', () => {
    const parse = parseSignatoryBlock(MERGED, { maxNames: 3 });
    expect(applySuggestions(parse, allSuggestionIds(parse)).map(displayName)).toEqual([
      'Hong Kong Watch',
      'Uyghur Human Rights Project',
      'Stand With Hong Kong',
    ]);
  });

  it('stops reading past the limit', () => {
    expect(() => parseSignatoryBlock(MERGED, { maxNames: 2 })).toThrow(TooManyNames);
    expect(() => parseSignatoryBlock(MERGED, { maxNames: 2 })).toThrow('more than 2 names');
  });
});
