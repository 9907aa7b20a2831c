import type { Problem } from '../problems';
import { NUMBER_PATTERN, numberValue } from '../signatories/cleanup/number-words';
import { stableId } from '../signatories/stable-id';

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

// "over 230", "plus de 60", "mais de 260", "mehr als 100", "más de 50": the qualifiers in the letters' languages.
const QUALIFIERS: readonly [RegExp, CountQualifier][] = [
  [
    /^(?:over|more than|upwards of|in excess of|plus de|mais de|más de|mas de|mehr als|über|più di|oltre|meer dan|ruim)$/iu,
    'over',
  ],
  [
    /^(?:at least|au moins|pelo menos|ao menos|al menos|por lo menos|mindestens|almeno|minstens)$/iu,
    'at-least',
  ],
  [/^(?:nearly|almost|close to|près de|presque|quase|casi|fast|beinahe|knapp|quasi|bijna)$/iu, 'nearly'],
  [
    /^(?:about|around|approximately|roughly|some|environ|quelque|aproximadamente|unos|unas|cerca de|etwa|rund|ungefähr|circa|ca\.|ongeveer)$/iu,
    'about',
  ],
];
const QUALIFIER = [
  'over|more than|upwards of|in excess of|at least|nearly|almost|close to|about|around|approximately|roughly|some',
  'plus de|mais de|más de|mas de|mehr als|über|più di|oltre|meer dan|ruim',
  'au moins|pelo menos|ao menos|al menos|por lo menos|mindestens|almeno|minstens',
  'près de|presque|quase|casi|fast|beinahe|knapp|quasi|bijna',
  'environ|quelque|aproximadamente|unos|unas|cerca de|etwa|rund|ungefähr|circa|ca\\.|ongeveer',
].join('|');
// "2 000", "1.298", "12 500": thousands set apart by a space or a full stop, as French, German and Portuguese do; a
// count of signers is never a fraction.
const GROUPED = '\\d{1,3}(?:[ \\u00a0\\u202f.]\\d{3})+(?![\\d.,]\\d)';
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${QUALIFIER})\\s+)?(${GROUPED}|${NUMBER_PATTERN})(?![\\p{L}\\p{N}])`,
  'giu',
);
// A full stop ends a sentence before a space or the end, not inside "1.298" or "e.V."; so does the end of a line
// without one (a headline, "See all 1306 signatures").
const SENTENCE = /(?:[^.!?\n]|[.!?](?=[^\s.!?]))+(?:[.!?]+|(?=\n)|$)/gu;
// Words between a number and what it counts; another number among them counts something else ("5 ans, plus de
// 2 000 personnes").
const WORDS_BETWEEN = "(?:(?!\\p{N})[\\p{L}\\p{N}’'-]+,?\\s+){0,12}?";
// Who signs, in the letters' languages: people or groups.
const SIGNER_NOUNS =
  '(?:organi[sz]ations|groups|NGOs|people|persons|individuals|personnes|organisations|associations|collectifs|pessoas|entidades|organizações|coletivos|movimentos|personas|organizaciones|colectivos|leute|personen|menschen|organisationen|gruppen|verbände|persone|organizzazioni|associazioni|mensen|organisaties)';
const SIGNED_BY =
  '(?:signed|endorsed|co-?signed|supported|backed|signée?s?|soutenue?s?|assinad[ao]s?|subscrit[ao]s?|firmad[ao]s?|suscrit[ao]s?|respaldad[ao]s?|unterzeichnet|unterschrieben|unterstützt|sottoscritt[ao]|firmat[ao]|ondertekend)\\s+(?:by|par|por|von|da|door)';
const HAVE_SIGNED =
  '(?:(?:have\\s+)?(?:signed|endorsed|joined|co-?signed)|ont\\s+signé|assinaram|subscreveram|firmaron|suscribieron|haben\\s+(?:unterschrieben|unterzeichnet)|unterschreiben|unterzeichnen|hanno\\s+firmato|firmano|hebben\\s+getekend)';

// The number describes the signers when "we", "signed by" or "the undersigned" leads straight to it, or when
// signer words follow it. "over 50 UN experts" and "after 220 … groups demanded" (an earlier letter) match none.
const SIGNERS_BEFORE = [
  /\bwe\b[\s,]*(?:the\s+undersigned[\s,]*)?(?:(?:are|as)\s+)?$/iu,
  new RegExp(`(?<![\\p{L}])${SIGNED_BY}\\s*$`, 'iu'),
  /\bthe\s+undersigned[\s,]*$/iu,
];
const SIGNERS_AFTER = [
  new RegExp(
    `^\\s+${WORDS_BETWEEN}(?:co-?signatories|signatories|signatory|signers|signatures|undersigned|signataires|signatári[oa]s|firmantes|unterzeichner\\S*|unterzeichnende\\S*|firmatari)(?![\\p{L}])`,
    'iu',
  ),
  new RegExp(`^\\s+${WORDS_BETWEEN}${SIGNER_NOUNS}\\s+${HAVE_SIGNED}(?![\\p{L}])`, 'iu'),
];
// "1298 pessoas e 105 organizações": a count split by kind, of which a list may hold one kind only (a list of the
// organizations); the parts are not checked against the whole list.
const SPLIT_COUNT = /^\s+[\p{L}-]+\s+(?:and|e|und|et|y|i|en)\s+\d/iu;
// A title is about the letter itself, so a number of organizations or groups there is a claim.
const TITLE_AFTER = new RegExp(
  `^\\s+${WORDS_BETWEEN}(?:organi[sz]ations|groups|NGOs|signatories|signers|civil society)\\b`,
  'iu',
);

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

/** Finds the claims about the number of signers in the title and the body. */
export function findCountClaims(letter: { title?: string; body: string }): CountClaim[] {
  return [
    ...claimsIn('title', letter.title ?? ''),
    ...cjkClaimsIn('title', letter.title ?? ''),
    ...claimsIn('body', letter.body),
    ...cjkClaimsIn('body', letter.body),
  ];
}

function cjkClaimsIn(section: CountClaim['section'], text: string): CountClaim[] {
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

function claimsIn(section: CountClaim['section'], text: string): CountClaim[] {
  const claims: CountClaim[] = [];
  for (const sentence of text.matchAll(SENTENCE)) {
    const sentenceStart = sentence.index ?? 0;
    for (const match of sentence[0].matchAll(NUMBER)) {
      const figure = match[2] ?? '';
      const value = numberValue(/^\d/u.test(figure) ? figure.replace(/[\s.]/gu, '') : figure);
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const before = sentence[0].slice(0, start);
      const after = sentence[0].slice(end);
      if (value === null || SPLIT_COUNT.test(after) || !describesSigners(section, before, after)) {
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
 * Compares every claim with the count of those who signed: the confirmed signatories (chapters count as separate
 * organizations) and the ones the letter says signed without listing them ("…and 40 more"). Returns a
 * `count-claim` problem, with the rule in its message, for each claim that does not hold.
 */
export function checkCountClaims(
  letter: { title?: string; body: string },
  confirmed: number,
  unlisted = 0,
): Problem[] {
  const signed = confirmed + unlisted;
  return findCountClaims(letter).flatMap((claim) => {
    const range = claimRange(claim);
    if (signed >= range.min && signed <= range.max) {
      return [];
    }
    const where = claim.section === 'title' ? 'title' : 'letter';
    const holds = range.min === range.max ? `exactly ${range.min}` : `${range.min} to ${range.max}`;
    const problem: Problem = {
      kind: 'count-claim',
      severity: 'warning',
      message:
        `The ${where} says “${claim.text}”, but ${countWording(confirmed, unlisted)}. ` +
        `Rule: ${RULES[claim.qualifier]}; here it holds for ${holds}.`,
      location: { section: claim.section, start: claim.start, end: claim.end },
      suggestion: {
        id: stableId('count', claim.section, claim.text, String(signed)),
        label: `Say “${suggestedWording(claim, signed)}”`,
      },
    };
    return [problem];
  });
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
