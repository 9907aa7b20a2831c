import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addReply, commentAuthor, createThread, readThreads } from '../../../src-common/comments/threads-doc';
import { BODY_FIELD, seedLetter } from '../../../src-common/letter/letter-doc';
import { readLetterFile, writeLetterFile } from '../../../src-common/letter-file/letter-file';

const ayshe = commentAuthor('Ayshe', '#2563eb');
const bilal = commentAuthor('Bilal', '#be123c');

function letter(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seedLetter('Letter with comments'));
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  doc.getXmlFragment(BODY_FIELD).insert(0, [paragraph]);
  text.insert(0, 'We call it genocide.');
  text.format(11, 8, { 'comment--AAAAAAAA': { threadId: 'word' } });
  createThread(doc, { id: 'word', commentId: 'c1', quote: 'genocide', text: 'Board?', author: ayshe, at: 1 });
  createThread(doc, { id: 'gone', commentId: 'c2', quote: 'old words', text: 'Gone', author: bilal, at: 2 });
  return doc;
}

function fileOf(doc: Y.Doc): string {
  return JSON.stringify(writeLetterFile('commentsLetter01', doc, new Date('2025-03-01T10:00:00Z')));
}

function stateOf(text: string): Uint8Array {
  const read = readLetterFile(text);
  if (!read.ok) {
    throw new Error(read.problem);
  }
  return read.state;
}

describe('comments in letter files', () => {
  it('carries the threads, listed for readers in the order of their words, detached ones said to be', () => {
    const text = fileOf(letter());
    const read = readLetterFile(text);
    expect(read.ok && read.file.comments).toEqual([
      expect.objectContaining({
        id: 'word',
        detached: false,
        comments: [expect.objectContaining({ text: 'Board?' })],
      }),
      expect.objectContaining({ id: 'gone', detached: true }),
    ]);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, stateOf(text));
    expect(readThreads(copy)).toEqual(readThreads(letter()));
  });

  it('merges threads and replies written in two copies of the letter', () => {
    const laptop = new Y.Doc();
    Y.applyUpdate(laptop, stateOf(fileOf(letter())));
    const office = new Y.Doc();
    Y.applyUpdate(office, Y.encodeStateAsUpdate(laptop));
    addReply(laptop, 'word', { id: 'r1', text: 'Approved.', author: bilal, at: 3 });
    createThread(office, {
      id: 'new',
      commentId: 'c3',
      quote: 'We',
      text: 'Who is we?',
      author: ayshe,
      at: 4,
    });
    Y.applyUpdate(laptop, stateOf(fileOf(office)));
    Y.applyUpdate(office, stateOf(fileOf(laptop)));
    expect(readThreads(laptop)).toEqual(readThreads(office));
    expect(readThreads(laptop).map((thread) => [thread.id, thread.comments.length])).toEqual([
      ['word', 2],
      ['gone', 1],
      ['new', 1],
    ]);
  });

  it('still reads a file written before letters had comments', () => {
    const file: Record<string, unknown> = { ...JSON.parse(fileOf(new Y.Doc())) };
    delete file.comments;
    expect(readLetterFile(JSON.stringify(file)).ok).toBe(true);
  });
});
