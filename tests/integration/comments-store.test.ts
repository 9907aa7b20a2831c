import { join } from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { commentAuthor, createThread, setThreadResolved } from '../../src-common/comments/threads-doc';
import { decodeBinary, encodeBinary } from '../../src-common/letter/encoding';
import { openDatabase } from '../../src-main/store/database';
import * as files from '../../src-main/store/letters/letter-file-operations';
import * as letters from '../../src-main/store/letters/letter-operations';
import { tempDir } from '../support/temp';

const ayshe = commentAuthor('Ayshe', '#2563eb');

/** A page's copy of a stored letter, whose changes are saved as the editor saves them. */
function pageCopy(db: ReturnType<typeof openDatabase>, id: string) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decodeBinary(letters.openLetter(db, { id }).state));
  const save = (change: (letter: Y.Doc) => void) => {
    const updates: string[] = [];
    const collect = (update: Uint8Array) => updates.push(encodeBinary(update));
    doc.on('update', collect);
    change(doc);
    doc.off('update', collect);
    return letters.saveLetter(db, { id, updates }).letter;
  };
  return { doc, save };
}

describe('open comments on the home screen', () => {
  it('counts a letter’s open threads as they are added and resolved, and after a letter file merges', () => {
    const db = openDatabase(join(tempDir(), 'letters.sqlite'));
    const { id } = letters.createLetter(db, { title: 'Letter under discussion' });
    expect(letters.listLetters(db, { trash: false })[0]?.openCommentCount).toBe(0);
    const page = pageCopy(db, id);
    const thread = (threadId: string) => (doc: Y.Doc) =>
      createThread(doc, {
        id: threadId,
        commentId: `${threadId}-c`,
        quote: 'q',
        text: 'Why?',
        author: ayshe,
        at: 1,
      });
    expect(page.save(thread('first-thread')).openCommentCount).toBe(1);
    expect(page.save(thread('second-thread')).openCommentCount).toBe(2);
    expect(page.save((doc) => setThreadResolved(doc, 'first-thread', true, ayshe, 2)).openCommentCount).toBe(
      1,
    );

    // A copy of the letter commented on elsewhere comes back as a file: its thread is counted too.
    const otherDb = openDatabase(join(tempDir(), 'other.sqlite'));
    const added = files.importLetterFile(otherDb, {
      content: files.exportLetterFile(db, { id }).content,
      asCopy: false,
    });
    const other = pageCopy(otherDb, added.letter.id);
    other.save(thread('from-elsewhere'));
    const merged = files.importLetterFile(db, {
      content: files.exportLetterFile(otherDb, { id }).content,
      asCopy: false,
    });
    expect(merged).toMatchObject({ outcome: 'merged', letter: { openCommentCount: 2 } });
  });
});
