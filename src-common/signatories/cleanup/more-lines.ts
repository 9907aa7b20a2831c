import { NUMBER_PATTERN, numberValue } from './number-words';

// "…and 40 more", "and 40 other organizations", "+ 12 more", "et 30 autres organisations", "und 25 weitere",
// "y otras 15 organizaciones", "y 12 organizaciones más", "e mais 20 entidades", "och 12 andra", "and many more": the
// end of a published list says how many it leaves out. That is a claim about the count, never a signatory.
const AND = '(?:(?:and|&|et|und|y|e|ed|en|och|og|plus)\\s+|\\+\\s*)';
const MORE_WORDS =
  '(?:more|others?|other|autres?|weitere[nr]?|andere[n]?|más|mais|otr[ao]s|outr[ao]s|altr[ei]|altri|meer|anderen|andra|andre|fler|flere)';
const QUALIFIER = '(?:over|more than|about|nearly|plus de|mais de|más de|mehr als|oltre|über)';
const MORE_LINE = new RegExp(
  `^[.…\\s(]*${AND}(?:${QUALIFIER}\\s+)?(?:(${NUMBER_PATTERN}|many|numerous|tant d['’]|muitas?|muchas?|viele)\\s+)?` +
    `${MORE_WORDS}(?:\\s+${MORE_WORDS})?(?:\\s+(${NUMBER_PATTERN}))?(?:\\s+[\\p{L}-]+){0,3}?\\s*[.…!)]*$`,
  'iu',
);
// Spanish and German may put the word for more after what is counted: "y 12 organizaciones más", "und 8 Gruppen mehr".
const MORE_AFTER_LINE = new RegExp(
  `^[.…\\s(]*${AND}(?:${QUALIFIER}\\s+)?(${NUMBER_PATTERN})(?:\\s+[\\p{L}-]+){1,2}\\s+(?:más|mas|mehr)\\s*[.…!)]*$`,
  'iu',
);

/** What a line ending a list says it leaves out: how many more signed (null when it says "many"). */
export interface MoreClaim {
  more: number | null;
}

/** The claim of a line such as "…and 40 other organizations"; null for any other line (a name). */
export function readMoreLine(line: string): MoreClaim | null {
  const trimmed = line.trim();
  const after = MORE_AFTER_LINE.exec(trimmed);
  const counted = after?.[1] === undefined ? null : numberValue(after[1]);
  if (counted !== null) {
    return { more: counted };
  }
  const match = MORE_LINE.exec(trimmed);
  if (!match) {
    return null;
  }
  // A name that happens to start with "E" or "Y" and holds no number ("E Mais Amigos") needs the words of a claim.
  // "y otras 15 organizaciones", "e mais 20 entidades": the number may follow the word for more.
  const number = match[1] ?? match[2] ?? null;
  const hasNumber = number !== null && !/^(?:many|numerous|tant|muitas?|muchas?|viele)/iu.test(number);
  if (!hasNumber && !/\b(?:more|others|autres|weitere|más|mais|altri|meer)\b/iu.test(line)) {
    return null;
  }
  return { more: hasNumber ? numberValue(number) : null };
}
