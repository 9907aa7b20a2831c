import type { Problem } from '../problems';
import { judgeClaim, kindCountWording, type SignedCount } from './claim-verdict';
import { findCountClaims, type CountClaim } from './count-claims';

/**
 * The claims about how many signed in the text around an imported letter (a news lede: "60多個團體聯署批政府禁民族黨
 * 運作"; the page's "See all 1306 signatures") that the imported list does not bear out: one `info` problem each,
 * so the person sees that the list may be short of names the page has, or that the page says more than the list.
 * A claim of one kind ("11 Leute und 100 Organisationen") is judged against the entries of that kind, as in the
 * letter (see judgeClaim). The text is not part of the letter, so the problem points nowhere in it and offers no
 * rewording.
 */
export function checkPageCountClaims(aroundText: string, count: SignedCount): Problem[] {
  const seen = new Set<string>();
  return findCountClaims({ body: aroundText }).flatMap((claim) => {
    const judged = judgeClaim(claim, count);
    // A headline is often repeated (the page's title, then its heading): one problem says it.
    if (judged.verdict === 'holds' || seen.has(claim.text)) {
      return [];
    }
    seen.add(claim.text);
    const { range, counted, unmarked } = judged;
    const holds = range.min === range.max ? `exactly ${range.min}` : `${range.min} to ${range.max}`;
    return [
      {
        kind: 'count-claim',
        severity: 'info',
        message: pageMessage(claim, judged.verdict, holds, counted, unmarked),
      },
    ];
  });
}

function pageMessage(
  claim: CountClaim,
  verdict: 'fails' | 'unknown',
  holds: string,
  counted: number,
  unmarked: number,
): string {
  if (claim.kind === undefined) {
    return (
      `The page around the letter says “${claim.text}”, but the imported list holds ${counted} ` +
      `${counted === 1 ? 'signatory' : 'signatories'}; the claim holds for ${holds}. The list may miss names ` +
      'the page counts, or the page may count more than signed this letter.'
    );
  }
  const found = kindCountWording(claim.kind, counted, unmarked);
  if (verdict === 'unknown') {
    return (
      `“${claim.text}” on the page around the letter counts ${claim.kind === 'person' ? 'people' : 'organizations'} ` +
      `(it holds for ${holds}); of the imported list, ${found}, so it cannot be checked.`
    );
  }
  return (
    `The page around the letter says “${claim.text}”, but of the imported list ${found}; the claim holds for ` +
    `${holds}. The list may miss names the page counts, or the page may count more than signed this letter.`
  );
}
