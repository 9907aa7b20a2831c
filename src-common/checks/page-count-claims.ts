import type { Problem } from '../problems';
import { claimRange, findCountClaims } from './count-claims';

/**
 * The claims about how many signed in the text around an imported letter (a news lede: "60多個團體聯署批政府禁民族黨
 * 運作"; the page's "See all 1306 signatures") that the imported list does not bear out: one `info` problem each,
 * so the person sees that the list may be short of names the page has, or that the page says more than the list.
 * The text is not part of the letter, so the problem points nowhere in it and offers no rewording.
 */
export function checkPageCountClaims(aroundText: string, signed: number): Problem[] {
  const seen = new Set<string>();
  return findCountClaims({ body: aroundText }).flatMap((claim) => {
    const range = claimRange(claim);
    // A headline is often repeated (the page's title, then its heading): one problem says it.
    if ((signed >= range.min && signed <= range.max) || seen.has(claim.text)) {
      return [];
    }
    seen.add(claim.text);
    const holds = range.min === range.max ? `exactly ${range.min}` : `${range.min} to ${range.max}`;
    return [
      {
        kind: 'count-claim',
        severity: 'info',
        message:
          `The page around the letter says “${claim.text}”, but the imported list holds ${signed} ` +
          `${signed === 1 ? 'signatory' : 'signatories'}; the claim holds for ${holds}. The list may miss names ` +
          'the page counts, or the page may count more than signed this letter.',
      },
    ];
  });
}
