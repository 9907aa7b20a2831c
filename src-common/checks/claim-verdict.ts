import type { SignatoryKind } from '../signatories/signatory';
import type { CountClaim } from './count-claims';

/** The confirmed entries marked as people and as organizations; the others have no kind set. */
export interface KindCounts {
  people: number;
  organizations: number;
}

/** Who signed, as claims are checked against it: the confirmed entries and those signed but not listed by name. */
export interface SignedCount {
  confirmed: number;
  unlisted: number;
  /** How many of the confirmed are marked as each kind; absent when none is marked. */
  kinds?: KindCounts;
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

/**
 * What the list says of a claim: it `holds`; it `fails` (no reading of the list bears it out); or, for a count of
 * one kind ("11 Leute"), it is `unknown` because entries without a kind set could make it hold or not.
 */
export type ClaimVerdict =
  | { verdict: 'holds' }
  | { verdict: 'fails' | 'unknown'; range: { min: number; max: number }; counted: number; unmarked: number };

/**
 * Judges one claim against the count: a whole claim against everyone who signed, a claim of one kind against the
 * entries marked as that kind. The editor's underline, the Checks tab, `cli check` and the import report all judge
 * through here, so they agree.
 */
export function judgeClaim(
  claim: Pick<CountClaim, 'value' | 'qualifier' | 'kind'>,
  count: SignedCount,
): ClaimVerdict {
  const range = claimRange(claim);
  const within = (value: number) => value >= range.min && value <= range.max;
  if (claim.kind === undefined) {
    const signed = count.confirmed + count.unlisted;
    return within(signed) ? { verdict: 'holds' } : { verdict: 'fails', range, counted: signed, unmarked: 0 };
  }
  const counted = kindCount(count, claim.kind);
  // Entries without a kind, and those signed without being listed, may be of either kind.
  const unmarked = unmarkedCount(count);
  if (within(counted)) {
    return { verdict: 'holds' };
  }
  const couldHold = range.max >= counted && range.min <= counted + unmarked;
  return { verdict: couldHold ? 'unknown' : 'fails', range, counted, unmarked };
}

/** The entries marked as one kind. */
export function kindCount(count: SignedCount, kind: SignatoryKind): number {
  const kinds = count.kinds ?? { people: 0, organizations: 0 };
  return kind === 'person' ? kinds.people : kinds.organizations;
}

/** Those who signed with no kind known: confirmed entries without one, and those not listed by name. */
export function unmarkedCount(count: SignedCount): number {
  const kinds = count.kinds ?? { people: 0, organizations: 0 };
  return Math.max(0, count.confirmed - kinds.people - kinds.organizations) + count.unlisted;
}

/** Counts the kinds of the confirmed entries of a list. */
export function kindCountsOf(
  entries: readonly { status?: string; kind?: SignatoryKind | undefined }[],
): KindCounts {
  let people = 0;
  let organizations = 0;
  for (const entry of entries) {
    if (entry.status !== undefined && entry.status !== 'confirmed') {
      continue;
    }
    if (entry.kind === 'person') {
      people += 1;
    } else if (entry.kind === 'organization') {
      organizations += 1;
    }
  }
  return { people, organizations };
}

/**
 * What the list holds of a claim's kind, for a message: "0 confirmed signatories are marked as people, and 9 more
 * have no kind set".
 */
export function kindCountWording(kind: SignatoryKind, counted: number, unmarked: number): string {
  const marked =
    counted === 1
      ? `1 confirmed signatory is marked as ${kind === 'person' ? 'a person' : 'an organization'}`
      : `${counted} confirmed signatories are marked as ${kindNoun(kind, counted)}`;
  return unmarked === 0
    ? marked
    : `${marked}, and ${unmarked} more ${unmarked === 1 ? 'has' : 'have'} no kind set`;
}

/** "person" or "people", "organization" or "organizations", for a count of entries of that kind. */
export function kindNoun(kind: SignatoryKind, count: number): string {
  if (kind === 'person') {
    return count === 1 ? 'person' : 'people';
  }
  return count === 1 ? 'organization' : 'organizations';
}
