import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLetterText } from '../../src-common/import/build-letter';
import { parseNotesBlock, splitNoteMarkers } from '../../src-common/import/notes-block';
import { BODY_FIELD, readLetterMeta } from '../../src-common/letter/letter-doc';
import { bodyToJson } from '../../src-common/letter/prosemirror-json';
import { readNotes } from '../../src-common/notes/notes-doc';
import { collectNoteReferences, numberNotes } from '../../src-common/notes/numbering';
import { blockLines, headingOf, linesOf, segmentLetter } from '../../src-common/import/segment';

const fixture = readFileSync(
  join(__dirname, '..', 'fixtures', 'cfu-230-groups-bachelet-letter.txt'),
  'utf8',
).split('\n');

describe('segmenting the fixture letter as pasted from its web page', () => {
  const segments = segmentLetter(fixture);

  it('finds the title after the press-release preamble', () => {
    expect(linesOf(fixture, segments.title)).toEqual([
      'CFU Joins 230 Organizations Demanding UN High Commissioner for Human Rights’ Resignation',
    ]);
    expect(linesOf(fixture, segments.preamble).at(-1)).toBe(
      'Read the full letter below, or click the link to view the PDF:',
    );
  });

  it('keeps the body between the title and "Signed by:"', () => {
    const body = linesOf(fixture, segments.body);
    expect(body[0]).toMatch(/^We, over 230 Uyghur, Tibetan/u);
    expect(body.at(-1)).toMatch(/^The failed visit by the High Commissioner/u);
    expect(body).toHaveLength(10);
  });

  it('takes the signatory block up to "Editors Notes:", and the notes up to the page’s "Share" line', () => {
    expect(headingOf(fixture, segments.signatories)).toBe('Signed by');
    expect(blockLines(fixture, segments.signatories)[0]).toBe('Act with HK');
    expect(headingOf(fixture, segments.notes)).toBe('Editors Notes');
    expect(linesOf(fixture, segments.junk)[0]).toBe('Share');
    expect(linesOf(fixture, segments.junk)).toContain('Read MORE');
  });

  it('reads the ten notes, keeping an address pushed to the next line with its note', () => {
    const notes = parseNotesBlock(fixture.slice(segments.notes.start, segments.notes.end));
    expect(notes.map((note) => note.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(notes[2]?.text).toMatch(/26 June 2020:\nhttps:\/\/www\.ohchr\.org\/en\/press-releases/u);
    expect(notes[6]?.text).toMatch(/^‘Tibet’ refers to the three Tibetan provinces/u);
  });
});

describe('note markers in the body', () => {
  it('turns [n] into a reference only for known notes, leaving other brackets as text', () => {
    const paragraph =
      'not propose the renewal of her mandate [1] and demand … in East Turkistan [Ch: Xinjiang Uyghur Autonomous Region].';
    expect(splitNoteMarkers(paragraph, new Set([1]))).toEqual([
      { text: 'not propose the renewal of her mandate' },
      { noteNumber: 1 },
      { text: ' and demand … in East Turkistan [Ch: Xinjiang Uyghur Autonomous Region].' },
    ]);
    expect(splitNoteMarkers('A claim [12].', new Set([1]))).toEqual([{ text: 'A claim [12].' }]);
  });
});

describe('segmenting text without headings', () => {
  it('treats everything as body when there are no blocks', () => {
    const lines = ['A title', '', 'First paragraph.', 'Second paragraph.'];
    const segments = segmentLetter(lines);
    expect(linesOf(lines, segments.title)).toEqual(['A title']);
    expect(linesOf(lines, segments.body)).toEqual(['First paragraph.', 'Second paragraph.']);
    expect(linesOf(lines, segments.signatories)).toEqual([]);
    expect(linesOf(lines, segments.notes)).toEqual([]);
  });
});

describe('importing the fixture letter', () => {
  let counter = 0;
  const imported = importLetterText(fixture.join('\n'), () => `note-${(counter += 1)}`);

  it('builds a letter with its title, ten paragraphs and ten referenced notes', () => {
    expect(readLetterMeta(imported.doc)).toMatchObject({
      title: 'CFU Joins 230 Organizations Demanding UN High Commissioner for Human Rights’ Resignation',
      notesHeading: 'Editors Notes',
    });
    const body = bodyToJson(imported.doc.getXmlFragment(BODY_FIELD));
    expect(body.content).toHaveLength(10);
    const references = collectNoteReferences(body);
    expect([...numberNotes(references).values()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(readNotes(imported.doc)).toHaveLength(10);
    expect(imported.missingNotes).toEqual([]);
    expect(imported.unusedNotes).toEqual([]);
  });

  it('keeps bracketed text that is not a note, and the notes’ addresses', () => {
    expect(JSON.stringify(bodyToJson(imported.doc.getXmlFragment(BODY_FIELD)))).toContain(
      '[Ch: Xinjiang Uyghur Autonomous Region]',
    );
    expect(imported.notes.find((note) => note.number === 7)?.urls).toEqual([]);
    expect(imported.notes.find((note) => note.number === 5)?.urls).toHaveLength(2);
  });

  it('hands the signatory block to the clean-up engine', () => {
    expect(imported.signatoryLines[0]).toBe('Act with HK');
    expect(imported.signatoryLines.length).toBeGreaterThan(150);
  });
});
