import type { Problem } from '../problems';
import { NUMBER_PATTERN, numberValue } from './number-words';
import { stableId } from './stable-id';

/** How a claim qualifies its number: "230", "over 230", "at least 230", "nearly 230", "about 230". */
export type CountQualifier = 'exact' | 'over' | 'at-least' | 'nearly' | 'about';

/** A statement of how many signed, found in the letter. */
export interface CountClaim {
  section: 'title' | 'body';
  /** As written ("over 230"). */
  text: string;
  value: number;
  qualifier: CountQualifier;
  /** Offsets of `text` in the section. */
  start: number;
  end: number;
}

const QUALIFIERS: readonly [RegExp, CountQualifier][] = [
  [/^(?:over|more than|upwards of|in excess of)$/iu, 'over'],
  [/^at least$/iu, 'at-least'],
  [/^(?:nearly|almost|close to)$/iu, 'nearly'],
  [/^(?:about|around|approximately|roughly|some)$/iu, 'about'],
];
const QUALIFIER =
  'over|more than|upwards of|in excess of|at least|nearly|almost|close to|about|around|approximately|roughly|some';
const NUMBER = new RegExp(`\\b(?:(${QUALIFIER})\\s+)?(${NUMBER_PATTERN})\\b`, 'giu');
const SENTENCE = /[^.!?\n]+(?:[.!?]+|$)/gu;
const WORDS_BETWEEN = "(?:[\\p{L}\\p{N}’'-]+,?\\s+){0,12}?";

// The number describes the signers when "we", "signed by" or "the undersigned" leads straight to it, or when
// signer words follow it. "over 50 UN experts" and "after 220 … groups demanded" (an earlier letter) match none.
const SIGNERS_BEFORE = [
  /\bwe\b[\s,]*(?:the\s+undersigned[\s,]*)?(?:(?:are|as)\s+)?$/iu,
  /\b(?:signed|endorsed|co-?signed|supported|backed)\s+by\s*$/iu,
  /\bthe\s+undersigned[\s,]*$/iu,
];
const SIGNERS_AFTER = [
  new RegExp(`^\\s+${WORDS_BETWEEN}(?:co-?signatories|signatories|signatory|signers|undersigned)\\b`, 'iu'),
  new RegExp(
    `^\\s+${WORDS_BETWEEN}(?:organi[sz]ations|groups|NGOs)\\s+(?:have\\s+)?(?:signed|endorsed|joined|co-?signed)\\s+(?:this|the\\s+present|our)\\b`,
    'iu',
  ),
];
// A title is about the letter itself, so a number of organizations or groups there is a claim.
const TITLE_AFTER = new RegExp(
  `^\\s+${WORDS_BETWEEN}(?:organi[sz]ations|groups|NGOs|signatories|signers|civil society)\\b`,
  'iu',
);

/** Finds the claims about the number of signers in the title and the body. */
export function findCountClaims(letter: { title?: string; body: string }): CountClaim[] {
  return [...claimsIn('title', letter.title ?? ''), ...claimsIn('body', letter.body)];
}

function claimsIn(section: CountClaim['section'], text: string): CountClaim[] {
  const claims: CountClaim[] = [];
  for (const sentence of text.matchAll(SENTENCE)) {
    const sentenceStart = sentence.index ?? 0;
    for (const match of sentence[0].matchAll(NUMBER)) {
      const value = numberValue(match[2] ?? '');
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const before = sentence[0].slice(0, start);
      const after = sentence[0].slice(end);
      if (value === null || !describesSigners(section, before, after)) {
        continue;
      }
      claims.push({
        section,
        text: match[0],
        value,
        qualifier: qualifierOf(match[1]),
        start: sentenceStart + start,
        end: sentenceStart + end,
      });
    }
  }
  return claims;
}

function describesSigners(section: CountClaim['section'], before: string, after: string): boolean {
  if (
    SIGNERS_BEFORE.some((pattern) => pattern.test(before)) ||
    SIGNERS_AFTER.some((pattern) => pattern.test(after))
  ) {
    return true;
  }
  return section === 'title' && TITLE_AFTER.test(after);
}

function qualifierOf(word: string | undefined): CountQualifier {
  const normalised = (word ?? '').replace(/\s+/gu, ' ');
  return QUALIFIERS.find(([pattern]) => pattern.test(normalised))?.[1] ?? 'exact';
}

/** The tolerance of a qualified claim: 10, or 5 % of the number when that is more. */
export function claimMargin(value: number): number {
  return Math.max(10, value * 0.05);
}

/** The confirmed counts a claim holds for, inclusive. */
export function claimRange(claim: Pick<CountClaim, 'value' | 'qualifier'>): { min: number; max: number } {
  const { value } = claim;
  const margin = claimMargin(value);
  switch (claim.qualifier) {
    case 'exact':
      return { min: value, max: value };
    case 'over':
      return { min: value + 1, max: Math.floor(value + margin) };
    case 'at-least':
      return { min: value, max: Math.floor(value + margin) };
    case 'nearly':
      return { min: Math.ceil(value - margin), max: value - 1 };
    case 'about':
      return { min: Math.ceil(value - margin), max: Math.floor(value + margin) };
  }
}

const RULES: Record<CountQualifier, string> = {
  exact: 'a plain number must equal the count',
  over: '“over N” holds when the count is above N by at most 10, or 5 % of N when that is more',
  'at-least':
    '“at least N” holds when the count is N, or above it by at most 10, or 5 % of N when that is more',
  nearly: '“nearly N” holds when the count is below N by at most 10, or 5 % of N when that is more',
  about: '“about N” holds when the count is within 10 of N, or 5 % of N when that is more',
};

/**
 * Compares every claim with the confirmed count (chapters count as separate organizations) and returns a
 * `count-claim` problem, with the rule in its message, for each claim that does not hold.
 */
export function checkCountClaims(letter: { title?: string; body: string }, confirmed: number): Problem[] {
  return findCountClaims(letter).flatMap((claim) => {
    const range = claimRange(claim);
    if (confirmed >= range.min && confirmed <= range.max) {
      return [];
    }
    const where = claim.section === 'title' ? 'title' : 'letter';
    const holds = range.min === range.max ? `exactly ${range.min}` : `${range.min} to ${range.max}`;
    const problem: Problem = {
      kind: 'count-claim',
      severity: 'warning',
      message:
        `The ${where} says “${claim.text}”, but ${confirmed} ${confirmed === 1 ? 'signatory has' : 'signatories have'} ` +
        `confirmed. Rule: ${RULES[claim.qualifier]}; here it holds for ${holds}.`,
      location: { section: claim.section, start: claim.start, end: claim.end },
      suggestion: {
        id: stableId('count', claim.section, claim.text, String(confirmed)),
        label: `Say “${suggestedWording(claim, confirmed)}”`,
      },
    };
    return [problem];
  });
}

// "over 230" with 245 confirmed becomes "over 240": the largest round number the rule still allows.
function suggestedWording(claim: CountClaim, confirmed: number): string {
  if (claim.qualifier !== 'over' || confirmed <= 10) {
    return `${confirmed}`;
  }
  for (let round = Math.floor((confirmed - 1) / 10) * 10; round > 0; round -= 10) {
    const range = claimRange({ value: round, qualifier: 'over' });
    if (confirmed >= range.min && confirmed <= range.max) {
      return `over ${round}`;
    }
  }
  return `${confirmed}`;
}
