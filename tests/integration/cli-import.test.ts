import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problemSchema } from '../../src-common/problems';
import { footnotesLetterDocx } from '../fixtures/import/footnotes-docx';
import { cli, type CliRun } from '../support/cli';
import { tempDir } from '../support/temp';
import { mergedListLetter } from '../support/long-lists';
import { letterWithUnlisted } from '../support/unlisted-letter';
import { lyingZipBomb } from '../support/zip-bomb';

const FIXTURES = join(__dirname, '..', 'fixtures', 'import');

const reportSchema = z.object({
  title: z.string(),
  paragraphs: z.array(z.string()),
  notes: z.array(z.object({ number: z.number(), text: z.string(), urls: z.array(z.string()) })),
  signatories: z.array(z.object({ name: z.string(), country: z.string().optional() })),
  problems: z.array(problemSchema),
});

/** Runs `import` with the JSON report, as people run it (in this process: see `cli`). */
function cliImport(path: string): Promise<CliRun> {
  return cli('import', path, '--json');
}

async function imported(path: string) {
  const result = await cliImport(path);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return reportSchema.parse(JSON.parse(result.stdout));
}

/** One plain sentence on stderr and exit 2, never a stack trace. */
async function expectRefused(path: string, message: RegExp): Promise<void> {
  const result = await cliImport(path);
  expect(result.status).toBe(2);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+|Error:/u);
}

describe('cli import of formatted letters', () => {
  it('reads an HTML page: title, notes from superscripts, and the signatory table as names and countries', async () => {
    const report = await imported(join(FIXTURES, 'signatories-table.html'));
    expect(report.title).toBe('Joint Letter Urging Action on Arbitrary Detention in Tibet');
    expect(report.notes.map((note) => note.urls)).toEqual([
      ['https://www.ohchr.org/en/documents/wgad-2023'],
      ['https://www.hrw.org/news/2024/01/tibet-schools'],
    ]);
    expect(report.signatories).toContainEqual({ name: 'Students for a Free Tibet', country: 'Canada' });
    expect(report.problems.filter((problem) => /note/u.test(problem.kind))).toEqual([]);
  });

  it('reads a Markdown file with front matter, joining its wrapped lines', async () => {
    const report = await imported(join(FIXTURES, 'front-matter.md'));
    expect(report.title).toBe('Open Letter: Stop the Transnational Repression of Uyghurs');
    expect(report.paragraphs).toHaveLength(2);
    expect(report.signatories).toHaveLength(4);
  });

  it('reads a Word file’s footnotes as the letter’s notes', async () => {
    const word = join(tempDir('undersigned-import-word-'), 'letter.docx');
    writeFileSync(word, await footnotesLetterDocx());
    const report = await imported(word);
    expect(report.notes.map((note) => note.number)).toEqual([1, 2]);
    expect(report.notes[0]?.urls).toEqual([
      'https://www.ohchr.org/en/statements/2022/05/statement-un-high-commissioner',
    ]);
    expect(report.signatories).toContainEqual({ name: 'Friends of Hong Kong', country: 'United Kingdom' });
    expect(report.problems.map((problem) => problem.kind)).not.toContain('unused-note');
  });
});

describe('cli import of a list that ends “…and 40 more organizations”', () => {
  it('counts them, keeps them in the saved letter, and `check` on it agrees with the import', async () => {
    const dir = tempDir('undersigned-import-unlisted-');
    const text = join(dir, 'letter.txt');
    const saved = join(dir, 'letter.letter.json');
    writeFileSync(text, letterWithUnlisted());
    const result = await cli('import', text, '--out', saved);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      'Protect encryption now: 3 paragraphs, 0 notes, 70 signatories (from 71 lines) and 40 more, not listed.\n',
    );
    expect(await cli('check', saved)).toMatchObject({ status: 0, stdout: 'No problems found.\n' });
    writeFileSync(text, letterWithUnlisted(10));
    const short = await cli('import', text, '--out', saved, '--json');
    const checked = await cli('check', saved, '--json');
    expect(checked.status).toBe(1);
    const messages = (run: CliRun) =>
      z
        .object({ problems: z.array(problemSchema) })
        .parse(JSON.parse(run.stdout))
        .problems.map((problem) => problem.message);
    expect(messages(checked)).toEqual([
      expect.stringContaining('80 signed: 70 confirmed signatories and 10 more not listed by name'),
    ]);
    expect(messages(short)).toEqual(messages(checked));
  });
});

describe('cli import of hostile input', () => {
  const dir = tempDir('undersigned-import-hostile-');

  it('refuses text over 5 MB in one sentence', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(
      path,
      'Signed by the many, and by all the organizations of the coalition.\n'.repeat(90_000),
    );
    await expectRefused(path, /too large to import \(5\.8 MB; the limit is 5 MB\)/u);
  });

  it('refuses more than 100,000 lines in one sentence', async () => {
    const path = join(dir, 'lines.md');
    writeFileSync(path, 'x\n'.repeat(100_001));
    await expectRefused(path, /more than 100,000 lines/u);
  });

  it('refuses more than 100,000 signatories in one sentence, counting each organization of a merged line', async () => {
    const path = join(dir, 'two-columns.txt');
    writeFileSync(path, mergedListLetter(60_000));
    await expectRefused(path, /two-columns\.txt: This text lists more than 100,000 signatories/u);
  });

  it('refuses a file over 80 MB before reading it', async () => {
    const path = join(dir, 'scan.docx');
    // A sparse file: its size is what is checked, so nothing need be written.
    writeFileSync(path, '');
    truncateSync(path, 81 * 1024 * 1024);
    await expectRefused(path, /scan\.docx is larger than 80 MB: too large to be a letter/u);
  });

  it('refuses a binary file, whatever its name says', async () => {
    const path = join(dir, 'photo.html');
    writeFileSync(path, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]));
    await expectRefused(path, /is not a text file/u);
  });

  it('refuses a zip bomb named .docx that hides its size, while unpacking it', async () => {
    const path = join(dir, 'bomb.docx');
    writeFileSync(path, await lyingZipBomb(260));
    // Its one entry is the document's XML, which has the lower limit of the two.
    await expectRefused(
      path,
      /bomb\.docx holds more than 40 MB of text and formatting, more than a letter can be/u,
    );
  });

  it('refuses a page of millions of tags before building it, in one sentence', async () => {
    const path = join(dir, 'tags.html');
    writeFileSync(path, '<b>x</b>'.repeat(400_000));
    await expectRefused(path, /tags\.html: This page holds more than 500,000 pieces of markup/u);
  });

  it('refuses a Word file that honestly declares 190 MB of XML, before the Word reader holds it in memory', async () => {
    const path = join(dir, 'honest.docx');
    writeFileSync(path, await lyingZipBomb(190, 190 * 1024 * 1024));
    await expectRefused(path, /honest\.docx holds more than 40 MB of text and formatting/u);
  });
});
