const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const VALUES = new Map<string, number>([
  ...UNITS.map((word, value): [string, number] => [word, value]),
  ...TENS.map((word, index): [string, number] => [word, index * 10]).filter(([word]) => word !== ''),
]);
const WORD = `(?:${[...VALUES.keys(), 'hundred', 'thousand'].join('|')})`;

/** A number written in figures ("230", "1,000") or English words ("two hundred and thirty", "a hundred"). */
export const NUMBER_PATTERN = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:a[\\s-]+(?=hundred|thousand))?${WORD}(?:(?:[\\s-]+and)?[\\s-]+${WORD})*)`;

/** The value of a number matched by {@link NUMBER_PATTERN}; null when the words do not make a number. */
export function numberValue(text: string): number | null {
  const figures = text.replaceAll(',', '');
  if (/^\d+$/u.test(figures)) {
    return Number.parseInt(figures, 10);
  }
  let total = 0;
  let current = 0;
  for (const word of text.toLowerCase().split(/[\s-]+/u)) {
    if (word === 'a' || word === 'and') {
      continue;
    }
    if (word === 'hundred') {
      current = (current === 0 ? 1 : current) * 100;
    } else if (word === 'thousand') {
      total += (current === 0 ? 1 : current) * 1000;
      current = 0;
    } else {
      const value = VALUES.get(word);
      if (value === undefined) {
        return null;
      }
      current += value;
    }
  }
  return total + current;
}
