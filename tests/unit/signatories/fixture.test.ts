import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseSignatoryBlock } from '../../../src-common/signatories/cleanup/block-parser';
import { checkCountClaims } from '../../../src-common/checks/check-count-claims';
import { displayName } from '../../../src-common/signatories/signatory';
import { allSuggestionIds, applySuggestions } from '../../../src-common/signatories/cleanup/suggestions';

// Acceptance for the clean-up engine: the fixture letter's signatory block, every suggestion accepted, against
// the list cleaned by hand (see tests/fixtures/cfu-signatories.README.md for the hard cases).

/** How many entries still need a hand fix today; lower it when the engine improves, never raise it. */
const MANUAL_FIXES_NOW = 1;

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const letter = readFileSync(join(FIXTURES, 'cfu-230-groups-bachelet-letter.txt'), 'utf8');
const clean = z
  .array(z.object({ name: z.string().min(1), country: z.string().min(1).optional() }))
  .parse(JSON.parse(readFileSync(join(FIXTURES, 'cfu-signatories.clean.json'), 'utf8')));

/** Entries of `a` not matched one for one in `b`. */
function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((entry) => {
    const index = left.indexOf(entry);
    if (index < 0) {
      return true;
    }
    left.splice(index, 1);
    return false;
  });
}

describe('the fixture letter’s signatory block', () => {
  const block = letter.slice(letter.indexOf('Signed by:'), letter.indexOf('Editors Notes:'));
  const parse = parseSignatoryBlock(block);
  const cleaned = applySuggestions(parse, allSuggestionIds(parse)).map(displayName);
  const expected = clean.map((entry) => displayName({ name: entry.name, country: entry.country ?? '' }));

  it('reproduces the hand-cleaned list once every suggestion is accepted, but for the known manual fixes', () => {
    const extra = missingFrom(cleaned, expected);
    const missing = missingFrom(expected, cleaned);
    const manualFixes = Math.max(extra.length, missing.length);
    console.info(
      `Signatory clean-up of the fixture: ${manualFixes} entr${manualFixes === 1 ? 'y needs' : 'ies need'} a manual fix` +
        `${extra.length > 0 ? `; still to remove: ${extra.join(' | ')}` : ''}` +
        `${missing.length > 0 ? `; still to add: ${missing.join(' | ')}` : ''}`,
    );
    expect(manualFixes).toBeLessThanOrEqual(MANUAL_FIXES_NOW);
  });

  it('explains each kind of suggestion it makes', () => {
    const count = (kind: string): number =>
      parse.suggestions.filter((suggestion) => suggestion.kind === kind).length;
    expect(count('split')).toBe(26);
    expect(count('complete-fragment')).toBe(2);
    expect(count('remove-duplicate')).toBe(9);
    expect(parse.problems.filter((problem) => problem.kind === 'fragment-line')).toHaveLength(2);
  });

  it('finds that the letter’s headline count does not match its list', () => {
    const problems = checkCountClaims(
      {
        title: letter.split('\n')[0] ?? '',
        body: letter.slice(letter.indexOf('Read the full letter'), letter.indexOf('Signed by:')),
      },
      clean.length,
    );
    expect(clean.length).toBe(221);
    expect(problems.map((problem) => problem.location?.section)).toEqual(['title', 'body']);
  });
});
