import { join } from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../src-common/api/errors';
import { decodeBinary, encodeBinary } from '../../src-common/letter/encoding';
import { BODY_FIELD, readLetterMeta } from '../../src-common/letter/letter-doc';
import { openDatabase } from '../../src-main/store/database';
import { COMPACTION_LIMITS } from '../../src-main/store/letters/doc-cache';
import * as files from '../../src-main/store/letters/letter-file-operations';
import * as letters from '../../src-main/store/letters/letter-operations';
import { runOperation } from '../../src-main/store/operations';
import { loadStoredLetter } from '../../src-node/update-log/replay';
import { tempDir } from '../support/temp';

function freshDb() {
  return openDatabase(join(tempDir(), 'letters.sqlite'));
}

/** A page's copy of a letter: opens the stored state and types into the body. */
function editorCopy(state: string) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decodeBinary(state));
  const updates: string[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(encodeBinary(update)));
  const type = (text: string) => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    doc.getXmlFragment(BODY_FIELD).push([paragraph]);
  };
  return { doc, updates, type };
}

describe('letters in the local store', () => {
  it('creates a letter seeded once with its title, listed first', () => {
    const db = freshDb();
    letters.createLetter(db, { title: 'Older' });
    const created = letters.createLetter(db, { title: 'Joint letter to the High Commissioner' });
    expect(created).toMatchObject({
      title: 'Joint letter to the High Commissioner',
      status: 'draft',
      deletedAt: null,
      signatoryCount: 0,
    });
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(letters.listLetters(db, { trash: false }).map((letter) => letter.title)).toContain('Older');
    const opened = letters.openLetter(db, { id: created.id });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, decodeBinary(opened.state));
    expect(readLetterMeta(doc).title).toBe('Joint letter to the High Commissioner');
  });

  it('stores edits so that reopening gives the same document', () => {
    const db = freshDb();
    const { id } = letters.createLetter(db, { title: 'Draft' });
    const copy = editorCopy(letters.openLetter(db, { id }).state);
    copy.type('We, the undersigned organizations,');
    copy.type('urge you to act.');
    letters.saveLetter(db, { id, updates: copy.updates });
    const reopened = editorCopy(letters.openLetter(db, { id }).state);
    expect(reopened.doc.getXmlFragment(BODY_FIELD).toString()).toBe(
      copy.doc.getXmlFragment(BODY_FIELD).toString(),
    );
    expect(loadStoredLetter(db, id).doc.getXmlFragment(BODY_FIELD).toString()).toContain('urge you to act.');
  });

  it('refuses bytes that are not an update, stores nothing, and keeps working', () => {
    const db = freshDb();
    const { id } = letters.createLetter(db, { title: 'Draft' });
    const before = db.prepare('SELECT count(*) AS n FROM letter_updates').get();
    const save = () =>
      runOperation(db, 'saveLetter', { id, updates: [encodeBinary(new Uint8Array([255, 1, 2, 3, 99]))] });
    expect(save).toThrow(ApiFailure);
    expect(save).toThrow('could not be read');
    expect(db.prepare('SELECT count(*) AS n FROM letter_updates').get()).toEqual(before);
    const copy = editorCopy(letters.openLetter(db, { id }).state);
    copy.type('Still fine.');
    expect(() => letters.saveLetter(db, { id, updates: copy.updates })).not.toThrow();
  });

  it('compacts a long log into a snapshot equal to the uncompacted letter', () => {
    const db = freshDb();
    const { id } = letters.createLetter(db, { title: 'Long' });
    const copy = editorCopy(letters.openLetter(db, { id }).state);
    for (let index = 0; index < COMPACTION_LIMITS.updates + 20; index += 1) {
      copy.type(`Sentence ${index}.`);
      runOperation(db, 'saveLetter', { id, updates: copy.updates.splice(0) });
    }
    const rows = db.prepare('SELECT count(*) AS n FROM letter_updates WHERE letter_id = ?').get(id);
    // The seed plus 500 saves pass the limit and compact; the last 20 saves are in the log after the snapshot.
    expect(rows).toEqual({ n: 20 });
    expect(loadStoredLetter(db, id).doc.getXmlFragment(BODY_FIELD).toString()).toBe(
      copy.doc.getXmlFragment(BODY_FIELD).toString(),
    );
  });

  it('renames, duplicates, trashes and restores', () => {
    const db = freshDb();
    const { id } = letters.createLetter(db, { title: 'First title' });
    expect(letters.renameLetter(db, { id, title: 'Second title' }).title).toBe('Second title');
    const reopened = editorCopy(letters.openLetter(db, { id }).state);
    expect(readLetterMeta(reopened.doc).title).toBe('Second title');
    const copy = letters.duplicateLetter(db, { id });
    expect(copy.title).toBe('Copy of Second title');
    expect(copy.id).not.toBe(id);
    letters.trashLetter(db, { id });
    expect(letters.listLetters(db, { trash: false }).map((letter) => letter.id)).toEqual([copy.id]);
    expect(letters.listLetters(db, { trash: true }).map((letter) => letter.id)).toEqual([id]);
    letters.restoreLetter(db, { id });
    expect(letters.listLetters(db, { trash: true })).toEqual([]);
  });

  it('deletes for good only what has been in the trash for 30 days', () => {
    const db = freshDb();
    const old = letters.createLetter(db, { title: 'Old' });
    const recent = letters.createLetter(db, { title: 'Recent' });
    letters.trashLetter(db, { id: recent.id });
    db.prepare('UPDATE letters SET deleted_at = ? WHERE id = ?').run(
      Date.now() - letters.TRASH_RETENTION_MS - 1000,
      old.id,
    );
    expect(letters.purgeTrash(db)).toBe(1);
    expect(() => letters.openLetter(db, { id: old.id })).toThrow(ApiFailure);
    expect(letters.listLetters(db, { trash: true }).map((letter) => letter.id)).toEqual([recent.id]);
  });
});

describe('letter files between two computers', () => {
  it('adds a letter it does not have under the same id, then merges edits made apart', () => {
    const laptop = freshDb();
    const desktop = freshDb();
    const { id } = letters.createLetter(laptop, { title: 'Shared letter' });
    const first = files.exportLetterFile(laptop, { id });
    expect(files.importLetterFile(desktop, { content: first.content, asCopy: false })).toMatchObject({
      outcome: 'added',
      letter: { id },
    });

    const onLaptop = editorCopy(letters.openLetter(laptop, { id }).state);
    onLaptop.type('Paragraph written on the plane.');
    letters.saveLetter(laptop, { id, updates: onLaptop.updates });
    const onDesktop = editorCopy(letters.openLetter(desktop, { id }).state);
    onDesktop.type('Paragraph written in the office.');
    letters.saveLetter(desktop, { id, updates: onDesktop.updates });

    const fromLaptop = files.exportLetterFile(laptop, { id }).content;
    const fromDesktop = files.exportLetterFile(desktop, { id }).content;
    expect(files.importLetterFile(desktop, { content: fromLaptop, asCopy: false }).outcome).toBe('merged');
    expect(files.importLetterFile(laptop, { content: fromDesktop, asCopy: false }).outcome).toBe('merged');

    const laptopBody = editorCopy(letters.openLetter(laptop, { id }).state)
      .doc.getXmlFragment(BODY_FIELD)
      .toString();
    const desktopBody = editorCopy(letters.openLetter(desktop, { id }).state)
      .doc.getXmlFragment(BODY_FIELD)
      .toString();
    expect(laptopBody).toBe(desktopBody);
    expect(laptopBody).toContain('written on the plane');
    expect(laptopBody).toContain('written in the office');
    expect(letters.listLetters(laptop, { trash: false })).toHaveLength(1);
  });

  it('makes a separate copy when asked, and refuses a damaged file without changing anything', () => {
    const db = freshDb();
    const { id } = letters.createLetter(db, { title: 'Original' });
    const content = files.exportLetterFile(db, { id }).content;
    const copy = files.importLetterFile(db, { content, asCopy: true });
    expect(copy.outcome).toBe('copied');
    expect(copy.letter.id).not.toBe(id);
    const before = letters.listLetters(db, { trash: false });
    expect(() => files.importLetterFile(db, { content: content.slice(0, 200), asCopy: false })).toThrow(
      /not a letter file|damaged/,
    );
    expect(letters.listLetters(db, { trash: false })).toEqual(before);
  });
});
