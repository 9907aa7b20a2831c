import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { ScorecardTotals } from './totals';

/** What the corpus is to reach before its size is held to it: the minimums the floor adds once they are met. */
export const CORPUS_GOAL = { letters: 30, languages: 5, shapes: 8 } as const;

const share = z.number().min(0).max(1);
const count = z.number().int().nonnegative();

/**
 * `scorecard-floor.json`: the lowest totals the import may score over the recorded letters (the highest, for the
 * figures where fewer is better). `npm run scorecard:record` raises it; the ratchet test keeps it from falling.
 */
export const floorSchema = z.object({
  letters: count,
  /** The letters the floor was measured on; letters added since count only once it is recorded again. */
  slugs: z.array(z.string()),
  signatoryPrecision: share,
  signatoryRecall: share,
  lettersAt95: count,
  countries: share,
  notes: share,
  urls: share,
  titles: share,
  body: share,
  furnitureKeptMax: count,
  falseClaimsMax: count,
  missedClaimsMax: count,
  /** Kinds right, and kinds given wrong, held once recorded (floors written before kinds were scored lack them). */
  kinds: share.optional(),
  kindsWrongMax: count.optional(),
  /** The corpus' own size, held only once it is written here. */
  minimums: z.object({ letters: count, languages: count, shapes: count }).optional(),
});

export type ScorecardFloor = z.infer<typeof floorSchema>;

const SHARES = [
  'signatoryPrecision',
  'signatoryRecall',
  'countries',
  'notes',
  'urls',
  'titles',
  'body',
] as const;
const MAXIMA = [
  ['furnitureKeptMax', 'furnitureKept'],
  ['falseClaimsMax', 'falseClaims'],
  ['missedClaimsMax', 'missedClaims'],
] as const;

/** Reads the floor file; null when there is none yet. */
export function readFloor(path: string): ScorecardFloor | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  return floorSchema.parse(JSON.parse(text));
}

/** Writes the floor file as people read and diff it. */
export function writeFloor(path: string, floor: ScorecardFloor): void {
  writeFileSync(path, `${JSON.stringify(floor, null, 2)}\n`);
}

/** The floor the totals make: shares rounded down to 2 decimals, so a rounding never fails the next run. */
export function floorFrom(
  totals: ScorecardTotals,
  slugs: readonly string[],
  minimums: ScorecardFloor['minimums'],
): ScorecardFloor {
  const floor: ScorecardFloor = {
    letters: totals.letters,
    slugs: [...slugs],
    signatoryPrecision: roundDown(totals.signatoryPrecision),
    signatoryRecall: roundDown(totals.signatoryRecall),
    lettersAt95: totals.lettersAt95,
    countries: roundDown(totals.countries),
    notes: roundDown(totals.notes),
    urls: roundDown(totals.urls),
    titles: roundDown(totals.titles),
    body: roundDown(totals.body),
    furnitureKeptMax: totals.furnitureKept,
    falseClaimsMax: totals.falseClaims,
    missedClaimsMax: totals.missedClaims,
    kinds: roundDown(totals.kinds),
    kindsWrongMax: totals.kindsWrong,
  };
  return minimums === undefined ? floor : { ...floor, minimums };
}

/** Down to 2 decimals; the epsilon keeps 0.29 from becoming 0.28 through 0.29 * 100 = 28.999…. */
export function roundDown(value: number): number {
  return Math.floor(value * 100 + 1e-9) / 100;
}

/** Each figure of `totals` that fell below the floor (or rose above a maximum), in words. */
export function belowFloor(totals: ScorecardTotals, floor: ScorecardFloor): string[] {
  const failures: string[] = [];
  for (const key of SHARES) {
    if (totals[key] < floor[key]) {
      failures.push(`${key} ${totals[key].toFixed(4)} < floor ${floor[key]}`);
    }
  }
  if (totals.lettersAt95 < floor.lettersAt95) {
    failures.push(`lettersAt95 ${totals.lettersAt95} < floor ${floor.lettersAt95}`);
  }
  for (const [maxKey, key] of MAXIMA) {
    if (totals[key] > floor[maxKey]) {
      failures.push(`${key} ${totals[key]} > ${maxKey} ${floor[maxKey]}`);
    }
  }
  if (floor.kinds !== undefined && totals.kinds < floor.kinds) {
    failures.push(`kinds ${totals.kinds.toFixed(4)} < floor ${floor.kinds}`);
  }
  if (floor.kindsWrongMax !== undefined && totals.kindsWrong > floor.kindsWrongMax) {
    failures.push(`kindsWrong ${totals.kindsWrong} > kindsWrongMax ${floor.kindsWrongMax}`);
  }
  return failures;
}

/** Where the whole corpus is smaller than the floor's minimums say it must be. */
export function belowMinimums(
  corpus: Pick<ScorecardTotals, 'letters' | 'languages' | 'shapes'>,
  minimums: ScorecardFloor['minimums'],
): string[] {
  if (minimums === undefined) {
    return [];
  }
  return (['letters', 'languages', 'shapes'] as const)
    .filter((key) => corpus[key] < minimums[key])
    .map((key) => `the corpus has ${corpus[key]} ${key}; the floor asks for at least ${minimums[key]}`);
}
