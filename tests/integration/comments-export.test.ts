import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportChoicesSchema, type ExportFormat } from '../../src-common/api/export-schemas';
import { addReply, commentAuthor, createThread } from '../../src-common/comments/threads-doc';
import { decodeBinary } from '../../src-common/letter/encoding';
import { BODY_FIELD, seedLetter } from '../../src-common/letter/letter-doc';
import { writeLetterFile } from '../../src-common/letter-file/letter-file';
import { runCheck } from '../../cli/check-command';
import { exportLetter } from '../../src-main/export/export-letter';
import { printPdfWithChromium } from '../../src-main/export/pdf';
import { tempDir } from '../support/temp';

const folder = tempDir('undersigned-comments-export-');
const COMMENT_WORDS = [
  'Xylophone-board-approval',
  'Quokka-reply-text',
  'Zanzibar-Commenter',
  'Vellichor-second',
];

/** A letter whose words carry two overlapping threads, with replies, by named people. */
function commentedLetter(): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seedLetter('Letter under discussion'));
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  doc.getXmlFragment(BODY_FIELD).insert(0, [paragraph]);
  text.insert(0, 'We call it genocide and urge the council to act.');
  // As the editor stores marks that may overlap: the mark's name and a hash of its attributes.
  text.format(11, 8, { 'comment--AAAAAAAA': { threadId: 'word-thread' } });
  text.format(0, 19, { 'comment--BBBBBBBB': { threadId: 'sentence-thread' } });
  const author = commentAuthor('Zanzibar-Commenter', '#2563eb');
  createThread(doc, {
    id: 'word-thread',
    commentId: 'c1',
    quote: 'genocide',
    text: 'Xylophone-board-approval?',
    author,
    at: 1,
  });
  addReply(doc, 'word-thread', {
    id: 'c2',
    text: 'Quokka-reply-text',
    author: commentAuthor('Bilal', '#be123c'),
    at: 2,
  });
  createThread(doc, {
    id: 'sentence-thread',
    commentId: 'c3',
    quote: 'We call it genocide',
    text: 'Vellichor-second',
    author,
    at: 3,
  });
  return Y.encodeStateAsUpdate(doc);
}

async function textOf(format: ExportFormat, bytes: Uint8Array): Promise<string> {
  const file = join(folder, `letter.${format}`);
  writeFileSync(file, bytes);
  if (format === 'pdf') {
    return spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout;
  }
  if (format === 'docx') {
    return (await mammoth.extractRawText({ path: file })).value;
  }
  return Buffer.from(bytes).toString('utf8');
}

describe('comments never appear in an export', () => {
  const state = commentedLetter();

  for (const format of EXPORT_FORMATS) {
    it(`leaves every comment, reply, author and mark out of ${format}`, async () => {
      const file = await exportLetter(state, exportChoicesSchema.parse({ format }), printPdfWithChromium);
      const bytes = decodeBinary(file.base64);
      const text = await textOf(format, bytes);
      // The commented words themselves are the letter's, and are there.
      expect(text.replace(/\s+/gu, ' ')).toContain('We call it genocide and urge the council to act.');
      for (const words of COMMENT_WORDS) {
        expect(text).not.toContain(words);
      }
      // Nor any trace of the marks in the file itself (ids, class names), for the formats that are text.
      if (format !== 'pdf' && format !== 'docx') {
        expect(text).not.toMatch(/comment|word-thread|sentence-thread/iu);
      }
    });
  }

  it('keeps the comments in the letter file, which is the letter itself, not an export', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    expect(JSON.stringify(writeLetterFile('commentsLetter01', doc, new Date()))).toContain(
      'Quokka-reply-text',
    );
  });
});

describe('`cli check` on a letter with open comments', () => {
  it('warns of each open thread as an open-comment problem, and exits 1', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, commentedLetter());
    const path = join(folder, 'commented.letter.json');
    writeFileSync(path, JSON.stringify(writeLetterFile('commentsLetter01', doc, new Date())));
    const out: string[] = [];
    const io = { stdout: (text: string) => out.push(text), stderr: (text: string) => out.push(text) };
    expect(runCheck([path], io)).toBe(1);
    expect(out.join('')).toBe(
      [
        '- Open comment by Zanzibar-Commenter on “We call it genocide”: “Vellichor-second”.',
        '- Open comment by Zanzibar-Commenter on “genocide”: “Xylophone-board-approval?” (1 reply).',
        '2 problems',
        '',
      ].join('\n'),
    );
    out.length = 0;
    expect(runCheck([path, '--json'], io)).toBe(1);
    expect(JSON.parse(out.join('')).problems).toEqual([
      expect.objectContaining({ kind: 'open-comment', severity: 'warning' }),
      expect.objectContaining({ kind: 'open-comment', severity: 'warning' }),
    ]);
  });
});
