import { describe, expect, it } from 'vitest';
import { importLetterText } from '../../src-common/import/build-letter';
import { isoDate, readFrontMatter } from '../../src-common/import/front-matter';
import { assignLine, linesOf, partOfLine, segmentLetter } from '../../src-common/import/segment';

const LINES = [
  'Coalition news', // 0 preamble
  'Our letter', // 1 title
  'First paragraph.', // 2 body
  'Second paragraph.', // 3 body
  'Signed by:', // 4 signatories
  'Free Tibet',
  'Tibet Watch',
  'Notes', // 7 notes
  '[1] https://example.org',
  'Share', // 9 junk
];

describe('moving the boundaries between parts in the review screen', () => {
  const found = segmentLetter(LINES, { knownTitle: 'Our letter', from: 1 });

  it('starts from the parts found, each heading the first line of its block', () => {
    expect(LINES.map((_line, index) => partOfLine(found, index))).toEqual([
      'preamble',
      'title',
      'body',
      'body',
      'signatories',
      'signatories',
      'signatories',
      'notes',
      'notes',
      'junk',
    ]);
  });

  it('moves a part’s start up to a line, taking the lines between with it', () => {
    const moved = assignLine(found, 3, 'signatories', LINES.length);
    expect(linesOf(LINES, moved.body)).toEqual(['First paragraph.']);
    expect(linesOf(LINES, moved.signatories)[0]).toBe('Second paragraph.');
  });

  it('moves a part’s end down to a line, and later parts start after it', () => {
    const moved = assignLine(found, 9, 'notes', LINES.length);
    expect(linesOf(LINES, moved.notes)).toEqual(['Notes', '[1] https://example.org', 'Share']);
    expect(moved.junk).toEqual({ start: 10, end: 10 });
    const preamble = assignLine(found, 2, 'preamble', LINES.length);
    expect(linesOf(LINES, preamble.preamble)).toEqual(['Coalition news', 'Our letter', 'First paragraph.']);
    expect(preamble.title).toEqual({ start: 3, end: 3 });
  });

  it('joins a title wrapped over two lines', () => {
    const segments = assignLine(found, 0, 'title', LINES.length);
    expect(importLetterText(LINES.join('\n'), () => 'id', { segments }).title).toBe(
      'Coalition news Our letter',
    );
  });

  it('imports with the moved boundaries, and nothing from the left-out parts', () => {
    const titled = assignLine(assignLine(found, 0, 'title', LINES.length), 1, 'body', LINES.length);
    const segments = assignLine(titled, 7, 'junk', LINES.length);
    const imported = importLetterText(LINES.join('\n'), () => 'id', { segments });
    expect(imported.title).toBe('Coalition news');
    expect(imported.paragraphs).toEqual(['Our letter', 'First paragraph.', 'Second paragraph.']);
    expect(imported.notes).toEqual([]);
    expect(imported.signatories.map((entry) => entry.name)).toEqual(['Free Tibet', 'Tibet Watch']);
  });
});

describe('front matter', () => {
  it('reads the title and date, and knows where the front matter ends', () => {
    expect(
      readFrontMatter(['---', "title: 'A letter'", 'date: 23 May 2022', 'layout: post', '---', 'Text']),
    ).toEqual({
      title: 'A letter',
      date: '2022-05-23',
      lineCount: 5,
    });
    expect(readFrontMatter(['---', 'not closed', 'Text'])).toEqual({ lineCount: 0 });
    expect(readFrontMatter(['Text', '---'])).toEqual({ lineCount: 0 });
  });

  it('reads the ways dates are written, and refuses dates that do not exist', () => {
    expect(isoDate('2022-05-23T10:00:00Z')).toBe('2022-05-23');
    expect(isoDate('May 23, 2022')).toBe('2022-05-23');
    expect(isoDate('2022-02-30')).toBeNull();
    expect(isoDate('soon')).toBeNull();
  });
});
