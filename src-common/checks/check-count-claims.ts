import type { Problem } from '../problems';
import type { SignatoryKind } from '../signatories/signatory';
import { stableId } from '../signatories/stable-id';
import { claimRange, judgeClaim, kindCountWording, type KindCounts, type SignedCount } from './claim-verdict';
import { findCountClaims, type CountClaim, type CountQualifier } from './count-claims';

const RULES: Record<CountQualifier, string> = {
  exact: 'a plain number must equal the count',
  over: '“over N” holds when the count is above N by at most 10, or 5 % of N when that is more',
  'at-least':
    '“at least N” holds when the count is N, or above it by at most 10, or 5 % of N when that is more',
  nearly: '“nearly N” holds when the count is below N by at most 10, or 5 % of N when that is more',
  about: '“about N” holds when the count is within 10 of N, or 5 % of N when that is more',
};

/**
 * Compares every claim with the count of those who signed: the confirmed signatories (chapters count as separate
 * organizations) and the ones the letter says signed without listing them ("…and 40 more"); a claim of one kind
 * ("11 Leute") with the entries marked as that kind (`kinds`). Returns a `count-claim` problem, with the rule in
 * its message, for each claim that does not hold, and an `info` one for a claim of one kind that the entries
 * without a kind leave open.
 */
export function checkCountClaims(
  letter: { title?: string; body: string },
  confirmed: number,
  unlisted = 0,
  kinds?: KindCounts,
): Problem[] {
  const count: SignedCount = kinds ? { confirmed, unlisted, kinds } : { confirmed, unlisted };
  return findCountClaims(letter).flatMap((claim) => {
    const judged = judgeClaim(claim, count);
    if (judged.verdict === 'holds') {
      return [];
    }
    const where = claim.section === 'title' ? 'title' : 'letter';
    const location = { section: claim.section, start: claim.start, end: claim.end };
    if (judged.verdict === 'unknown' && claim.kind !== undefined) {
      return [unknownKindProblem(claim, claim.kind, judged.counted, judged.unmarked, location)];
    }
    const { range, counted, unmarked } = judged;
    const holds = range.min === range.max ? `exactly ${range.min}` : `${range.min} to ${range.max}`;
    const found =
      claim.kind === undefined
        ? countWording(confirmed, unlisted)
        : kindCountWording(claim.kind, counted, unmarked);
    const problem: Problem = {
      kind: 'count-claim',
      severity: 'warning',
      message: `The ${where} says “${claim.text}”, but ${found}. Rule: ${RULES[claim.qualifier]}; here it holds for ${holds}.`,
      location,
      suggestion: {
        id: stableId('count', claim.section, claim.text, String(counted)),
        label: `Say “${claim.kind === undefined ? suggestedWording(claim, counted) : withFigure(claim.text, counted)}”`,
      },
    };
    return [problem];
  });
}

/**
 * A claim of one kind that entries without a kind could make true or false: said as such, not as a mismatch, and
 * worded so that it is not read as one ("“11 Leute” counts people, …").
 */
function unknownKindProblem(
  claim: CountClaim,
  kind: SignatoryKind,
  counted: number,
  unmarked: number,
  location: Problem['location'],
): Problem {
  const range = claimRange(claim);
  const holds = range.min === range.max ? `exactly ${range.min}` : `${range.min} to ${range.max}`;
  return {
    kind: 'count-claim',
    severity: 'info',
    message:
      `“${claim.text}” counts ${kind === 'person' ? 'people' : 'organizations'} (it holds for ${holds}); ` +
      `${kindCountWording(kind, counted, unmarked)}, so it cannot be checked yet. Mark each entry as a person or ` +
      'an organization in its details to check it.',
    ...(location ? { location } : {}),
  };
}

// "1298 pessoas" with none marked as people becomes "0 pessoas": the claim's words, the list's number.
function withFigure(text: string, value: number): string {
  return text.replace(/^.*?\d(?:[\d \u00a0\u202f.]*\d)?/u, String(value));
}

// "221 signatories have confirmed"; with some not listed by name, "110 signed: 70 confirmed signatories and 40 more…".
function countWording(confirmed: number, unlisted: number): string {
  const listed = `${confirmed} ${confirmed === 1 ? 'signatory has' : 'signatories have'} confirmed`;
  if (unlisted === 0) {
    return listed;
  }
  const confirmedPart = `${confirmed} confirmed ${confirmed === 1 ? 'signatory' : 'signatories'}`;
  return `${confirmed + unlisted} signed: ${confirmedPart} and ${unlisted} more not listed by name`;
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
