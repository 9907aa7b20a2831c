import { join } from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { decodeBinary, encodeBinary } from '../../src-common/letter/encoding';
import { BODY_FIELD, readLetterMeta } from '../../src-common/letter/letter-doc';
import { openDatabase } from '../../src-main/store/database';
import { isLetterLoaded, loadLetterDoc } from '../../src-main/store/letters/doc-cache';
import { encodedState } from '../../src-main/store/letters/encoded-state';
import * as files from '../../src-main/store/letters/letter-file-operations';
import * as letters from '../../src-main/store/letters/letter-operations';
import { tempDir } from '../support/temp';

function freshDb() {
  return openDatabase(join(tempDir(), 'letters.sqlite'));
}

/** Opens the letter as a page does, types one paragraph into it and saves that edit. */
function typeAndSave(db: ReturnType<typeof freshDb>, id: string, text: string): void {
  const doc = opened(db, id);
  const updates: string[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(encodeBinary(update)));
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(BODY_FIELD).push([paragraph]);
  letters.saveLetter(db, { id, updates });
}

function opened(db: ReturnType<typeof freshDb>, id: string): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decodeBinary(letters.openLetter(db, { id }).state));
  return doc;
}

function bodyOf(db: ReturnType<typeof freshDb>, id: string): string {
  return opened(db, id).getXmlFragment(BODY_FIELD).toString();
}

describe('the state an open hands the page', () => {
  it('is the same bytes, encoded once, while the loaded letter does not change', () => {
    const db = freshDb();
    const { id } = letters.createLetter(db, { title: 'Draft' });
    typeAndSave(db, id, 'We, the undersigned,');
    expect(isLetterLoaded(db, id)).toBe(true);
    const first = letters.openLetter(db, { id }).state;
    expect(letters.openLetter(db, { id }).state).toBe(first);
    const doc = loadLetterDoc(db, id);
    expect(encodedState(doc)).toBe(encodedState(doc));
  });

  it('holds every change made since the last open: edits, renames and merged letter files', () => {
    const db = freshDb();
    const { id } = letters.createLetter(db, { title: 'Draft' });
    typeAndSave(db, id, 'First paragraph.');
    const before = letters.openLetter(db, { id }).state;
    typeAndSave(db, id, 'Second paragraph.');
    expect(letters.openLetter(db, { id }).state).not.toBe(before);
    expect(bodyOf(db, id)).toContain('Second paragraph.');

    letters.renameLetter(db, { id, title: 'Renamed' });
    expect(readLetterMeta(opened(db, id)).title).toBe('Renamed');

    const elsewhere = freshDb();
    files.importLetterFile(elsewhere, { content: files.exportLetterFile(db, { id }).content, asCopy: false });
    typeAndSave(elsewhere, id, 'Written on the other computer.');
    letters.openLetter(db, { id });
    const content = files.exportLetterFile(elsewhere, { id }).content;
    expect(files.importLetterFile(db, { content, asCopy: false }).outcome).toBe('merged');
    expect(bodyOf(db, id)).toContain('Written on the other computer.');
  });
});
