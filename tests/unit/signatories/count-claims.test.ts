import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemSchema } from '../../../src-common/problems';
import { checkCountClaims } from '../../../src-common/checks/check-count-claims';
import { claimRange, findCountClaims } from '../../../src-common/checks/count-claims';
import { numberValue } from '../../../src-common/signatories/cleanup/number-words';

function fixtureLetter(): { title: string; body: string } {
  const text = readFileSync(
    join(__dirname, '..', '..', 'fixtures', 'cfu-230-groups-bachelet-letter.txt'),
    'utf8',
  );
  return {
    title: text.split('\n')[0] ?? '',
    body: text.slice(text.indexOf('Read the full letter'), text.indexOf('Signed by:')),
  };
}

const claimed = (body: string, title = ''): string[] =>
  findCountClaims({ title, body }).map((claim) => claim.text);

describe('finding claims about the signers', () => {
  it('finds the fixture’s title and “We, over 230 …”, and none of its other numbers', () => {
    const claims = findCountClaims(fixtureLetter());
    expect(
      claims.map(({ section, text, value, qualifier }) => ({ section, text, value, qualifier })),
    ).toEqual([
      { section: 'title', text: '230', value: 230, qualifier: 'exact' },
      { section: 'body', text: 'over 230', value: 230, qualifier: 'over' },
    ]);
  });

  it('finds claims after “we”, “signed by”, “the undersigned”, and before “signatories”', () => {
    expect(claimed('We, over 230 Uyghur, Tibetan and Hong Kong groups, call for her resignation.')).toEqual([
      'over 230',
    ]);
    expect(claimed('This letter is signed by 230 organizations from 30 countries.')).toEqual(['230']);
    expect(claimed('We, the undersigned 45 organisations, urge the Council to act.')).toEqual(['45']);
    expect(claimed('The 120 signatories of this letter ask for a meeting.')).toEqual(['120']);
    expect(claimed('Two hundred groups have signed this letter.')).toEqual(['Two hundred']);
    expect(claimed('We, two hundred and thirty organisations, call on the Secretary-General.')).toEqual([
      'two hundred and thirty',
    ]);
    expect(claimed('We are more than 1,000 groups.')).toEqual(['more than 1,000']);
  });

  it('does not take other numbers for claims', () => {
    expect(
      claimed('The call comes despite an unprecedented call in June 2020, by over 50 UN experts.'),
    ).toEqual([]);
    expect(
      claimed('She called the detention of over 1,000 political prisoners only “deeply worrying”.'),
    ).toEqual([]);
    expect(
      claimed(
        'The meeting invitation only came after 220 Tibetan, Uyghur, Hong Kong, Southern Mongolian, and Chinese democracy groups demanded the High Commissioner reverse her plans.',
      ),
    ).toEqual([]);
    expect(
      claimed('During her six-day visit, the first since 2005, we saw nothing; we met for two hours.'),
    ).toEqual([]);
    expect(
      claimed(
        'Tibet Advocacy Coalition, ‘Over 220 groups urgently demand UN High Commissioner immediately postpone her visit’',
      ),
    ).toEqual([]);
    expect(claimed('', 'UN experts: 50 prisoners freed')).toEqual([]);
  });

  it('reads numbers in figures and in words', () => {
    expect(numberValue('1,000')).toBe(1000);
    expect(numberValue('two hundred')).toBe(200);
    expect(numberValue('two hundred and thirty-five')).toBe(235);
    expect(numberValue('a hundred')).toBe(100);
    expect(numberValue('one thousand two hundred')).toBe(1200);
  });
});

describe('checking claims against the confirmed count', () => {
  it('holds “over N” for N < count ≤ N + max(10, 5 % of N)', () => {
    expect(claimRange({ value: 230, qualifier: 'over' })).toEqual({ min: 231, max: 241 });
    expect(claimRange({ value: 100, qualifier: 'over' })).toEqual({ min: 101, max: 110 });
    expect(claimRange({ value: 400, qualifier: 'over' })).toEqual({ min: 401, max: 420 });
    expect(claimRange({ value: 230, qualifier: 'exact' })).toEqual({ min: 230, max: 230 });
    expect(claimRange({ value: 230, qualifier: 'nearly' })).toEqual({ min: 219, max: 229 });
  });

  it('accepts claims that hold', () => {
    const letter = {
      title: 'Over 230 groups call for resignation',
      body: 'We, over 230 groups, call on her to resign.',
    };
    expect(checkCountClaims(letter, 231)).toEqual([]);
    expect(checkCountClaims(letter, 241)).toEqual([]);
    expect(checkCountClaims({ body: 'This letter is signed by 230 organizations.' }, 230)).toEqual([]);
  });

  it('reports the fixture’s claims against its 221 cleaned signatories, with the rule', () => {
    const problems = checkCountClaims(fixtureLetter(), 221);
    expect(problems.map((problem) => problem.kind)).toEqual(['count-claim', 'count-claim']);
    problems.forEach((problem) => expect(problemSchema.parse(problem)).toEqual(problem));
    expect(problems[0]?.message).toBe(
      'The title says “230”, but 221 signatories have confirmed. Rule: a plain number must equal the count; here it holds for exactly 230.',
    );
    expect(problems[1]?.message).toContain('“over N” holds when the count is above N by at most 10');
    expect(problems[1]?.message).toContain('231 to 241');
    expect(problems[1]?.location).toMatchObject({ section: 'body' });
    expect(problems[1]?.suggestion?.label).toBe('Say “over 220”');
  });

  it('reports “over N” when the count is not above N, or too far above it', () => {
    const letter = { body: 'We, over 230 groups, call on her to resign.' };
    expect(checkCountClaims(letter, 230)).toHaveLength(1);
    expect(checkCountClaims(letter, 242)).toHaveLength(1);
    expect(checkCountClaims(letter, 242)[0]?.suggestion?.label).toBe('Say “over 240”');
  });

  it('counts the signatories the letter does not list by name with the confirmed ones', () => {
    const letter = { body: 'We, over 100 organisations, urge you to act.' };
    expect(checkCountClaims(letter, 70)).toHaveLength(1);
    expect(checkCountClaims(letter, 70, 40)).toEqual([]);
    const [problem] = checkCountClaims(letter, 70, 20);
    expect(problem?.message).toBe(
      'The letter says “over 100”, but 90 signed: 70 confirmed signatories and 20 more not listed by name. ' +
        'Rule: “over N” holds when the count is above N by at most 10, or 5 % of N when that is more; here it holds for 101 to 110.',
    );
    expect(problem?.suggestion?.label).toBe('Say “over 80”');
  });

  it('gives the same suggestion id for the same claim and count', () => {
    const letter = { body: 'We, over 230 groups, call on her to resign.' };
    expect(checkCountClaims(letter, 200)[0]?.suggestion?.id).toBe(
      checkCountClaims(letter, 200)[0]?.suggestion?.id,
    );
  });
});
