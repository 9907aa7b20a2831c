import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { z } from 'zod';
import { findNoteProblems } from '../../src-common/notes/note-problems';
import { BODY_FIELD } from '../../src-common/letter/letter-doc';
import { addNote, NOTE_REFERENCE_NODE } from '../../src-common/notes/notes-doc';
import { problemSchema } from '../../src-common/problems';
import { readLetterFile, writeLetterFile } from '../../src-common/letter-file/letter-file';
import { renderModelFromState, type RenderModel } from '../../src-common/render/render-model';
import { readCfuLetter } from '../fixtures/build-cfu-letter';
import { longLetterState } from '../support/long-letter';
import { printedSignatories, sectionText, withoutPageNumbers } from '../support/published-signatories';
import { cli, cliProcess, type CliRun } from '../support/cli';
import { tempDir } from '../support/temp';

const ROOT = join(__dirname, '..', '..');
const LETTER = join(ROOT, 'tests', 'fixtures', 'cfu-letter.letter.json');
const GOLDEN = join(ROOT, 'tests', 'fixtures', 'golden');

function fixtureModel(): RenderModel {
  const read = readLetterFile(readFileSync(LETTER, 'utf8'));
  if (!read.ok) {
    throw new Error(read.problem);
  }
  return renderModelFromState(read.state);
}

/** The fixture's signatories as every format must print them, in order, with spaces between. */
function fixtureSignatories(): string {
  return printedSignatories(fixtureModel()).join(' ');
}

/** Asserts an exported file's text holds every body paragraph (read around its note markers). */
function expectEveryParagraph(text: string): void {
  const flat = text.replace(/\s+/gu, ' ');
  for (const paragraph of readCfuLetter().paragraphs) {
    for (const piece of paragraph.split(/\[\d+\]/u)) {
      expect(flat).toContain(piece.replace(/\s+/gu, ' ').trim());
    }
  }
}

/** A bad-input failure: exit 2 and one plain line on stderr, never a stack trace. */
function expectBadInput(result: CliRun, message: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+|Error:/u);
}

describe('cli export', () => {
  const out = tempDir('undersigned-cli-');

  it.each([
    ['html', 'cfu-letter.html'],
    ['md', 'cfu-letter.md'],
    ['txt', 'cfu-letter.txt'],
  ])('writes the fixture letter as %s, identical to the golden file', async (format, golden) => {
    const path = join(out, `letter.${format}`);
    const result = await cli('export', LETTER, '--format', format, '--out', path);
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(join(GOLDEN, golden), 'utf8'));
  });

  it('writes the embeddable HTML fragment to standard output when no --out is given', async () => {
    const result = await cli('export', LETTER, '--format', 'html', '--fragment');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(GOLDEN, 'cfu-letter.fragment.html'), 'utf8'));
  });

  it('runs as the npm script', () => {
    const result = spawnSync('npm', ['run', '--silent', 'cli', '--', 'export', LETTER, '--format', 'txt'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(GOLDEN, 'cfu-letter.txt'), 'utf8'));
  });

  it('writes a Word file with real footnotes, or with the notes as a section at the end', async () => {
    const withFootnotes = join(out, 'letter.docx');
    expect((await cli('export', LETTER, '--format', 'docx', '--out', withFootnotes)).status).toBe(0);
    const footnoted = (await mammoth.convertToHtml({ path: withFootnotes })).value;
    const raw = (await mammoth.extractRawText({ path: withFootnotes })).value;
    expect(sectionText(raw, 'Signed by', 'Editors’ Notes')).toBe(fixtureSignatories());
    expectEveryParagraph(raw);
    for (const url of fixtureModel().notes.flatMap((note) => note.urls)) {
      expect(footnoted).toContain(`<a href="${url.replace(/&/gu, '&amp;')}">`);
    }
    expect(footnoted).toContain('CFU Joins 230 Organizations Demanding UN High Commissioner');
    expect(footnoted).toContain('<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>');
    expect(footnoted).toContain('<a href="https://hkdc.us/political-prisoners-research-report/">');

    const withEndnotes = join(out, 'letter-endnotes.docx');
    expect(
      (await cli('export', LETTER, '--format', 'docx', '--notes', 'endnotes', '--out', withEndnotes)).status,
    ).toBe(0);
    const endnoted = (await mammoth.convertToHtml({ path: withEndnotes })).value;
    expect(endnoted).toContain('<h2>Editors’ Notes</h2>');
    expect(endnoted).not.toContain('footnote-ref-1');
    expectBadInput(
      await cli('export', LETTER, '--format', 'docx', '--notes', 'margin', '--out', withEndnotes),
      /footnotes or endnotes/u,
    );
  });

  it('prints a PDF with the text of the letter, clickable links and the bundled fonts embedded', async () => {
    const pdf = join(out, 'letter.pdf');
    // One column, so that pdftotext reads the names in the order they are printed.
    const result = await cli(
      'export',
      LETTER,
      '--format',
      'pdf',
      '--page-size',
      'Letter',
      '--columns',
      '1',
      '--out',
      pdf,
    );
    expect(result.status).toBe(0);
    const reading = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(sectionText(reading, 'Signed by', 'Editors’ Notes')).toBe(fixtureSignatories());
    expectEveryParagraph(withoutPageNumbers(reading));
    // Every note's address, whole and clickable, however the page wraps it.
    const bytes = readFileSync(pdf).toString('latin1');
    for (const url of fixtureModel().notes.flatMap((note) => note.urls)) {
      expect(bytes).toContain(`/URI (${url})`);
    }
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(
      /\s+/gu,
      ' ',
    );
    expect(text).toContain('CFU Joins 230 Organizations Demanding UN High Commissioner');
    expect(text).toContain('Editors’ Notes');
    expect(text).toMatch(/ 1 ?\/ ?[2-9] /u);
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    expect(fonts).toMatch(/NotoSerif-Regular\s+CID TrueType\s+Identity-H\s+yes/u);
    expect(readFileSync(pdf).toString('latin1')).toContain(
      '/URI (https://hkdc.us/political-prisoners-research-report/)',
    );
  });

  it('lays the signatories out in columns and adds the count sentence when asked', async () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, longLetterState(3));
    const signed = join(out, 'signed.letter.json');
    writeFileSync(
      signed,
      JSON.stringify(writeLetterFile('signedLetter0001', doc, new Date('2026-11-28T00:00:00Z'))),
    );
    const result = await cli('export', signed, '--format', 'html', '--fragment', '--columns', '3', '--count');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('<ul class="letter-signatory-list letter-columns-3">');
    expect(result.stdout).toContain('<p class="letter-count">3 organizations have signed this letter.</p>');
    // The list is alphabetical: its letters head the block only when every heading is asked for.
    expect((await cli('export', signed, '--format', 'md')).stdout).not.toMatch(/^### /mu);
    expect((await cli('export', signed, '--format', 'md', '--headings', 'all')).stdout).toMatch(
      /^### \p{Lu}$/mu,
    );
  });

  it('refuses margins, columns and letterheads it cannot use, with one line each', async () => {
    const pdf = join(out, 'z.pdf');
    expectBadInput(
      await cli('export', LETTER, '--format', 'pdf', '--margins', '2', '--out', pdf),
      /--margins is narrow/u,
    );
    expectBadInput(
      await cli('export', LETTER, '--format', 'html', '--columns', '4'),
      /--columns is 1, 2 or 3/u,
    );
    expectBadInput(
      await cli('export', LETTER, '--format', 'md', '--headings', 'some'),
      /--headings is auto/u,
    );
    const fake = join(out, 'logo.png');
    writeFileSync(fake, 'not a picture');
    expectBadInput(
      await cli('export', LETTER, '--format', 'pdf', '--letterhead', fake, '--out', pdf),
      /PNG or JPEG/u,
    );
    expectBadInput(
      await cli('export', LETTER, '--format', 'pdf', '--letterhead', join(out, 'logo.gif'), '--out', pdf),
      /PNG or JPEG/u,
    );
  });

  it('needs an output file and a known page size for a PDF', async () => {
    expectBadInput(await cli('export', LETTER, '--format', 'pdf'), /needs a file to go to/u);
    expectBadInput(
      await cli('export', LETTER, '--format', 'pdf', '--page-size', 'A3', '--out', join(out, 'y.pdf')),
      /A4 or Letter/u,
    );
  });
});

describe('cli check', () => {
  it('reports the split addresses of notes 2, 3, 9 and 10 and the unchecked "230", and exits 1', async () => {
    const result = await cli('check', LETTER, '--json');
    expect(result.status).toBe(1);
    const { problems } = z.object({ problems: z.array(problemSchema) }).parse(JSON.parse(result.stdout));
    const broken = problems.filter((problem) => problem.kind === 'broken-url');
    expect(broken.map((problem) => problem.location?.noteId)).toEqual([
      'cfu-note-02',
      'cfu-note-03',
      'cfu-note-09',
      'cfu-note-10',
    ]);
    expect(broken[3]?.message).toMatch(/^Note 10: .*postpone-her-visit-to-china\/\?$/u);
    expect(broken.every((problem) => problem.severity === 'error' && problem.suggestion)).toBe(true);
    // The title's "230" and the first sentence's "over 230", against the 221 organizations on the list.
    const claims = problems.filter((problem) => problem.kind === 'count-claim');
    expect(claims).toHaveLength(2);
    expect(claims.every((claim) => /230/u.test(claim.message) && /221/u.test(claim.message))).toBe(true);
    expect(problems).toHaveLength(broken.length + claims.length);
  });

  it('exits 0 with no problems for a letter whose notes are sound', async () => {
    const dir = tempDir('undersigned-cli-');
    const file: Record<string, unknown> = JSON.parse(readFileSync(LETTER, 'utf8'));
    // The body and notes are empty in an empty Yjs state, so nothing can be wrong with them.
    const clean = { ...file, yjsState: Buffer.from(new Uint8Array([0, 0])).toString('base64') };
    const path = join(dir, 'clean.letter.json');
    writeFileSync(path, JSON.stringify(clean));
    expect(await cli('check', path, '--json')).toMatchObject({
      status: 0,
      stdout: '{\n  "problems": []\n}\n',
    });
    expect(await cli('check', path)).toMatchObject({ status: 0, stdout: 'No problems found.\n' });
  });
});

describe('note problems', () => {
  it('finds unused notes and references to notes that do not exist', () => {
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(
      0,
      ['kept-note', 'gone-note'].map((id) => {
        const reference = new Y.XmlElement(NOTE_REFERENCE_NODE);
        reference.setAttribute('noteId', id);
        return reference;
      }),
    );
    doc.getXmlFragment(BODY_FIELD).insert(0, [paragraph]);
    addNote(doc, 'kept-note', { text: 'See www.example.org/report' });
    addNote(doc, 'spare-note', { text: 'Nobody cites this' });
    const problems = findNoteProblems(doc);
    expect(problems.map((problem) => [problem.kind, problem.severity, problem.location?.noteId])).toEqual([
      ['missing-note', 'error', 'gone-note'],
      ['broken-url', 'warning', 'kept-note'],
      ['unused-note', 'warning', 'spare-note'],
    ]);
    expect(problems[1]?.message).toBe('Note 1: This address has no https:// in front.');
    expect(problems[2]?.message).toBe('The note “Nobody cites this” is not referred to in the letter.');
  });
});

describe('cli bad input', () => {
  const dir = tempDir('undersigned-cli-');
  const notJson = join(dir, 'notes.txt');
  writeFileSync(notJson, 'Dear High Commissioner,');
  const otherJson = join(dir, 'other.json');
  writeFileSync(otherJson, '{"format":"something-else"}');
  const folder = join(dir, 'folder');
  mkdirSync(folder);

  it.each([
    [
      'a missing file',
      ['export', join(dir, 'missing.letter.json'), '--format', 'md'],
      /Cannot read .*no such file/u,
    ],
    ['a folder', ['check', folder], /is a folder/u],
    ['text that is not JSON', ['export', notJson, '--format', 'md'], /not JSON/u],
    ['JSON that is not a letter', ['check', otherJson, '--json'], /not an Undersigned letter file/u],
    ['an unknown option', ['export', LETTER, '--format', 'md', '--colour'], /Unknown option '--colour'/u],
    ['an unknown format', ['export', LETTER, '--format', 'rtf'], /Unknown format "rtf"/u],
    ['no format', ['export', LETTER], /--format/u],
    ['no letter file', ['check', '--json'], /name a letter file/u],
    ['an unknown command', ['publish', LETTER], /Unknown command "publish"/u],
    [
      'an output folder that does not exist',
      ['export', LETTER, '--format', 'md', '--out', join(dir, 'no', 'x.md')],
      /Cannot write/u,
    ],
  ])('refuses %s with exit 2 and one line', async (_label, args, message) => {
    expectBadInput(await cli(...args), message);
  });

  it('exits 2 with one line from a process of its own too', () => {
    expectBadInput(cliProcess('publish', LETTER), /Unknown command "publish"/u);
  });
});

describe('cli import', () => {
  const FIXTURE_TEXT = join(ROOT, 'tests', 'fixtures', 'cfu-230-groups-bachelet-letter.txt');
  const reportSchema = z.object({
    title: z.string(),
    paragraphs: z.array(z.string()),
    notes: z.array(z.object({ number: z.number(), text: z.string(), urls: z.array(z.string()) })),
    signatories: z.array(z.object({ name: z.string(), country: z.string().optional() })),
    problems: z.array(problemSchema),
  });

  it('reads the fixture letter as pasted from its web page and reports it as JSON', async () => {
    const result = await cli('import', FIXTURE_TEXT, '--json');
    expect(result.status).toBe(0);
    const report = reportSchema.parse(JSON.parse(result.stdout));
    expect(report.title).toBe(
      'CFU Joins 230 Organizations Demanding UN High Commissioner for Human Rights’ Resignation',
    );
    expect(report.paragraphs).toHaveLength(10);
    expect(report.notes.map((note) => note.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(report.notes.find((note) => note.number === 7)?.urls).toEqual([]);
    expect(report.signatories[0]).toEqual({ name: 'Act with HK' });
    // The clean-up engine split the merged lines and completed the chapters: 222 organizations from 202 lines.
    expect(report.signatories).toHaveLength(222);
    expect(report.signatories).toContainEqual({ name: 'Students for a Free Tibet', country: 'Canada' });
    expect(report.problems.map((problem) => problem.kind)).toEqual(
      expect.arrayContaining(['count-claim', 'merged-line']),
    );
    expect(
      report.problems
        .filter((problem) => problem.kind === 'broken-url')
        .map((problem) => problem.message.split(':')[0]),
    ).toEqual(['Note 2', 'Note 3', 'Note 9', 'Note 10']);
  });

  it('writes a letter file that check can read', async () => {
    const out = join(tempDir('undersigned-cli-import-'), 'imported.letter.json');
    expect((await cli('import', FIXTURE_TEXT, '--out', out)).status).toBe(0);
    const checked = await cli('check', out, '--json');
    expect(checked.status).toBe(1);
    expect(JSON.parse(checked.stdout).problems.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses a binary file, a Word file and a missing file with one line', async () => {
    const dir = tempDir('undersigned-cli-bad-');
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    writeFileSync(join(dir, 'letter.docx'), 'PK');
    expectBadInput(await cli('import', join(dir, 'image.txt')), /is not a text file/u);
    expectBadInput(await cli('import', join(dir, 'letter.docx')), /is not a Word file that can be read/u);
    expectBadInput(await cli('import', join(dir, 'missing.txt')), /no such file or folder/u);
  });

  it('reads a Word file, and refuses a zip bomb named .docx before unpacking it', async () => {
    const dir = tempDir('undersigned-cli-docx-');
    const word = join(dir, 'letter.docx');
    expect((await cli('export', LETTER, '--format', 'docx', '--out', word)).status).toBe(0);
    const imported = await cli('import', word, '--json');
    expect(imported.status).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      title: 'CFU Joins 230 Organizations Demanding UN High Commissioner for Human Rights’ Resignation',
    });

    const bomb = join(dir, 'bomb.docx');
    const entry = Buffer.alloc(46 + 17);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt32LE(4_000_000_000, 24);
    entry.writeUInt16LE(17, 28);
    entry.write('word/document.xml', 46);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(entry.length, 12);
    writeFileSync(bomb, Buffer.concat([entry, end]));
    expectBadInput(await cli('import', bomb), /would unpack to 3815 MB/u);
  });
});
