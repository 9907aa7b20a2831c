import type { Fraction } from './score';
import type { ScorecardTotals, ScoredLetter } from './totals';

const HEADER = [
  'slug',
  'language',
  'shapes',
  'sign. truth/imported',
  'precision',
  'recall',
  'countries',
  'kinds right/wrong',
  'notes',
  'URLs',
  'title',
  'body',
  'furniture kept',
  'claims false/missed',
  's',
];

/** The per-letter scorecard as an aligned plain-text table, ending with a row of totals. */
export function formatLetterTable(letters: readonly ScoredLetter[], totals: ScorecardTotals): string {
  const rows = [HEADER, ...letters.map(letterRow), totalsRow(letters, totals)];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) =>
        column < 3 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join(' | ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('-+-');
  return [line(HEADER), rule, ...rows.slice(1, -1).map(line), rule, line(rows[rows.length - 1] ?? [])].join(
    '\n',
  );
}

function letterRow({ slug, language, shapes, score }: ScoredLetter): string[] {
  return [
    score.error === undefined ? slug : `${slug} (import failed)`,
    language,
    shortened(shapes.join(',')),
    `${score.signatories.truth}/${score.signatories.imported}`,
    score.signatories.precision.toFixed(2),
    score.signatories.recall.toFixed(2),
    fraction(score.countries),
    `${fraction(score.kinds)}/${score.kinds.wrong.length}`,
    fraction(score.notes),
    fraction(score.urls),
    score.title.right ? 'yes' : 'no',
    fraction(score.body),
    `${score.furniture.kept.length}/${score.furniture.of}`,
    `${score.claims.false.length}/${score.claims.missed.length} of ${score.claims.of}`,
    score.seconds.toFixed(2),
  ];
}

function totalsRow(letters: readonly ScoredLetter[], totals: ScorecardTotals): string[] {
  const sum = (pick: (letter: ScoredLetter) => number): number =>
    letters.reduce((total, letter) => total + pick(letter), 0);
  return [
    `total: ${totals.letters} letters, ${totals.lettersAt95} at 0.95`,
    `${totals.languages}`,
    `${totals.shapes} shapes`,
    `${sum((letter) => letter.score.signatories.truth)}/${sum((letter) => letter.score.signatories.imported)}`,
    totals.signatoryPrecision.toFixed(2),
    totals.signatoryRecall.toFixed(2),
    totals.countries.toFixed(2),
    `${totals.kinds.toFixed(2)}/${totals.kindsWrong}`,
    totals.notes.toFixed(2),
    totals.urls.toFixed(2),
    totals.titles.toFixed(2),
    totals.body.toFixed(2),
    `${totals.furnitureKept}/${sum((letter) => letter.score.furniture.of)}`,
    `${totals.falseClaims}/${totals.missedClaims} of ${sum((letter) => letter.score.claims.of)}`,
    totals.seconds.toFixed(2),
  ];
}

// A letter's shapes can run to 200 characters; the start is enough to recognise it, truth.json has the rest.
const SHAPES_WIDTH = 40;

function shortened(text: string): string {
  return text.length <= SHAPES_WIDTH ? text : `${text.slice(0, SHAPES_WIDTH - 1)}…`;
}

// "-" rather than "0/0": nothing to get right is not the same as getting everything wrong.
function fraction({ right, of }: Fraction): string {
  return of === 0 ? '-' : `${right}/${of}`;
}
