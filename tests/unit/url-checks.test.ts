import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotesBlock } from '../../src-common/import/notes-block';
import { checkNoteUrls, findDuplicateUrls, findUrls } from '../../src-common/notes/url-checks';

/** The fixture letter's "Editors Notes", by number, as published (URLs broken by the PDF copy included). */
function fixtureNotes(): Map<number, string> {
  const text = readFileSync(join(__dirname, '..', 'fixtures', 'cfu-230-groups-bachelet-letter.txt'), 'utf8');
  const section = text.slice(
    text.indexOf('Editors Notes:') + 'Editors Notes:'.length,
    text.indexOf('\nShare'),
  );
  return new Map(parseNotesBlock(section.split('\n')).map((note) => [note.number, note.text]));
}

describe('web addresses in the fixture letter’s notes', () => {
  const notes = fixtureNotes();

  it('reads ten notes', () => {
    expect([...notes.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('finds the addresses split by a space in notes 2, 3, 9 and 10, and offers the joined address', () => {
    const split = [...notes].filter(([, text]) =>
      checkNoteUrls(text).some((issue) => issue.kind === 'split-url'),
    );
    expect(split.map(([number]) => number)).toEqual([2, 3, 9, 10]);
    const fix = checkNoteUrls(notes.get(9) ?? '')[0]?.fix;
    expect(fix?.replace).toBe(
      'https://www.hrw.org/report/2017/09/05/costs-international-advocacy/chinas-interference-united-nations-human-rights',
    );
    expect(checkNoteUrls(notes.get(2) ?? '')[0]?.message).toContain('michelle-bachelet-after-official');
    expect(checkNoteUrls(notes.get(3) ?? '')[0]?.fix?.replace).toBe(
      'https://www.ohchr.org/en/press-releases/2020/06/un-experts-call-decisive-measures-protect-fundamental-freedoms-china?LangID=E&NewsID=26006',
    );
    expect(checkNoteUrls(notes.get(10) ?? '')[0]?.fix?.replace).toMatch(/postpone-her-visit-to-china\/$/u);
  });

  it('sees no address in note 7 and two in notes 4 and 5', () => {
    expect(findUrls(notes.get(7) ?? '')).toEqual([]);
    expect(findUrls(notes.get(4) ?? '')).toHaveLength(2);
    expect(findUrls(notes.get(5) ?? '')).toEqual([
      'https://www.bbc.co.uk/news/resources/idt-8df450b3-5d6d-4ed8-bdcc-bd99137eadc3',
      'https://www.xinjiangpolicefiles.org/',
    ]);
  });

  it('raises nothing for the well-formed notes', () => {
    for (const number of [1, 4, 5, 6, 7, 8]) {
      expect(checkNoteUrls(notes.get(number) ?? '')).toEqual([]);
    }
  });
});

describe('other address problems', () => {
  it('does not join a word that merely follows an address', () => {
    expect(checkNoteUrls('See https://uhrp.org/report now')).toEqual([]);
    expect(checkNoteUrls('See https://uhrp.org/report for the full text.')).toEqual([]);
  });

  it('notices a missing scheme and offers https', () => {
    expect(checkNoteUrls('Available at www.tibet.net/report.')).toEqual([
      {
        kind: 'missing-scheme',
        url: 'www.tibet.net/report',
        message: 'This address has no https:// in front.',
        fix: { find: 'www.tibet.net/report', replace: 'https://www.tibet.net/report' },
      },
    ]);
  });

  it('keeps a bracket that belongs to the address, and flags one that does not close', () => {
    expect(findUrls('(see https://en.wikipedia.org/wiki/Tibet_(region))')).toEqual([
      'https://en.wikipedia.org/wiki/Tibet_(region)',
    ]);
    expect(checkNoteUrls('https://example.org/a(b').map((issue) => issue.kind)).toEqual([
      'unbalanced-brackets',
    ]);
  });

  it('prefers the https address the library already has', () => {
    const issues = checkNoteUrls('http://hkdc.us/report', new Set(['https://hkdc.us/report']));
    expect(issues).toMatchObject([{ kind: 'insecure-url', fix: { replace: 'https://hkdc.us/report' } }]);
  });

  it('reports the same address cited in two notes', () => {
    const duplicates = findDuplicateUrls([
      { id: 'a', text: 'OHCHR https://www.ohchr.org/x' },
      { id: 'b', text: 'Again: https://www.ohchr.org/x.' },
      { id: 'c', text: 'https://other.org' },
    ]);
    expect([...duplicates.keys()]).toEqual(['a', 'b']);
    expect(duplicates.get('a')?.[0]?.message).toBe('The same address is cited in 2 notes.');
  });
});

describe('a note with many addresses on one line', () => {
  it('finds every address and the one broken at the end', () => {
    // Each address used to read the rest of the note after it: seconds for a few hundred kilobytes.
    const text = `${'https://example.org/x '.repeat(50_000)}https://example.org/human-r ights`;
    expect(findUrls(text)).toHaveLength(50_001);
    const issues = checkNoteUrls(text);
    expect(issues.map((issue) => issue.kind)).toEqual(['split-url']);
    expect(issues[0]?.fix).toEqual({
      find: 'https://example.org/human-r ights',
      replace: 'https://example.org/human-rights',
    });
  });
});
