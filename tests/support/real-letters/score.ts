import type { ImportedForScore } from './import-letter';
import { matchNames, precisionOf, recallOf, sameCountry, type ImportedSignatory } from './match-names';
import { containsWords, normaliseName, normaliseParagraph, normaliseText } from './normalise';
import type { CountClaimTruth, Truth, TruthSignatory } from './truth';

/** How many of the truth's items the import got right. */
export interface Fraction {
  right: number;
  of: number;
}

/** One letter's scorecard, with what went wrong spelled out for whoever improves the import. */
export interface LetterScore {
  signatories: {
    truth: number;
    imported: number;
    matched: number;
    precision: number;
    recall: number;
    missed: string[];
    /** Entries the letter lists twice that the import merged into one. */
    merged: string[];
    extra: string[];
  };
  countries: Fraction & { wrong: { name: string; truth: string; imported: string }[] };
  /** Matched signatories imported with the truth's kind; `wrong` were given the other kind, `unknown` none. */
  kinds: Fraction & { wrong: string[]; unknown: number };
  notes: Fraction & { missing: number[] };
  urls: Fraction & { missing: string[] };
  title: { right: boolean; truth: string; imported: string };
  body: Fraction & { missing: string[] };
  /** The truth's furniture lines the import kept in the letter (the fewer, the better). */
  furniture: { kept: string[]; of: number };
  /** Claims the import flagged though they hold, and claims that do not hold but went unflagged. */
  claims: { false: string[]; missed: string[]; of: number };
  seconds: number;
  error?: string;
}

/** Scores what the import made of a letter against its truth. */
export function scoreLetter(truth: Truth, imported: ImportedForScore): LetterScore {
  const score: LetterScore = {
    signatories: scoreSignatories(truth, imported.signatories),
    countries: scoreCountries(truth.signatories, imported.signatories),
    kinds: scoreKinds(truth.signatories, imported.signatories),
    ...scoreNotes(truth.notes, imported.notes),
    title: {
      right: normaliseParagraph(truth.title) === normaliseParagraph(imported.title),
      truth: truth.title,
      imported: imported.title,
    },
    body: scoreBody(truth.body, imported.paragraphs),
    furniture: { kept: keptFurniture(truth.furniture, imported), of: truth.furniture.length },
    claims: scoreClaims(truth.countClaims, imported.countProblems),
    seconds: imported.seconds,
  };
  return imported.error === undefined ? score : { ...score, error: imported.error };
}

function scoreSignatories(truth: Truth, imported: readonly ImportedSignatory[]): LetterScore['signatories'] {
  const match = matchNames(truth.signatories, imported, truth.duplicates);
  const matched = match.pairs.length;
  // A listed-twice entry the import merged counts on neither side: the letter has one signatory fewer to find.
  const toFind = truth.signatories.length - match.merged.length;
  return {
    truth: toFind,
    imported: imported.length,
    matched,
    precision: precisionOf(matched, imported.length, toFind),
    recall: recallOf(matched, toFind),
    missed: match.missed.map((signatory) => signatory.name),
    merged: match.merged.map((signatory) => signatory.name),
    extra: match.extra.map((signatory) => signatory.name),
  };
}

/** Of the matched signatories the truth gives a country, those imported with the same country. */
export function scoreCountries(
  truth: readonly TruthSignatory[],
  imported: readonly ImportedSignatory[],
): LetterScore['countries'] {
  const wrong: LetterScore['countries']['wrong'] = [];
  let of = 0;
  for (const pair of matchNames(truth, imported).pairs) {
    const country = pair.truth.country;
    if (country === undefined) {
      continue;
    }
    of += 1;
    if (!sameCountry(country, pair.imported.country)) {
      wrong.push({ name: pair.truth.name, truth: country, imported: pair.imported.country ?? '' });
    }
  }
  return { right: of - wrong.length, of, wrong };
}

/**
 * Of the matched signatories (every truth entry has a kind), those imported with the same kind. An entry imported
 * without a kind is not right, but not wrong either: the import says it cannot tell, which is what it should say
 * when the letter does not show it. Only an entry given the other kind is wrong.
 */
export function scoreKinds(
  truth: readonly TruthSignatory[],
  imported: readonly ImportedSignatory[],
): LetterScore['kinds'] {
  const wrong: string[] = [];
  let right = 0;
  let unknown = 0;
  const { pairs } = matchNames(truth, imported);
  for (const pair of pairs) {
    if (pair.imported.kind === undefined) {
      unknown += 1;
    } else if (pair.imported.kind === pair.truth.kind) {
      right += 1;
    } else {
      wrong.push(pair.truth.name);
    }
  }
  return { right, of: pairs.length, wrong, unknown };
}

/** Notes found whole (the number, and every address in it), and every address found anywhere in the notes. */
export function scoreNotes(
  truth: Truth['notes'],
  imported: readonly { number: number; urls: readonly string[] }[],
): Pick<LetterScore, 'notes' | 'urls'> {
  const byNumber = new Map(imported.map((note) => [note.number, new Set(note.urls)]));
  const missing = truth
    .filter((note) => {
      const urls = byNumber.get(note.number);
      return urls === undefined || !note.urls.every((url) => urls.has(url));
    })
    .map((note) => note.number);
  const allUrls = new Set(imported.flatMap((note) => note.urls));
  const truthUrls = truth.flatMap((note) => note.urls);
  const missingUrls = truthUrls.filter((url) => !allUrls.has(url));
  return {
    notes: { right: truth.length - missing.length, of: truth.length, missing },
    urls: { right: truthUrls.length - missingUrls.length, of: truthUrls.length, missing: missingUrls },
  };
}

/** The truth's paragraphs found among the import's, each at most once. */
export function scoreBody(truth: readonly string[], imported: readonly string[]): LetterScore['body'] {
  const waiting = new Map<string, number>();
  for (const paragraph of imported) {
    const key = normaliseParagraph(paragraph);
    waiting.set(key, (waiting.get(key) ?? 0) + 1);
  }
  const missing = truth.filter((paragraph) => {
    const key = normaliseParagraph(paragraph);
    const left = waiting.get(key) ?? 0;
    waiting.set(key, left - 1);
    return left <= 0;
  });
  return { right: truth.length - missing.length, of: truth.length, missing };
}

// A word or two of furniture ("Share", "Read more") is also an ordinary phrase of a long paragraph, so a short line
// counts as kept only inside a short item: a furniture line or a run of them the import took into the letter.
const SHORT_LINE_WORDS = 3;
const SHORT_ITEM_WORDS = 12;

/** The furniture lines found as, or inside, the import's title, paragraphs, notes or signatory names. */
export function keptFurniture(
  furniture: readonly string[],
  imported: Pick<ImportedForScore, 'title' | 'paragraphs' | 'notes' | 'signatories'>,
): string[] {
  const items = [
    normaliseParagraph(imported.title),
    ...imported.paragraphs.map(normaliseParagraph),
    ...imported.notes.map((note) => normaliseParagraph(note.text)),
    ...imported.signatories.map((signatory) => normaliseName(signatory.name)),
  ].filter((item) => item !== '');
  return furniture.filter((line) => {
    const key = normaliseParagraph(line);
    const short = wordCount(key) <= SHORT_LINE_WORDS;
    return items.some(
      (item) => item === key || (containsWords(item, key) && (!short || wordCount(item) <= SHORT_ITEM_WORDS)),
    );
  });
}

function wordCount(text: string): number {
  return text === '' ? 0 : text.split(' ').length;
}

/** Compares each claim's truth with whether the import reported a count problem for it. */
export function scoreClaims(
  truth: readonly CountClaimTruth[],
  problems: readonly string[],
): LetterScore['claims'] {
  const reported = (claim: CountClaimTruth): boolean =>
    problems.some(
      (quoted) =>
        sameClaim(normaliseText(quoted), normaliseText(claim.text)) && countsSame(quoted, claim.count),
    );
  return {
    false: truth.filter((claim) => claim.holds && reported(claim)).map((claim) => claim.text),
    missed: truth.filter((claim) => !claim.holds && !reported(claim)).map((claim) => claim.text),
    of: truth.length,
  };
}

// "1298 pessoas" and "105 organizações" are two claims of one sentence, which the truth may quote whole for either:
// a problem is about the claim whose count it quotes. A quote without a figure in digits is taken by its words.
function countsSame(quoted: string, count: number): boolean {
  const figures = [...quoted.matchAll(/\d+(?:[ \u00a0\u202f.]\d{3})*/gu)].map((figure) =>
    Number(figure[0].replace(/[ \u00a0\u202f.]/gu, '')),
  );
  return figures.length === 0 || figures.includes(count);
}

// The problem quotes the number as the letter words it ("over 100"); the truth may quote more of the sentence
// ("over 100 organizations"), or less.
function sameClaim(quoted: string, truth: string): boolean {
  return containsWords(truth, quoted) || containsWords(quoted, truth);
}
