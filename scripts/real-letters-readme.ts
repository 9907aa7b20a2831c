// `npm run corpus:readme`: writes tests/fixtures/real-letters/README.md, the corpus' format and its table of letters,
// from each folder's truth.json, so the table never disagrees with the letters.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, loadCorpus, type CorpusLetter } from '../tests/support/real-letters/corpus';

const INTRO = `# Real letters: the import's scorecard

Published sign-on letters as people really paste or save them, each beside what a careful reader finds in it.
\`npm run bench -- import-accuracy\` imports every letter exactly as \`npm run cli -- import\` does and scores the
result; \`tests/unit/import-accuracy.test.ts\` (part of \`npm test\`) holds the totals to \`scorecard-floor.json\`,
and \`npm run scorecard:record\` raises that floor once the import does better (or takes in new letters). The
floor covers the letters listed in it: a letter added later counts once the floor is recorded again. Recording
refuses to lower a figure over the same letters unless given \`-- --lower\` (after a truth file is corrected).

## A letter's folder

\`<form>-<language>-<name>/\`, the form being \`html\`, \`md\`, \`pdf\` (text copied out of a PDF) or \`docx\`:

- \`input.html\`, \`input.md\`, \`input.txt\` or \`input.docx\`: the letter as published, untouched;
- \`source.md\`: where it comes from and under what terms;
- \`truth.json\`: what the import should make of it, written by hand:

| field | meaning |
| --- | --- |
| \`source\` | the address (or description) of the published letter; \`retrievedFrom\` where the copy was taken |
| \`language\` | its language (BCP 47: \`en\`, \`pt\`, \`zh-Hant\`) |
| \`shapes\` | what makes it hard to read: \`html-table-numbered\`, \`page-furniture\`… |
| \`input\` | the input file's name |
| \`title\`, \`body\` | the title, and the body's paragraphs as plain text |
| \`notes\` | each note's \`number\` and its \`urls\` |
| \`signatories\` | \`{ name, kind: organization or person, country?, chapter?, affiliation? }\`, in the letter's order |
| \`duplicates\` | names that are the same signatory listed twice |
| \`countClaims\` | each claim of how many signed (\`text\`, \`count\`) and whether it \`holds\` for the real list |
| \`furniture\` | lines of the page around the letter (menus, "Share") that must not end up in it |
| \`hardCases\` | what a reader of the input should know, in words |
| \`outOfReach\` | what the truth holds that the import does not reach from this input, and why (listed below the table) |

## How the scorecard compares

Names, titles, paragraphs and furniture are compared after normalising: case, accents (of Latin, Greek and
Cyrillic letters), punctuation and whitespace, Markdown marks and note markers, and a name's leading "The".
Signatories are matched by name as multisets (a name listed twice must be imported twice to be found twice,
unless the truth's \`duplicates\` say the two are one signatory and the import merged them: the merged entry
counts on neither side); a name that kept its chapter ("Students for a Free Tibet – Canada") matches the
truth's name and chapter. Countries are scored on matched
signatories that the truth gives one; a note is found when its number has all its addresses; addresses must be
exact. A furniture line is kept when it is, or is inside, an imported title, paragraph, note or name (a line of up
to three words only inside an item of up to twelve: "Share" inside a long paragraph is a word, not furniture). A
count claim is a false problem when it holds but the import flagged it, a missed one when it does not hold and
the import said nothing.

## The letters

This table is written by \`npm run corpus:readme\` from the truth files.
`;

function cell(text: string): string {
  return text.replace(/\|/gu, '\\|').replace(/\s+/gu, ' ');
}

function row(letter: CorpusLetter): string {
  const { truth } = letter;
  return `| ${[letter.slug, truth.language, truth.shapes.join(', '), truth.source].map(cell).join(' | ')} |`;
}

// The letters' shortfalls that no import of their input can make up: the figures stop short of 1 for these reasons.
function outOfReach(letters: readonly CorpusLetter[]): string {
  const items = letters.flatMap((letter) =>
    letter.truth.outOfReach.map((reason) => `- \`${letter.slug}\`: ${reason.replace(/\s+/gu, ' ')}`),
  );
  if (items.length === 0) {
    return '';
  }
  return `\n## What the import does not reach, and why\n\n${items.join('\n')}\n`;
}

function main(): void {
  const corpus = loadCorpus(CORPUS_DIR, (line) => console.warn(line));
  const table = [
    '| letter | language | shapes | source |',
    '| --- | --- | --- | --- |',
    ...corpus.letters.map(row),
  ];
  const text = `${INTRO}\n${table.join('\n')}\n${outOfReach(corpus.letters)}`;
  const path = join(CORPUS_DIR, 'README.md');
  // Left unpadded (tests/fixtures is outside Prettier): a new letter adds one line to the diff, not the whole table.
  writeFileSync(path, text);
  console.log(`Wrote ${path}: ${corpus.letters.length} letters.`);
}

main();
