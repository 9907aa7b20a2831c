import { setIfUndefined } from 'lib0/map';
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

// Making a formatter loads the language's data, far more work than formatting with one: each language's is made
// once, and only when a time is far enough back to need it (never for "just now").
const formats = new Map<string, Intl.RelativeTimeFormat>();

function formatFor(locale: string | undefined): Intl.RelativeTimeFormat {
  return setIfUndefined(
    formats,
    locale ?? '',
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
}

/** "5 minutes ago", "yesterday", "just now" in the reader's language. */
export function relativeTime(time: number, now: number, locale?: string): string {
  const elapsed = time - now;
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) {
      return formatFor(locale).format(Math.round(elapsed / size), unit);
    }
  }
  return 'just now';
}
