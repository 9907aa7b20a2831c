import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLetterText, type ImportedLetter } from '../../src-common/import/build-letter';
import { htmlToLetterText } from '../../src-common/import/html-letter-text';
import { letterTextFrom } from '../../src-common/import/letter-text';
import { BODY_FIELD, readLetterMeta } from '../../src-common/letter/letter-doc';
import { bodyToJson, type ProseMirrorJson } from '../../src-common/letter/prosemirror-json';
import { readNotes } from '../../src-common/notes/notes-doc';
import { collectNoteReferences } from '../../src-common/notes/numbering';
import { wordFileText } from '../../src-main/import/word-text';
import { footnotesLetterDocx } from '../fixtures/import/footnotes-docx';

const FIXTURES = join(__dirname, '..', 'fixtures', 'import');

function importText(text: string): ImportedLetter {
  let counter = 0;
  return importLetterText(text, () => `id-${(counter += 1)}`);
}

function body(imported: ImportedLetter): ProseMirrorJson[] {
  return bodyToJson(imported.doc.getXmlFragment(BODY_FIELD)).content ?? [];
}

/** Every text node of the body with the marks it carries, as "text|bold,link:https://…". */
function markedTexts(imported: ImportedLetter): string[] {
  const found: string[] = [];
  const walk = (node: ProseMirrorJson) => {
    if (node.type === 'text' && node.marks) {
      const marks = node.marks.map((mark) =>
        mark.type === 'link' ? `link:${String(mark.attrs?.href)}` : mark.type,
      );
      found.push(`${node.text ?? ''}|${marks.join(',')}`);
    }
    node.content?.forEach(walk);
  };
  body(imported).forEach(walk);
  return found;
}

/** The note ids the body refers to, and the notes' own ids, to see that every reference is linked. */
function referencesAndNotes(imported: ImportedLetter): { references: string[]; notes: string[] } {
  return {
    references: collectNoteReferences(bodyToJson(imported.doc.getXmlFragment(BODY_FIELD))),
    notes: readNotes(imported.doc).map((note) => note.id),
  };
}

describe('an HTML page with a table of signatories', () => {
  const imported = importText(
    htmlToLetterText(readFileSync(join(FIXTURES, 'signatories-table.html'), 'utf8')),
  );

  it('takes the page’s main heading as the title, not its menu', () => {
    expect(imported.title).toBe('Joint Letter Urging Action on Arbitrary Detention in Tibet');
    expect(imported.paragraphs).not.toContain('Home News');
  });

  it('keeps bold, italic and links in the body, and the numbered demands as a numbered list', () => {
    expect(markedTexts(imported)).toEqual([
      'undersigned organizations|bold',
      'deep concern|italic',
      'Universal Declaration of Human Rights|link:https://www.un.org/en/about-us/universal-declaration-of-human-rights',
      'immediate release|bold',
    ]);
    const list = body(imported).find((node) => node.type === 'orderedList');
    expect(list?.content).toHaveLength(3);
    expect(imported.paragraphs).toContain('Support independent access to the region.');
  });

  it('turns superscript numbers into references to the listed notes, which keep their addresses', () => {
    const { references, notes } = referencesAndNotes(imported);
    expect(references).toEqual(notes);
    expect(imported.notes).toEqual([
      expect.objectContaining({ number: 1, urls: ['https://www.ohchr.org/en/documents/wgad-2023'] }),
      expect.objectContaining({ number: 2, urls: ['https://www.hrw.org/news/2024/01/tibet-schools'] }),
    ]);
    expect(imported.notes[1]?.text).not.toMatch(/Share|Facebook|©/u);
    expect(readLetterMeta(imported.doc).notesHeading).toBe('References');
  });

  it('reads each table row as an organization and its country, without the column headings', () => {
    expect(imported.signatories).toEqual([
      { name: 'Tibet Initiative Deutschland', country: 'Germany', kind: 'organization' },
      { name: 'Students for a Free Tibet', country: 'Canada', kind: 'organization' },
      { name: 'International Tibet Network', country: 'United Kingdom', kind: 'organization' },
      { name: 'Tibetan Women’s Association', country: 'India', kind: 'organization' },
    ]);
  });
});

describe('a Markdown file with front matter and a numbered list of signatories', () => {
  const imported = importText(
    letterTextFrom(readFileSync(join(FIXTURES, 'front-matter.md'), 'utf8'), 'markdown'),
  );

  it('takes the title and date from the front matter and leaves the front matter out of the letter', () => {
    expect(imported.title).toBe('Open Letter: Stop the Transnational Repression of Uyghurs');
    expect(readLetterMeta(imported.doc).publicationDate).toBe('2023-09-14');
    expect(imported.paragraphs.join(' ')).not.toMatch(/layout|tags|---/u);
  });

  it('joins a paragraph wrapped over two lines, and keeps its emphasis and link as marks', () => {
    expect(imported.paragraphs).toHaveLength(2);
    expect(imported.paragraphs[0]).toMatch(
      /of Uyghurs living abroad, as documented by Amnesty International\.\[1\]$/u,
    );
    expect(markedTexts(imported)).toEqual([
      'European Union|bold',
      'transnational repression|italic',
      'Amnesty International|link:https://www.amnesty.org/en/documents/asa17/2023/',
    ]);
  });

  it('reads "1. Name, Country" lines as names with their country, and a Markdown link in a note as its address', () => {
    expect(imported.signatories).toEqual([
      { name: 'World Uyghur Congress', country: 'Germany', kind: 'organization' },
      { name: 'Uyghur Human Rights Project', country: 'United States', kind: 'organization' },
      { name: 'Campaign for Uyghurs', kind: 'organization' },
      { name: 'Uyghur Association Victoria', country: 'Australia', kind: 'organization' },
    ]);
    expect(imported.notes[1]).toEqual({
      number: 2,
      text: 'Report on students abroad (https://example.org/students-report)',
      urls: ['https://example.org/students-report'],
    });
    expect(referencesAndNotes(imported).references).toHaveLength(2);
  });
});

describe('a Word file with footnotes', () => {
  it('makes the footnotes the letter’s notes, linked where the text refers to them', async () => {
    const text = await wordFileText('letter.docx', await footnotesLetterDocx());
    const imported = importText(text);
    expect(imported.title).toBe('Open Letter on the Protection of Defenders');
    expect(imported.notes.map((note) => [note.number, note.urls])).toEqual([
      [1, ['https://www.ohchr.org/en/statements/2022/05/statement-un-high-commissioner']],
      [2, ['https://www.ohchr.org/en/press-releases/2020/06']],
    ]);
    expect(imported.notes[0]?.text).toMatch(/^Statement by the High Commissioner, 28 May 2022: https:/u);
    const { references, notes } = referencesAndNotes(imported);
    expect(references).toEqual(notes);
    expect(markedTexts(imported)).toEqual([
      'grave concern|bold',
      'High Commissioner|italic',
      'full report|link:https://example.org/report',
    ]);
    expect(body(imported).filter((node) => node.type === 'orderedList')).toHaveLength(1);
    expect(imported.signatories).toEqual([
      { name: 'Tibet Action Network', country: 'Canada', kind: 'organization' },
      { name: 'Uyghur Rights Group', country: 'Germany', kind: 'organization' },
      { name: 'Friends of Hong Kong', country: 'United Kingdom', kind: 'organization' },
    ]);
  });
});

describe('a Markdown export of a letter, read back', () => {
  it('reads Markdown footnotes "[^n]" and "[^n]: …" as linked notes with their addresses', () => {
    const markdown = readFileSync(join(__dirname, '..', 'fixtures', 'golden', 'cfu-letter.md'), 'utf8');
    const imported = importText(letterTextFrom(markdown, 'markdown'));
    expect(imported.title).toBe(
      'CFU Joins 230 Organizations Demanding UN High Commissioner for Human Rights’ Resignation',
    );
    expect(imported.notes.map((note) => note.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(imported.notes[4]?.urls[0]).toMatch(/^https:\/\/www\.bbc\.co\.uk\/news\//u);
    expect(imported.missingNotes).toEqual([]);
    expect(imported.unusedNotes).toEqual([]);
    expect(imported.paragraphs[0]).toMatch(/in East Turkistan \[Ch: Xinjiang Uyghur Autonomous Region\]\.$/u);
    expect(readLetterMeta(imported.doc).notesHeading).toBe('Editors’ Notes');
  });
});

describe('Markdown-style formatting in plain text', () => {
  it('leaves underscores inside words and addresses, and lone asterisks, as text', () => {
    const imported = importText(
      'Title\n\nSee https://example.org/a_b_c and snake_case_name, 5 * 3 = 15, **unclosed.',
    );
    expect(markedTexts(imported)).toEqual([]);
    expect(imported.paragraphs).toEqual([
      'See https://example.org/a_b_c and snake_case_name, 5 * 3 = 15, **unclosed.',
    ]);
  });

  it('makes "# Heading" lines headings and "- item" lines a bulleted list', () => {
    const imported = importText('# The title\n\n## Our demands\n\n- one\n- _two_\n\nEnd.');
    expect(imported.title).toBe('The title');
    expect(body(imported).map((node) => node.type)).toEqual(['heading', 'bulletList', 'paragraph']);
    expect(markedTexts(imported)).toEqual(['two|italic']);
  });
});
