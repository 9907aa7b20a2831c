import { NUMBER_PATTERN, numberValue } from '../signatories/cleanup/number-words';
import type { SignatoryKind } from '../signatories/signatory';
import { cjkClaimsIn } from './cjk-claims';

export { claimMargin, claimRange } from './claim-verdict';

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
  /** For one part of a count split by kind ("1298 pessoas e 105 organizações"), the kind it counts. */
  kind?: SignatoryKind;
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
// organizations); the parts are not checked against the whole list, each is checked against its own kind.
const SPLIT_COUNT = /^\s+[\p{L}-]+\s+(?:and|e|und|et|y|i|en)\s+\d/iu;
const PERSON_NOUN =
  'people|persons?|individuals?|personnes|individus|pessoas|indivíduos|personas|individuos|leute|personen|einzelpersonen|menschen|persone|individui|mensen';
const ORGANIZATION_NOUN =
  'organi[sz]ations?|groups?|NGOs|organisations|associations|collectifs|entidades|organizações|coletivos|movimentos|grupos|organizaciones|colectivos|asociaciones|organisationen|gruppen|verbände|vereine|organizzazioni|associazioni|gruppi|organisaties|groepen';
const KIND_SPLIT = new RegExp(
  `^(\\s+(${PERSON_NOUN}|${ORGANIZATION_NOUN})\\s+(?:and|e|und|et|y|i|en)\\s+)((?:(${QUALIFIER})\\s+)?(${GROUPED}|\\d+)\\s+(${PERSON_NOUN}|${ORGANIZATION_NOUN}))(?![\\p{L}])`,
  'iu',
);
const PERSON_WORD = new RegExp(`^(?:${PERSON_NOUN})$`, 'iu');
// A split count is about the signers when its sentence speaks of signing anywhere ("Unterzeichne den offenen Brief,
// …, so wie es 11 Leute und 100 Organisationen schon vor dir getan haben").
const SIGNING_WORD =
  /(?<![\p{L}])(?:sign|co-?sign|endors|unterzeichn|unterschr|assin|subscr|firm[aeó]|sottoscr|onderteken)/iu;
// A title is about the letter itself, so a number of organizations or groups there is a claim.
const TITLE_AFTER = new RegExp(
  `^\\s+${WORDS_BETWEEN}(?:organi[sz]ations|groups|NGOs|signatories|signers|civil society)\\b`,
  'iu',
);

/** Finds the claims about the number of signers in the title and the body. */
export function findCountClaims(letter: { title?: string; body: string }): CountClaim[] {
  return [
    ...claimsIn('title', letter.title ?? ''),
    ...cjkClaimsIn('title', letter.title ?? ''),
    ...claimsIn('body', letter.body),
    ...cjkClaimsIn('body', letter.body),
  ];
}

function claimsIn(section: CountClaim['section'], text: string): CountClaim[] {
  const claims: CountClaim[] = [];
  for (const sentence of text.matchAll(SENTENCE)) {
    const sentenceStart = sentence.index ?? 0;
    // The second number of a split count, already read with the first.
    let readUpTo = 0;
    for (const match of sentence[0].matchAll(NUMBER)) {
      const value = figureValue(match[2]);
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const before = sentence[0].slice(0, start);
      const after = sentence[0].slice(end);
      if (value === null || start < readUpTo) {
        continue;
      }
      if (SPLIT_COUNT.test(after)) {
        const parts = kindParts(section, sentence[0], match);
        parts.forEach((part) =>
          claims.push({ ...part, start: sentenceStart + part.start, end: sentenceStart + part.end }),
        );
        readUpTo = parts[1]?.end ?? readUpTo;
        continue;
      }
      if (!describesSigners(section, before, after)) {
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

function figureValue(figure: string | undefined): number | null {
  const written = figure ?? '';
  return numberValue(/^\d/u.test(written) ? written.replace(/[\s.]/gu, '') : written);
}

/**
 * "1298 pessoas e 105 organizações", "11 Leute und 100 Organisationen": the two parts of a count split by kind, each
 * a claim of its own kind (offsets within the sentence); none when the parts are not one person noun and one
 * organization noun, or the sentence does not speak of signing.
 */
function kindParts(section: CountClaim['section'], sentence: string, first: RegExpMatchArray): CountClaim[] {
  const start = first.index ?? 0;
  const end = start + first[0].length;
  const split = KIND_SPLIT.exec(sentence.slice(end));
  const firstValue = figureValue(first[2]);
  const secondValue = figureValue(split?.[5]);
  if (!split || firstValue === null || secondValue === null) {
    return [];
  }
  const firstKind = kindOfNoun(split[2]);
  const secondKind = kindOfNoun(split[6]);
  const secondEnd = end + split[0].length;
  const signers =
    SIGNING_WORD.test(sentence) ||
    describesSigners(section, sentence.slice(0, start), sentence.slice(secondEnd));
  if (firstKind === secondKind || !signers) {
    return [];
  }
  const lead = split[1] ?? '';
  const firstEnd = end + (lead.length - lead.trimStart().length) + (split[2] ?? '').length;
  const secondStart = end + (split[1] ?? '').length;
  return [
    {
      section,
      text: sentence.slice(start, firstEnd),
      value: firstValue,
      qualifier: qualifierOf(first[1]),
      start,
      end: firstEnd,
      kind: firstKind,
    },
    {
      section,
      text: sentence.slice(secondStart, secondEnd),
      value: secondValue,
      qualifier: qualifierOf(split[4]),
      start: secondStart,
      end: secondEnd,
      kind: secondKind,
    },
  ];
}

function kindOfNoun(noun: string | undefined): SignatoryKind {
  return PERSON_WORD.test(noun ?? '') ? 'person' : 'organization';
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
