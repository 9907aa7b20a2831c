import { describe, expect, it } from 'vitest';
import { importLetterText } from '../../src-common/import/build-letter';
import { IMPORT_LIMITS, importTooLarge } from '../../src-common/limits';
import { importReport } from '../../src-common/api/import-report';
import { splitLines } from '../../src-common/import/segment';
import { BODY_FIELD } from '../../src-common/letter/letter-doc';
import { bodyToJson } from '../../src-common/letter/prosemirror-json';
import { collectNoteReferences, collectNoteReferencesIn } from '../../src-common/notes/numbering';
import { parseSignatoryBlock } from '../../src-common/signatories/cleanup/block-parser';
import { MAX_NAME_LENGTH } from '../../src-common/signatories/signatory';
import { distinctWord } from '../support/long-lists';

// The importer takes any text under its caps and never throws on it. No timing here (see `npm run bench -- import`):
// these only check that the inputs that used to overflow the stack or fail validation import. Each runs at the
// smallest size that still proves its point; the letters at the caps are imported by `npm run bench -- import`.

// Enough lines for numbers past 999; that 99,000 lines are under the line limit is checked on the text alone.
const SIGNATORY_LINES = 2_000;
const LINES_UNDER_LIMIT = 99_000;
// Three suggestions a line: 125,999 in all, past the about 124,900 arguments a spread fits on Node's default stack.
// The code before the loops overflowed at 42,000 lines and imported 40,000.
const MERGED_LINES = 42_000;

function importText(text: string) {
  let id = 0;
  const imported = importLetterText(text, () => `id-${(id += 1)}`);
  return { imported, report: importReport(imported) };
}

function numberedList(count: number): string {
  const signatories = Array.from(
    { length: count },
    (_, index) => `${index + 1}. ${distinctWord(index)} Alliance`,
  );
  return ['# Our letter', 'We call on the Council.', 'Signed by:', ...signatories].join('\n');
}

describe('a letter that is nearly all signatories', () => {
  it('is under the line limit with 99,000 signatory lines', () => {
    // Names do not matter to the count of lines, so they are not made distinct here.
    const lines = Array.from({ length: LINES_UNDER_LIMIT }, (_, index) => `${index + 1}. Alliance`);
    const text = ['# Our letter', 'We call on the Council.', 'Signed by:', ...lines].join('\n');
    expect(splitLines(text).length).toBeLessThan(IMPORT_LIMITS.lines);
    expect(importTooLarge(text)).toBeNull();
  });

  it('imports one signatory per numbered line, with nothing to clean up', () => {
    const { imported, report } = importText(numberedList(SIGNATORY_LINES));

    expect(imported.signatoryLines).toHaveLength(SIGNATORY_LINES);
    expect(imported.signatories).toHaveLength(SIGNATORY_LINES);
    // Numbers past 999 are numbering too, not part of the name.
    expect(imported.signatories[SIGNATORY_LINES - 1]?.name).toBe(
      `${distinctWord(SIGNATORY_LINES - 1)} Alliance`,
    );
    expect(report.problems.filter((problem) => problem.location?.section === 'signatories')).toEqual([]);
    imported.doc.destroy();
  });
});

describe('a list with as many suggestions as lines, and more', () => {
  it('lists 126,000 suggestions without overflowing the stack', () => {
    // Each line holds the same organization twice: a split each, then every part but one is a repeat.
    const parse = parseSignatoryBlock(
      Array.from({ length: MERGED_LINES }, () => 'Tibet Foundation Tibet Foundation').join('\n'),
    );

    expect(parse.suggestions).toHaveLength(3 * MERGED_LINES - 1);
    expect(parse.problems).toHaveLength(3 * MERGED_LINES - 1);
  });
});

describe('text that cannot be a name', () => {
  it('leaves out a line too long to be a name, and says so, instead of failing the import', () => {
    const paragraph = `Tibet ${'and the Council '.repeat(40)}`.trim();
    const text = ['# Our letter', 'We call on the Council.', 'Signed by:', 'Free Tibet', paragraph].join(
      '\n',
    );

    const { imported, report } = importText(text);

    expect(paragraph.length).toBeGreaterThan(MAX_NAME_LENGTH);
    expect(imported.signatories).toEqual([{ name: 'Free Tibet', kind: 'organization' }]);
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        kind: 'merged-line',
        // Lines of the signatory block, as every signatory problem counts them.
        location: { section: 'signatories', line: 2 },
        message: expect.stringContaining('so it is left out of the list'),
      }),
    );
    imported.doc.destroy();
  });

  it('quotes a column of thousands of fragment lines only in part', () => {
    const column = Array.from({ length: 5_000 }, () => 'Canada Denmark').join('\n');
    const parse = parseSignatoryBlock(`Free Tibet\nFree Tibet\n${column}`);

    expect(parse.problems).toHaveLength(1);
    expect(parse.problems[0]?.message.length).toBeLessThan(1_000);
  });
});

describe('the report of a long letter', () => {
  it('finds the note references in the body itself, as its JSON has them', () => {
    const text = [
      '# Our letter',
      'The Council must act.[2] It said so before.[1]',
      '- A list item citing a report.[3]',
      '  - A nested item citing it again.[3]',
      'A paragraph with **bold** and [a link](https://example.org).[1]',
      'Notes',
      '[1] First source https://example.org/1',
      '[2] Second source https://example.org/2',
      '[3] Third source https://example.org/3',
    ].join('\n');
    const { imported } = importText(text);
    const body = imported.doc.getXmlFragment(BODY_FIELD);

    expect(collectNoteReferencesIn(body)).toHaveLength(5);
    expect(collectNoteReferencesIn(body)).toEqual(collectNoteReferences(bodyToJson(body)));
    imported.doc.destroy();
  });
});

describe('one very long paragraph of formatted text', () => {
  it('keeps every run and its marks', () => {
    // 10,000 runs on one line: written run by run, each run used to walk all the runs before it.
    const runs = 10_000;
    const line = Array.from({ length: runs }, (_, index) => `w${index} **b${index}** *i${index}*`).join(' ');
    const { imported } = importText(`# A letter\n${line}\nSigned by:\nFree Tibet`);
    const paragraph = bodyToJson(imported.doc.getXmlFragment(BODY_FIELD)).content?.[0];
    const texts = paragraph?.content ?? [];
    expect(texts.map((node) => node.text ?? '').join('')).toBe(line.replace(/\*+/gu, ''));
    const marked = (type: string) => texts.filter((node) => node.marks?.some((mark) => mark.type === type));
    expect(marked('bold').map((node) => node.text)).toEqual(Array.from({ length: runs }, (_, i) => `b${i}`));
    expect(marked('italic')).toHaveLength(runs);
  });
});

describe('one very long line of opening brackets', () => {
  it('keeps the brackets as text, next to a link', () => {
    // Each "[" used to search the rest of the line for its "]": minutes for a line of a few megabytes.
    const brackets = '['.repeat(200_000);
    const { imported } = importText(
      `# A letter\n[site](https://example.org) ${brackets}\nSigned by:\nFree Tibet`,
    );
    expect(imported.paragraphs).toEqual([`site ${brackets}`]);
    const paragraph = bodyToJson(imported.doc.getXmlFragment(BODY_FIELD)).content?.[0];
    const linked = (paragraph?.content ?? []).filter((node) =>
      node.marks?.some((mark) => mark.type === 'link'),
    );
    expect(linked.map((node) => node.text)).toEqual(['site']);
  });
});
