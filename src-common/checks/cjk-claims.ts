import type { CountClaim, CountQualifier } from './count-claims';

// Chinese: "60多個團體聯署…" (60-odd groups co-sign), "逾百" is not a figure; the claim runs to the clause's end.
const CJK_CLAIM =
  /(逾|超過|超过|多於|多于|近|約|约|共)?(\d+)(多)?(?:個|个|名|位|間|间|家)[^\s，。！？；：、「」《》（）()]{0,20}?(?:聯署|联署|連署|连署|簽署|签署|聯名|联名)[^\s，。！？；：、]*/gu;
const CJK_QUALIFIERS: Record<string, CountQualifier> = {
  逾: 'over',
  超過: 'over',
  超过: 'over',
  多於: 'over',
  多于: 'over',
  近: 'nearly',
  約: 'about',
  约: 'about',
  共: 'exact',
};

/** The claims of a Chinese or Japanese text: "60多個團體聯署…", "共359個學校關注組及學生組織". */
export function cjkClaimsIn(section: CountClaim['section'], text: string): CountClaim[] {
  if (!/[\p{Script=Han}]/u.test(text)) {
    return [];
  }
  return [...text.matchAll(CJK_CLAIM)].map((match) => {
    const start = match.index;
    const qualifier = match[3] === '多' ? 'over' : (CJK_QUALIFIERS[match[1] ?? ''] ?? 'exact');
    return {
      section,
      text: match[0],
      value: Number.parseInt(match[2] ?? '0', 10),
      qualifier,
      start,
      end: start + match[0].length,
    };
  });
}
