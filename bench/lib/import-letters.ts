// Letters just under the import's line limit, for bench/scenarios/import.ts. They live here, not in scenarios/,
// because every module in scenarios/ is loaded as a scenario.

const BODY_LINES = 95_000;
// A very large coalition beside a very long text: the body dominates.
export const LONG_TEXT_SIGNATORY_LINES = 2_000;
const NOTE_LINES = 900;
// A letter that is nearly all list: the clean-up engine (splits, fragments, duplicates) dominates.
const LIST_BODY_LINES = 100;
export const LONG_LIST_SIGNATORY_LINES = 98_000;
const LIST_NOTE_LINES = 100;

/** A letter of 95,000 short paragraphs with marks, links and note references, 2,000 signatories and 900 notes. */
export function longTextLetter(): string {
  const body = Array.from(
    { length: BODY_LINES },
    (_, index) =>
      // Short paragraphs, formatted every few words, to fill the size limit as well as the line limit.
      `${index} **calls** *on* [us](https://e.org/${index}).[${(index % NOTE_LINES) + 1}]`,
  );
  return letter('A very long letter', body, signatoryLines(LONG_TEXT_SIGNATORY_LINES), noteLines(NOTE_LINES));
}

/** A letter of 98,000 numbered signatory lines (names alike but for one word), 100 paragraphs and 100 notes. */
export function longListLetter(): string {
  const body = Array.from(
    { length: LIST_BODY_LINES },
    (_, index) => `Paragraph ${index} calls on the Council to act.[${(index % LIST_NOTE_LINES) + 1}]`,
  );
  return letter(
    'A letter signed by a very large coalition',
    body,
    signatoryLines(LONG_LIST_SIGNATORY_LINES),
    noteLines(LIST_NOTE_LINES),
  );
}

function letter(title: string, body: string[], signatories: string[], notes: string[]): string {
  return [`# ${title}`, ...body, 'Signed by:', ...signatories, 'Notes', ...notes].join('\n');
}

function signatoryLines(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${index + 1}. Organization ${words(index)}`);
}

function noteLines(count: number): string[] {
  return Array.from(
    { length: count },
    (_, index) => `[${index + 1}] Source ${index}: https://example.org/notes/${index}`,
  );
}

// Distinct names made of letters, as organizations are named (digits would all fold to one name).
function words(index: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor(rest / 26)) {
    name += letters[rest % 26] ?? 'a';
  }
  return `Alliance ${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`;
}
