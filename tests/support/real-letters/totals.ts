import { precisionOf } from './match-names';
import type { Fraction, LetterScore } from './score';

/** A letter's score beside its name and what it is. */
export interface ScoredLetter {
  slug: string;
  language: string;
  shapes: string[];
  score: LetterScore;
}

/** The corpus' figures: shares from 0 to 1, counts where fewer is better. */
export interface ScorecardTotals {
  letters: number;
  /** Micro-averaged over all letters: every signatory weighs the same, whatever its letter. */
  signatoryPrecision: number;
  signatoryRecall: number;
  /** Letters with both precision and recall at 0.95 or above. */
  lettersAt95: number;
  countries: number;
  /** Matched signatories imported with their kind, and those imported with the other kind (a wrong guess). */
  kinds: number;
  kindsWrong: number;
  notes: number;
  urls: number;
  titles: number;
  body: number;
  furnitureKept: number;
  falseClaims: number;
  missedClaims: number;
  languages: number;
  shapes: number;
  seconds: number;
}

/** The share that stands for "good enough" for one letter. */
export const GOOD_SHARE = 0.95;

/** Adds the letters up. */
export function scorecardTotals(letters: readonly ScoredLetter[]): ScorecardTotals {
  const scores = letters.map((letter) => letter.score);
  const sum = (pick: (score: LetterScore) => number): number =>
    scores.reduce((total, score) => total + pick(score), 0);
  const matched = sum((score) => score.signatories.matched);
  const truth = sum((score) => score.signatories.truth);
  return {
    letters: letters.length,
    signatoryPrecision: precisionOf(
      matched,
      sum((score) => score.signatories.imported),
      truth,
    ),
    signatoryRecall: share(matched, truth),
    lettersAt95: scores.filter(
      (score) => score.signatories.precision >= GOOD_SHARE && score.signatories.recall >= GOOD_SHARE,
    ).length,
    countries: pooled(scores.map((score) => score.countries)),
    kinds: pooled(scores.map((score) => score.kinds)),
    kindsWrong: sum((score) => score.kinds.wrong.length),
    notes: pooled(scores.map((score) => score.notes)),
    urls: pooled(scores.map((score) => score.urls)),
    titles: share(scores.filter((score) => score.title.right).length, scores.length),
    body: pooled(scores.map((score) => score.body)),
    furnitureKept: sum((score) => score.furniture.kept.length),
    falseClaims: sum((score) => score.claims.false.length),
    missedClaims: sum((score) => score.claims.missed.length),
    languages: new Set(letters.map((letter) => letter.language)).size,
    shapes: new Set(letters.flatMap((letter) => letter.shapes)).size,
    seconds: sum((score) => score.seconds),
  };
}

/** Right out of all, over every letter; nothing to get right is all right. */
export function pooled(fractions: readonly Fraction[]): number {
  return share(
    fractions.reduce((total, fraction) => total + fraction.right, 0),
    fractions.reduce((total, fraction) => total + fraction.of, 0),
  );
}

function share(right: number, of: number): number {
  return of === 0 ? 1 : right / of;
}
